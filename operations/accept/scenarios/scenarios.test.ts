/**
 * The drivers against the embedded simulator: a faithful run judges PASS, a dead target is
 * INCONCLUSIVE with its cause (never PASS, never a contract FAIL), and a saved transcript judged again
 * offline gives the same verdicts.
 */

import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { validate } from '../../../helpers/contract/validator.ts';
import { judgeTranscript, requirementsFor } from '../../../helpers/judges/judge.ts';
import { type Decision, decisionFor } from '../../../helpers/judges/verdicts.ts';
import { judgeFiles } from '../../../helpers/report/rejudge.ts';
import { GmsClient } from '../../../helpers/target/gms-client.ts';
import { resolveTarget } from '../../../helpers/target/resolve.ts';
import { SUITE } from '../../index.ts';
import { driveAccept } from './accept.ts';
import { driveError } from './errors.ts';

const FAST = {
  GWS_QUIET_WINDOW_MS: '500',
  GWS_NOTIFICATION_TIMEOUT_MS: '2000',
  GWS_OFFER_TIMEOUT_MS: '3000',
  GWS_REQUEST_TIMEOUT_MS: '3000',
};

/** The faithful simulator's history carries no timestampSeconds (an optional field), so its unit cannot be checked. */
const UNDECIDABLE: Record<string, Decision> = { 'ACCEPT-LOG-06': 'NOT APPLICABLE' };

test('a faithful Accept run is a valid transcript that passes every requirement', async () => {
  const { target, stop } = await resolveTarget(FAST, SUITE.simulated);
  try {
    const transcript = await driveAccept(target);
    expect(validate('Transcript', transcript).errors).toEqual([]);
    const findings = judgeTranscript(SUITE, transcript);
    for (const id of requirementsFor(SUITE, transcript.scenario)) expect(decisionFor(findings, id), id).toBe(UNDECIDABLE[id] ?? 'PASS');
  } finally {
    await stop();
  }
});

for (const when of ['afterOffer', 'afterOperation'] as const) {
  test(`killing the target ${when === 'afterOffer' ? 'before Accept' : 'after Accept'} is INCONCLUSIVE with the cause`, async () => {
    const { target, stop } = await resolveTarget(FAST, SUITE.simulated);
    const transcript = await driveAccept(target, { [when]: () => stop() });
    const findings = judgeTranscript(SUITE, transcript);
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((f) => f.verdict))).toEqual(new Set(['INCONCLUSIVE']));
    expect(findings[0].observed).toMatch(
      /could not decide: .*(fetch failed|ECONNREFUSED|unreachable|connection lost|closed the connection|reset the connection|cut from|no response)/i,
    );
  });
}

test('chat source external: the suite waits for a chat someone else starts, and judges it the same way', async () => {
  const { target, stop } = await resolveTarget({ ...FAST, GWS_BASE_URL: 'simulator', GWS_CHAT_SOURCE: 'external' }, SUITE.simulated);
  try {
    // "Someone else": a customer outside the suite, a moment after the agents are online.
    const outside = new GmsClient(target.config.gmsBaseUrl!, target.config.gmsService);
    const timer = setTimeout(() => void outside.startChat({ nickname: 'Walk-in' }), 500);
    const transcript = await driveAccept(target);
    clearTimeout(timer);
    expect(transcript.scenario).toMatchObject({ chatSource: 'external', customerMessages: [] });
    expect(transcript.events.some((e) => e.kind === 'http' && e.actor === 'customer')).toBe(false);
    const findings = judgeTranscript(SUITE, transcript);
    // The suite did not start the chat, so it cannot know the nickname the customer gave (ACCEPT-ID-03).
    const external: Record<string, Decision> = { ...UNDECIDABLE, 'ACCEPT-ID-03': 'NOT DECIDED' };
    for (const id of requirementsFor(SUITE, transcript.scenario)) expect(decisionFor(findings, id), id).toBe(external[id] ?? 'PASS');
  } finally {
    await stop();
  }
});

test('chat source external with nobody starting a chat: INCONCLUSIVE, naming the missing offer; the wait is announced', async () => {
  const { target, stop } = await resolveTarget(
    {
      ...FAST,
      GWS_BASE_URL: 'simulator',
      GWS_CHAT_SOURCE: 'external',
      GWS_OFFER_TIMEOUT_MS: '500',
    },
    SUITE.simulated,
  );
  const said: string[] = [];
  const log = console.log;
  console.log = (...args: unknown[]) => said.push(args.join(' '));
  try {
    const findings = judgeTranscript(SUITE, await driveAccept(target));
    console.log = log;
    expect(said[0]).toBe('waiting up to 0.5 s for a chat offered to agent agent1: start a chat routed to it (GWS_CHAT_SOURCE=external)');
    expect(said.slice(1).some((l) => /still waiting for a chat offered to agent agent1: [\d.]+ s of 0.5 s/.test(l))).toBe(true);
    expect(new Set(findings.map((f) => f.verdict))).toEqual(new Set(['INCONCLUSIVE']));
    expect(findings[0].observed).toMatch(
      /nobody started a chat that was offered to agent agent1 within 500 ms \(GWS_CHAT_SOURCE=external\): start one routed to it, or raise GWS_OFFER_TIMEOUT_MS/,
    );
  } finally {
    console.log = log;
    await stop();
  }
});

test('an unreachable target is INCONCLUSIVE, not a failure', async () => {
  const { target } = await resolveTarget(FAST, SUITE.simulated);
  const dead = { ...target, config: { ...target.config, baseUrl: 'http://127.0.0.1:9' } };
  const transcript = await driveError(dead, 'unknown-id');
  expect(new Set(judgeTranscript(SUITE, transcript).map((f) => f.verdict))).toEqual(new Set(['INCONCLUSIVE']));
});

test('a saved transcript judged again offline gives the verdicts of the live run', async ({}, testInfo) => {
  const { target, stop } = await resolveTarget({ ...FAST, GWS_SIMULATOR_FAULTS: 'referenceid-inconsistent' }, SUITE.simulated);
  try {
    const transcript = await driveAccept(target);
    const live = judgeTranscript(SUITE, transcript);
    const file = testInfo.outputPath('transcript.json');
    writeFileSync(file, JSON.stringify(transcript));
    const { text, code } = judgeFiles(SUITE, [file], 'default');
    expect(code).toBe(1);
    for (const id of requirementsFor(SUITE, transcript.scenario))
      expect(text).toMatch(new RegExp(`${id}\\s+\\w+\\s+${decisionFor(live, id)}`));
    expect(text).toContain('NON-CONFORMANT: 1 failed (ACCEPT-REFID-02)');
  } finally {
    await stop();
  }
});

test('the offline judge refuses what is not a transcript, naming the problem', ({}, testInfo) => {
  const file = testInfo.outputPath('not-a-transcript.json');
  writeFileSync(file, JSON.stringify({ hello: 'world' }));
  const { text, code } = judgeFiles(SUITE, [file], 'default');
  expect(code).toBe(2);
  expect(text).toMatch(/not a transcript of this suite/);
  writeFileSync(file, '{ broken');
  expect(judgeFiles(SUITE, [file], 'default')).toMatchObject({ code: 2, text: expect.stringMatching(/cannot read it as JSON/) });
});
