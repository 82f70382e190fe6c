/**
 * Transport events decide whether a transcript's evidence can be trusted: a CometD session cut inside
 * the scenario's window makes every requirement INCONCLUSIVE (never a FAIL for a notification the
 * network lost, never a PASS on missing evidence); a cut outside it, or healed before it, costs nothing.
 */

import { expect, test } from '@playwright/test';
import { SUITE } from '../../operations/index.ts';
import type { NoteEvent, Transcript } from '../contract/generated/payloads.ts';
import { acceptTranscript } from '../proof/seed-transcript.ts';
import { judgeTranscript } from './judge.ts';
import { evidenceGaps, lostEvidence } from './transport.ts';

const note = (at: number, transportEvent: string, text = transportEvent): NoteEvent => ({
  kind: 'note',
  at,
  actor: 'agent1',
  text,
  data: { transportEvent },
});

/** The seed's transcript with transport events inserted at times (the seed's events are at 1, 2, 3, ...). */
function withEvents(events: NoteEvent[]): Transcript {
  const t = acceptTranscript();
  const all = [...t.events, ...events].sort((a, b) => a.at - b.at);
  return { ...t, events: all };
}

const verdicts = (t: Transcript) => new Set(judgeTranscript(SUITE, t).map((f) => f.verdict));

test('a connection lost and restored before the chat started costs nothing', () => {
  const t = withEvents([note(-5, 'lost', 'CometD connection lost: HTTP 502'), note(-2, 'restored')]);
  expect(lostEvidence(t)).toBeUndefined();
  expect(verdicts(t).has('INCONCLUSIVE')).toBe(false);
  expect(verdicts(t).has('PASS')).toBe(true);
});

test('a connection lost inside the window: every requirement INCONCLUSIVE, with the cut named', () => {
  const t = withEvents([note(4.5, 'lost', 'CometD connection lost: connection reset'), note(5.5, 'restored')]);
  expect(lostEvidence(t)).toMatch(/agent1's CometD session was cut from \d+ ms to \d+ ms \(CometD connection lost: connection reset\)/);
  expect(verdicts(t)).toEqual(new Set(['INCONCLUSIVE']));
});

test('a connection never restored is a gap to the end', () => {
  const t = withEvents([note(-1, 'lost')]);
  expect(evidenceGaps(t)).toEqual([{ actor: 'agent1', from: -1, why: 'lost' }]);
  expect(verdicts(t)).toEqual(new Set(['INCONCLUSIVE']));
});

test('after a re-handshake the gap lasts until the channels are subscribed again, not until the next connect', () => {
  const early = withEvents([note(-9, 'rehandshake'), note(-8, 'restored'), note(-7, 'resubscribed')]);
  expect(evidenceGaps(early)).toEqual([{ actor: 'agent1', from: -9, to: -7, why: 'rehandshake' }]);
  expect(lostEvidence(early)).toBeUndefined();
  const unfinished = withEvents([note(-9, 'rehandshake'), note(-8, 'restored')]);
  expect(lostEvidence(unfinished)).toMatch(/to the end/);
});
