/**
 * The faye backend over WebSocket, driven as a client: each agent's upgrade carries its own cookie and
 * credentials (two agents in one process never mix), a wrong password is refused at the upgrade, a
 * handshake without a session is refused, and a server that refuses upgrades gets long-polling.
 */
import { expect, test } from '@playwright/test';
import type { NoteEvent } from '../../helpers/contract/generated/payloads.ts';
import { TranscriptRecorder, TransportError } from '../../helpers/evidence/transcript.ts';
import { awaitOffer, bringOnline } from '../../helpers/target/agent.ts';
import { CometdSession } from '../../helpers/target/cometd-session.ts';
import { GmsClient } from '../../helpers/target/gms-client.ts';
import { websocketPreflight } from '../../helpers/target/websocket-preflight.ts';
import type { RunningSimulator } from '../index.ts';
import { startSim } from './fixtures.ts';

const online = (sim: RunningSimulator, recorder: TranscriptRecorder, i: number) =>
  bringOnline({ baseUrl: sim.baseUrl, credentials: sim.agents[i], recorder, actor: `agent${i}`, transport: 'websocket', timeoutMs: 5000 });

test('two agents over WebSocket in one process: each upgrade carries its own session, each agent gets only its own chat', async () => {
  const sim = await startSim({ bayeux: 'faye', logLevel: 'silent' });
  const recorder = new TranscriptRecorder({ baseUrl: sim.baseUrl });
  try {
    const agents = await Promise.all([online(sim, recorder, 0), online(sim, recorder, 1)]);
    const transports = recorder.events
      .filter((e): e is NoteEvent => e.kind === 'note')
      .map((e) => (e.data as { transport?: unknown } | undefined)?.transport)
      .filter(Boolean);
    expect(transports).toEqual(['websocket', 'websocket']);
    const customer = new GmsClient(sim.gmsBase, sim.services[0], recorder);
    await Promise.all([customer.startChat({ nickname: 'A' }), customer.startChat({ nickname: 'B' })]);
    const ids = await Promise.all(agents.map((a) => awaitOffer(recorder, a.actor, 5000)));
    expect(new Set(ids).size).toBe(2);
    for (const [i, a] of agents.entries()) {
      const seen = JSON.stringify(recorder.events.filter((e) => e.kind === 'bayeux' && e.actor === a.actor));
      expect(seen).toContain(ids[i]);
      expect(seen).not.toContain(ids[1 - i]);
    }
    await Promise.all(agents.map((a) => a.close()));
  } finally {
    await sim.stop();
  }
});

test('the upgrade is refused with HTTP 401 for a wrong password, and a handshake without a session is refused', async () => {
  const sim = await startSim({ bayeux: 'faye', logLevel: 'silent' });
  try {
    const url = sim.notificationsUrl;
    const wrong = `Basic ${Buffer.from(`${sim.agents[0].username}:wrong-password`).toString('base64')}`;
    expect(await websocketPreflight(url, { Authorization: wrong }, 3000)).toMatchObject({
      ok: false,
      fallBack: false,
      why: expect.stringMatching(/refused with HTTP 401: the server refused the agent's credentials/),
    });
    await expect(
      CometdSession.open({ url, transport: 'websocket', headers: { Authorization: wrong }, actor: 'wrong', timeoutMs: 3000 }),
    ).rejects.toThrow(TransportError);
    expect(await CometdSession.probeHandshake({ url, transport: 'websocket', actor: 'anonymous', timeoutMs: 3000 })).toMatchObject({
      successful: false,
      why: expect.stringMatching(/403::handshake_denied/),
    });
  } finally {
    await sim.stop();
  }
});

test('a server that refuses WebSocket upgrades: the agent falls back to long-polling, recorded and said once', async () => {
  for (const options of [{ bayeux: 'faye' as const, variants: ['websocket-refused'] }, { bayeux: 'cometd' as const }]) {
    const sim = await startSim({ ...options, logLevel: 'silent' });
    const recorder = new TranscriptRecorder({ baseUrl: sim.baseUrl });
    const said: string[] = [];
    const log = console.log;
    console.log = (...args: unknown[]) => said.push(args.join(' '));
    try {
      const agents = [await online(sim, recorder, 0), await online(sim, recorder, 1)];
      console.log = log;
      const fallbacks = recorder.events.filter(
        (e) => e.kind === 'note' && (e.data as { transportEvent?: unknown } | undefined)?.transportEvent === 'fallback',
      );
      expect(fallbacks).toHaveLength(2);
      expect((fallbacks[0] as { text: string }).text).toMatch(/upgrade at ws:\/\/.* was refused with HTTP 400; fell back to long-polling/);
      expect(said.filter((l) => l.includes('using long-polling'))).toHaveLength(1);
      await new GmsClient(sim.gmsBase, sim.services[0], recorder).startChat({ nickname: 'A' });
      expect(await awaitOffer(recorder, agents[0].actor, 5000)).toBeTruthy();
      await Promise.all(agents.map((a) => a.close()));
    } finally {
      console.log = log;
      await sim.stop();
    }
  }
});
