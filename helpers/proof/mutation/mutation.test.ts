/**
 * The mutation engine as part of npm test: the faithful corpus's mutants meet the bar (at least 300, at
 * least 95% killed, every survivor classified, no false alarm, no stale equivalent), and the gate is
 * proven able to fail: a weakened judge leaves survivors, a judge that flags a legal change raises a
 * false alarm, a list entry that matches nothing is named stale.
 */

import { expect, test } from '@playwright/test';
import { SUITE } from '../../../operations/index.ts';
import type { Finding, Transcript } from '../../contract/generated/payloads.ts';
import { shiftTimestamp } from '../../contract/timestamp.ts';
import { matches } from '../../judges/catalogue/equivalent.ts';
import { judgeTranscript } from '../../judges/judge.ts';
import { acceptTranscript } from '../seed-transcript.ts';
import { recordCorpus } from './corpus.ts';
import { runMutants } from './engine.ts';
import { otherDocumentedValue } from './operators-fields.ts';
import { formatMutationReport, MIN_MUTANTS, MIN_SCORE, problems } from './report.ts';
import type { CorpusEntry } from './types.ts';

const seedCorpus = (): CorpusEntry[] => [{ name: 'seed', transcript: acceptTranscript() }];

test('the mutants of every scenario meet the bar: every survivor killed or a documented equivalent', async () => {
  test.setTimeout(120_000);
  const report = runMutants(await recordCorpus());
  console.log(report.line);
  expect(problems(report), formatMutationReport(report)).toEqual([]);
  expect(report.total.generated).toBeGreaterThanOrEqual(MIN_MUTANTS);
  expect(report.score).toBeGreaterThanOrEqual(MIN_SCORE);
  expect(report.line).toMatch(/^mutants: \d+ generated, \d+ killed \([\d.]+%\), \d+ equivalent, 0 unclassified$/);
  const count = (name: string) => report.results.filter((r) => r.id.startsWith(`${name}:`)).length;
  for (const name of report.corpus) expect(count(name), `${name} has mutants`).toBeGreaterThan(0);
  for (const name of ['seed', 'accept', 'concurrency']) expect(count(name), `${name} has mutants`).toBeGreaterThan(100);
});

test('mutant ids are the same on every recording, so the list of equivalents keeps matching', async () => {
  test.setTimeout(60_000);
  const ids = async () =>
    runMutants(await recordCorpus(['accept', 'error-accepted-at-once']), { equivalents: [] })
      .results.map((r) => r.id)
      .sort();
  expect(await ids()).toEqual(await ids());
});

test('a weakened judge leaves unclassified survivors, and the run fails naming them', () => {
  const blind = (t: Transcript): Finding[] => judgeTranscript(SUITE, t).filter((f) => f.requirement !== 'ACCEPT-STATE-01');
  const report = runMutants(seedCorpus(), { judge: blind });
  const survivors = report.results.filter((r) => r.outcome === 'survived').map((r) => r.id);
  expect(survivors).toContain('seed:other-enum:agent1/StatusChange#1:chat.state');
  expect(problems(report).join('\n')).toMatch(/unclassified survivors: add or sharpen a requirement that kills each, or list it/);
  expect(formatMutationReport(report)).toContain(
    'seed:other-enum:agent1/StatusChange#1:chat.state  agent1/StatusChange#1 chat.state: Chatting →',
  );
});

test('a judge that flags a legal change raises a false alarm; an equivalent the judges kill is one too', () => {
  const picky = (t: Transcript): Finding[] => [
    ...judgeTranscript(SUITE, t),
    ...(JSON.stringify(t).includes('vendorExtension')
      ? [{ requirement: 'ACCEPT-SCHEMA-01', verdict: 'FAIL' as const, expected: 'no extra property', observed: 'one' }]
      : []),
  ];
  const report = runMutants(seedCorpus(), { judge: picky });
  expect(report.results.filter((r) => r.outcome === 'false-alarm').map((r) => r.operator)).toContain('extra-property');
  expect(problems(report).join('\n')).toMatch(/false alarms/);
  const wrong = runMutants(seedCorpus(), { equivalents: [...SUITE.equivalents, { pattern: 'seed:drop:*', reason: 'not really' }] });
  expect(wrong.results.filter((r) => r.outcome === 'false-alarm').map((r) => r.id)).toContain('seed:drop:agent1/StatusChange#1');
});

test('an equivalent that matches no mutant is named stale', () => {
  const report = runMutants(seedCorpus(), { equivalents: [{ pattern: 'seed:no-such-operator:*', reason: 'gone' }] });
  expect(report.staleEquivalents).toEqual(['seed:no-such-operator:*']);
  expect(problems(report).join('\n')).toMatch(/1 stale equivalents/);
});

test('a judge that throws on a mutant is reported, not a crash of the run', () => {
  const fragile = (t: Transcript): Finding[] => {
    if (JSON.stringify(t).includes('"state":null')) throw new Error('cannot read state');
    return judgeTranscript(SUITE, t);
  };
  const report = runMutants(seedCorpus(), { judge: fragile });
  const thrown = report.results.filter((r) => r.description.includes('the judges threw: cannot read state'));
  expect(thrown.length).toBeGreaterThan(0);
  expect(thrown.every((r) => r.outcome === 'survived')).toBe(true);
});

test('operators: documented values come from the schemas, timestamps shift in their own form', () => {
  expect(otherDocumentedValue('StatusChange')).not.toBe('StatusChange');
  expect(['ParticipantsUpdated', 'PropertiesUpdated', 'Error', 'NewMessages']).toContain(otherDocumentedValue('StatusChange'));
  expect(['Invited', 'Completed', 'LeftChat', 'Revoked']).toContain(otherDocumentedValue('Chatting'));
  expect(otherDocumentedValue('Marat')).toBeUndefined();
  expect(shiftTimestamp('2014-01-02T14:23:18.000-0800', -3_600_000)).toBe('2014-01-02T13:23:18.000-0800');
  expect(shiftTimestamp('2014-01-09 00:10:00.035+0200', -3_600_000)).toBe('2014-01-08 23:10:00.035+0200');
  expect(shiftTimestamp('2014-01-02T14:23:18.000-08:00', 1000)).toBe('2014-01-02T14:23:19.000-08:00');
  expect(shiftTimestamp('not a time', 1)).toBeUndefined();
  expect(matches('seed:*:agent1/Offer#1', 'seed:drop:agent1/Offer#1')).toBe(true);
  expect(matches('seed:drop:*[1]', 'seed:drop:x[2]')).toBe(false);
});

test('every reviewed equivalent says why it is legal', () => {
  for (const e of SUITE.equivalents) expect(e.reason, e.pattern).toMatch(/^.{30,}$/);
  expect(new Set(SUITE.equivalents.map((e) => e.pattern)).size).toBe(SUITE.equivalents.length);
});
