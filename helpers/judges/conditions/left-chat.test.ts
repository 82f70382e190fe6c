/**
 * A chat the agent left outside a conference (CONV-LEFT-01), judged on a faithful transcript of the
 * left-leave scenario bent offline: as recorded every operation that writes to the customer was refused;
 * one carried out is NON-STRICT; a user data operation carried out is the open choice (INFO, the
 * requirement still PASS); a transcript without probes decides nothing.
 */
import { expect, test } from '@playwright/test';
import { SUITE } from '../../../operations/index.ts';
import type { HttpEvent, NoteEvent, Transcript } from '../../contract/generated/payloads.ts';
import { driveOnSimulator } from '../../scenarios/on-simulator.ts';
import { judgeTranscript } from '../judge.ts';
import { decisionFor } from '../verdicts.ts';
import { LEFT_PROBE_STEP } from './left-chat.ts';

let faithful: Transcript;
test.beforeAll(async () => {
  faithful = await driveOnSimulator(SUITE, 'left-leave');
});

const probeOf = (e: Transcript['events'][number]) =>
  e.kind === 'note' && ((e as NoteEvent).data as { step?: unknown })?.step === LEFT_PROBE_STEP
    ? String(((e as NoteEvent).data as { probe?: unknown }).probe)
    : undefined;

/** The transcript with the answer to the probe of `operation` turned into a success. */
function carriedOut(operation: string): Transcript {
  const t = structuredClone(faithful);
  const step = t.events.findIndex((e) => probeOf(e) === operation);
  expect(step, `${operation} was tried on the left chat`).toBeGreaterThan(-1);
  const answer = t.events.slice(step).find((e): e is HttpEvent => e.kind === 'http' && e.request.method === 'POST')!;
  answer.response = { ...answer.response!, status: 200, body: { statusCode: 0 } };
  return t;
}

test('as recorded: every operation that writes to the customer was tried and refused; the user data operations were tried too', () => {
  const tried = faithful.events.map(probeOf).filter((p) => p !== undefined);
  expect(tried).toEqual(expect.arrayContaining(['SendMessage', 'SendStartTypingNotification', 'SendUrl', 'AttachUserData']));
  expect(tried).not.toContain('Complete');
  expect(decisionFor(judgeTranscript(SUITE, faithful), 'CONV-LEFT-01')).toBe('PASS');
});

test('a SendMessage carried out on the left chat is NON-STRICT', () => {
  expect(decisionFor(judgeTranscript(SUITE, carriedOut('SendMessage')), 'CONV-LEFT-01')).toBe('NON-STRICT');
});

test('a user data operation carried out on the left chat is the open choice: information, the requirement still PASS', () => {
  const findings = judgeTranscript(SUITE, carriedOut('AttachUserData'));
  expect(decisionFor(findings, 'CONV-LEFT-01')).toBe('PASS');
  expect(findings.filter((f) => f.open === 'left-chat-operations').map((f) => f.verdict)).toEqual(['INFO']);
});

test('without an operation tried on the left chat, nothing is decided', () => {
  const t = structuredClone(faithful);
  t.events = t.events.filter((e) => probeOf(e) === undefined);
  expect(decisionFor(judgeTranscript(SUITE, t), 'CONV-LEFT-01')).toBe('NOT DECIDED');
});
