/**
 * The transport a run used, from its transcripts: the Accept scenario driven against the simulator's
 * faye backend, once refusing WebSocket upgrades (the sessions fall back to long-polling) and once
 * serving them; what was asked (websocket) is the same both times.
 */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { driveAccept } from '../../operations/accept/scenarios/accept.ts';
import { SUITE } from '../../operations/index.ts';
import type { Transcript } from '../contract/generated/payloads.ts';
import { SELF_TEST_ENV } from '../proof/self-test.ts';
import { resolveTarget } from '../target/resolve.ts';
import { saveTranscript } from './transcript-file.ts';
import { transportUsed, transportUsedIn } from './transport-used.ts';

async function accept(env: Record<string, string>): Promise<Transcript> {
  const { target, stop } = await resolveTarget(
    { ...SELF_TEST_ENV, GWS_BASE_URL: 'simulator', GWS_COMETD_TRANSPORT: 'websocket', ...env },
    SUITE.simulated,
  );
  try {
    return await driveAccept(target);
  } finally {
    await stop();
  }
}

test.describe.configure({ timeout: 60_000 });

test('a WebSocket upgrade that fell back is long-polling used; one that held is websocket; agents that differ are mixed', async ({}, testInfo) => {
  const [fellBack, held] = await Promise.all([accept({ GWS_SIMULATOR_VARIANTS: 'websocket-refused' }), accept({})]);
  expect(fellBack.events.some((e) => e.kind === 'note' && (e.data as { transportEvent?: unknown })?.transportEvent === 'fallback')).toBe(
    true,
  );
  expect(transportUsed([fellBack])).toBe('long-polling');
  expect(transportUsed([held])).toBe('websocket');
  expect(transportUsed([fellBack, held])).toBe('mixed (long-polling, websocket)');
  expect(transportUsed([])).toBeUndefined();
  // From the files of a reports folder, a file that cannot be read left out.
  const dir = testInfo.outputPath('transcripts');
  saveTranscript(dir, 'accept', fellBack);
  writeFileSync(join(dir, 'broken.json'), '{"format": ');
  writeFileSync(join(dir, 'no-events.json'), '{"events": {"kind": "note"}}');
  writeFileSync(join(dir, 'null.json'), 'null');
  writeFileSync(
    join(dir, 'odd-events.json'),
    '{"events": [null, 3, {"kind": "note", "text": 5}, {"kind": "note", "text": "CometD handshake successful"}]}',
  );
  expect(transportUsedIn(dir, testInfo.outputPath('nowhere'))).toBe('long-polling');
  saveTranscript(dir, 'accept', held);
  expect(transportUsedIn(dir)).toBe('mixed (long-polling, websocket)');
});
