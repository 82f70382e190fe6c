/**
 * One test per classification rule: two runs that differ in exactly that way, and the drift the
 * comparison reports for it, with the rule's class.
 */

import { expect, test } from '@playwright/test';
import { SUITE } from '../../operations/index.ts';
import type { ConformanceSummary } from '../contract/generated/payloads.ts';
import { compareSides } from './compare.ts';
import type { Run, Side } from './load.ts';
import { type Fact, factKey, type RunObservation } from './observe.ts';
import { RULES } from './rules.ts';

const summary = (): ConformanceSummary => ({
  format: 'gws-chat-conformance/summary@2',
  suite: { name: 'gws-chat-conformance', version: 't', commit: 't' },
  schemasFingerprint: 'sha256:t',
  target: 't',
  profile: 'default',
  settings: {},
  startedAt: new Date(0).toISOString(),
  endedAt: new Date(0).toISOString(),
  outcome: 'conformant',
  exitCode: 0,
  line: '',
  causes: [],
  information: [],
  requirements: [],
});

/** A run of the accept scenario whose observation holds exactly these facts and latencies. */
function run(facts: Omit<Fact, 'kind'>[], latencies: number[] = [], kind = 'notification StatusChange'): Run {
  const observation: RunObservation = {
    facts: new Map(facts.map((f) => [factKey({ kind, ...f }), { kind, ...f }])),
    kinds: new Map(facts.length > 0 ? [[kind, 1]] : []),
    latencies: new Map(latencies.length > 0 ? [[kind, latencies]] : []),
  };
  const transcript = { scenario: { kind: 'accept' }, events: [] } as unknown as Run['transcripts'][number];
  return { folder: 'x', summary: summary(), transcripts: [transcript], observation };
}

const side = (...runs: Run[]): Side => ({ folders: runs.map((r) => r.folder), runs, plan: SUITE });

const field = (pointer: string, type = 'string'): Omit<Fact, 'kind'>[] => [
  { aspect: 'field', pointer, value: '' },
  { aspect: 'type', pointer, value: type },
];

/** Per rule: a baseline and a current that differ in that way only. */
const CASES: Record<string, { before: Run; after: Run; documented?: boolean }> = {
  'field-removed': { before: run([...field('/chat/id'), ...field('/chat/uri')]), after: run(field('/chat/id')), documented: true },
  'field-added': { before: run(field('/chat/id')), after: run([...field('/chat/id'), ...field('/chat/uri')]) },
  'type-changed': { before: run(field('/referenceId', 'integer')), after: run(field('/referenceId', 'string')) },
  'value-removed': {
    before: run([{ aspect: 'value', pointer: '/chat/state', value: 'Chatting' }, ...field('/chat/state')]),
    after: run(field('/chat/state')),
    documented: true,
  },
  'value-added': {
    before: run(field('/chat/state')),
    after: run([{ aspect: 'value', pointer: '/chat/state', value: 'Chatting' }, ...field('/chat/state')]),
  },
  'http-status-changed': {
    before: run([{ aspect: 'http-status', pointer: '', value: '200' }]),
    after: run([{ aspect: 'http-status', pointer: '', value: '202' }]),
  },
  'content-type-changed': {
    before: run([{ aspect: 'content-type', pointer: '', value: 'application/json' }]),
    after: run([{ aspect: 'content-type', pointer: '', value: 'text/plain' }]),
  },
  'status-code-changed': {
    before: run([{ aspect: 'status-code', pointer: '', value: '6' }]),
    after: run([{ aspect: 'status-code', pointer: '', value: '4' }]),
  },
  'timestamp-form-changed': {
    before: run([{ aspect: 'timestamp-form', pointer: '/messages/*/timestamp', value: 'yyyy-MM-ddTHH:mm:ss.SSSZ' }]),
    after: run([{ aspect: 'timestamp-form', pointer: '/messages/*/timestamp', value: 'yyyy-MM-dd HH:mm:ss.SSSZ' }]),
  },
  'undocumented-added': {
    before: run(field('/chat/id')),
    after: run([...field('/chat/id'), ...field('/vendor'), { aspect: 'undocumented', pointer: '/vendor', value: '' }]),
  },
  'undocumented-removed': {
    before: run([...field('/chat/id'), { aspect: 'undocumented', pointer: '/vendor', value: '' }]),
    after: run(field('/chat/id')),
  },
  'order-changed': {
    before: run([{ aspect: 'order', pointer: '', value: 'StatusChange > ParticipantsUpdated' }]),
    after: run([{ aspect: 'order', pointer: '', value: 'ParticipantsUpdated > StatusChange' }]),
  },
  'presence-changed': {
    before: run([{ aspect: 'presence', pointer: 'StatusChange', value: '1' }]),
    after: run([{ aspect: 'presence', pointer: 'StatusChange', value: '2' }]),
  },
  'kind-gone': { before: run(field('/chat/id')), after: run([]) },
  'kind-new': { before: run([]), after: run(field('/chat/id')) },
  slower: { before: run(field('/chat/id'), [10, 10, 10]), after: run(field('/chat/id'), [400, 400, 400]) },
  faster: { before: run(field('/chat/id'), [400, 400, 400]), after: run(field('/chat/id'), [10, 10, 10]) },
};

