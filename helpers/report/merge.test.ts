/**
 * Merging shards: each requirement's worst decision over the shards, causes renumbered, and a shard
 * that broke off keeps the whole run from a verdict it did not earn.
 */
import { expect, test } from '@playwright/test';
import type { ConformanceSummary } from '../contract/generated/payloads.ts';
import { mergeVerdict } from './merge.ts';

type Row = ConformanceSummary['requirements'][number];
const row = (id: string, verdict: Row['verdict'], reason = ''): Row =>
  ({ id, level: 'MUST', verdict, tests: verdict === 'NOT RUN' ? [] : [`spec of ${id}`], reason }) as Row;

function shard(rows: Row[], over: Partial<ConformanceSummary> = {}): ConformanceSummary {
  return {
    profile: 'default',
    target: 'embedded simulator',
    outcome: 'partial',
    line: 'PARTIAL (not a certification): ...',
    causes: [],
    requirements: rows,
    ...over,
  } as ConformanceSummary;
}

test('each requirement takes the worst decision of the shards that decided it; not run elsewhere does not count', () => {
  const a = shard([row('R1', 'PASS'), row('R2', 'NOT RUN'), row('R3', 'PASS')]);
  const b = shard([row('R1', 'NOT RUN'), row('R2', 'PASS'), row('R3', 'PASS')]);
  const merged = mergeVerdict([a, b], ['s1', 's2']);
  expect(merged.rows.map((r) => `${r.id}=${r.verdict}`)).toEqual(['R1=PASS', 'R2=PASS', 'R3=PASS']);
  expect(merged.rows.find((r) => r.id === 'R3')!.tests).toHaveLength(2);
  expect(merged).toMatchObject({ outcome: 'conformant', exitCode: 0 });
});

test('a FAIL in one shard is a FAIL of the run; a requirement no shard ran leaves it partial', () => {
  const fail = mergeVerdict([shard([row('R1', 'PASS')]), shard([row('R1', 'FAIL', 'broken')])], ['s1', 's2']);
  expect(fail).toMatchObject({ outcome: 'non-conformant', exitCode: 1 });
  expect(fail.rows[0]).toMatchObject({ verdict: 'FAIL', reason: 'broken' });
  const missing = mergeVerdict([shard([row('R1', 'PASS'), row('R2', 'NOT RUN')])], ['s1']);
  expect(missing).toMatchObject({ outcome: 'partial', exitCode: 3 });
});

test("an INCONCLUSIVE row's cause is renumbered into the merged list of causes", () => {
  const a = shard([row('R1', 'INCONCLUSIVE', 'see cause 1')], { outcome: 'inconclusive', causes: ['the network A'] });
  const b = shard([row('R2', 'INCONCLUSIVE', 'see cause 1')], { outcome: 'inconclusive', causes: ['the network B'] });
  const merged = mergeVerdict([a, b], ['s1', 's2']);
  expect(merged.causes).toEqual(['the network A', 'the network B']);
  expect(merged.rows.map((r) => r.reason)).toEqual(['see cause 1', 'see cause 2']);
  expect(merged).toMatchObject({ outcome: 'inconclusive', exitCode: 2 });
});

test('a shard that broke off (interrupted, crashed) keeps the run from being conformant, though the others decided all', () => {
  const whole = shard([row('R1', 'PASS'), row('R2', 'PASS')]);
  const interrupted = shard([row('R1', 'PASS'), row('R2', 'NOT RUN')], {
    outcome: 'inconclusive',
    line: 'INCONCLUSIVE: the run was interrupted (SIGTERM): 1 passed',
  });
  const merged = mergeVerdict([whole, interrupted], ['shard-1', 'shard-2']);
  expect(merged).toMatchObject({ outcome: 'inconclusive', exitCode: 2 });
  expect(merged.line).toMatch(
    /^INCONCLUSIVE: the run was interrupted \(shard shard-2 ended: INCONCLUSIVE: the run was interrupted \(SIGTERM\)/,
  );
});