test.describe('each classification rule', () => {
  test('has a case below, and every case a rule', () => {
    expect(Object.keys(CASES).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  for (const rule of RULES) {
    test(`${rule.id}: ${rule.class}`, () => {
      const c = CASES[rule.id];
      const comparison = compareSides(side(c.before), side(c.after));
      if (rule.aspect === 'timing') {
        const t = comparison.timing.find((x) => x.metric === 'p50')!;
        expect(t.class).toBe(rule.class);
        expect(t.flagged).toBe(rule.change === 'slower');
        expect(comparison.drift).toEqual([]);
        return;
      }
      expect(comparison.drift.map((d) => d.rule)).toEqual([rule.id]);
      expect(comparison.drift[0].class).toBe(rule.class);
      if (c.documented !== undefined) expect(comparison.drift[0].documented).toBe(c.documented);
    });
  }
});

test('only what a client reads, documented, regresses; the flag makes breaking drift regress too', () => {
  const vanished = compareSides(side(CASES['field-removed'].before), side(CASES['field-removed'].after));
  expect(vanished).toMatchObject({ outcome: 'regressed', exitCode: 1 });
  const undocumented = compareSides(side(CASES['undocumented-removed'].before), side(CASES['undocumented-removed'].after));
  expect(undocumented).toMatchObject({ outcome: 'drift', exitCode: 0 });
  expect(
    compareSides(side(CASES['undocumented-removed'].before), side(CASES['undocumented-removed'].after), { failOnDrift: true }),
  ).toMatchObject({ outcome: 'regressed', exitCode: 1 });
  expect(compareSides(side(CASES.slower.before), side(CASES.slower.after))).toMatchObject({ outcome: 'drift', exitCode: 0 });
  expect(compareSides(side(CASES.slower.before), side(CASES.slower.after), { failOnDrift: true }).regressions).toEqual([
    'slower: notification StatusChange p50 10 → 400 ms',
    'slower: notification StatusChange p95 10 → 400 ms',
  ]);
});

test('timing noise under either threshold is not flagged', () => {
  const ratioOnly = compareSides(side(run(field('/a'), [2, 2])), side(run(field('/a'), [20, 20])));
  expect(ratioOnly.timing.some((t) => t.flagged)).toBe(false); // 10x, but only 18 ms
  const floorOnly = compareSides(side(run(field('/a'), [1000, 1000])), side(run(field('/a'), [1100, 1100])));
  expect(floorOnly.timing.some((t) => t.flagged)).toBe(false); // +100 ms, but 1.1x
  const custom = compareSides(side(run(field('/a'), [2, 2])), side(run(field('/a'), [20, 20])), { timingRatio: 2, timingFloorMs: 10 });
  expect(custom.timing.some((t) => t.flagged)).toBe(true);
});

test('what differs between the runs of one side is flaky, never a regression', () => {
  const steady = run([...field('/chat/id'), ...field('/chat/uri')]);
  const without = run(field('/chat/id'));
  const c = compareSides(side(steady, steady), side(steady, without));
  expect(c.drift).toMatchObject([{ rule: 'field-removed', flaky: true }]);
  expect(c).toMatchObject({ outcome: 'drift', exitCode: 0 });
  expect(compareSides(side(steady, without), side(steady, without))).toMatchObject({ outcome: 'unchanged', drift: [] });
});
