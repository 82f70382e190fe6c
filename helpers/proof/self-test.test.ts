/**
 * The self-test as part of npm test: every fault detected on exactly its declared requirements,
 * every variant clean, the faithful simulator clean, every MUST covered by a fault. Each deviation of
 * the first operation (the simulator-wide ones among them) is driven against its own operation's
 * scenarios and one scenario of each other operation drawn from the day's seed (SELF_TEST_SEED draws a
 * sample again); `npm run self-test` drives each against every scenario.
 */

import { expect, test } from '@playwright/test';
import { SUITE } from '../../operations/index.ts';
import type { Finding, Transcript } from '../contract/generated/payloads.ts';
import {
  coverage,
  drivenAgainOnce,
  formatReport,
  formatRow,
  moreThanExpected,
  row,
  runSelfTest,
  type SelfTestRow,
  sampleSeed,
} from './self-test.ts';

/** A row that is not ok, in one line: what it expected, what it observed, and what the run could not decide. */
const problem = (r: SelfTestRow) =>
  `${r.name}: expected ${r.expected.join(', ') || '(none)'}, observed ${r.observed.join(', ') || '(none)'}${r.inconclusive.length ? `, inconclusive ${r.inconclusive.join(', ')}` : ''}${r.worse && r.kind !== 'variant' ? `, worse than faithful ${r.worse.join(', ') || '(none)'}` : ''}`;

// The tests of this file side by side: the sample is the longest work of npm test, cut into parts that
// npm test's workers share.
test.describe.configure({ mode: 'parallel' });

/** The sample's parts: each every PARTS-th deviation, as drawn for the whole. */
const PARTS = 4;
for (let index = 0; index < PARTS; index++) {
  test(`self-test, part ${index + 1} of ${PARTS}: every fault detected on its requirements, every variant clean`, async () => {
    test.setTimeout(240_000);
    const seed = sampleSeed();
    const report = await runSelfTest({ sample: seed, part: { index, of: PARTS } });
    console.log(formatReport(report));
    console.log(
      `(part ${index + 1} of ${PARTS}, sampled with SELF_TEST_SEED=${seed}: npm run self-test drives every deviation against every scenario)`,
    );
    expect(report.rows.filter((r) => !r.ok).map(problem)).toEqual([]);
    expect(report.line).toMatch(/^faults detected (\d+)\/\1, variants clean (\d+)\/\2(, undeclared profiles caught (\d+)\/\4)?$/);
    expect(report.ok).toBe(true);
  });
}

/**
 * The same on the second Bayeux server, over both transports: a sample of faults and variants, those
 * whose manifestation a Bayeux server shapes (channels, delivery to agents, handshake, publish) first.
 * Whatever the suite assumes about one Bayeux server and not the other shows up here.
 */
const BACKEND_SAMPLE = [
  'wrong-channel',
  'leak-to-other-agents',
  'offer-leak-to-observers',
  'extra-notification-after',
  'statuschange-missing',
  'handshake-anonymous',
  'handshake-password-unchecked',
  'client-publish-broadcast',
  'csrf-token-not-compared',
  'property-order',
  'notifications-before-response',
  'websocket-refused',
  'other-open-choices',
];
for (const transport of ['long-polling', 'websocket'] as const) {
  test(`self-test on the faye backend over ${transport}: a sample of faults and variants`, async () => {
    test.setTimeout(120_000);
    const env = { GWS_BASE_URL: 'simulator', GWS_SIMULATOR_BAYEUX: 'faye', GWS_COMETD_TRANSPORT: transport };
    const report = await runSelfTest({ only: BACKEND_SAMPLE, env });
    console.log(`faye over ${transport}: ${report.line}`);
    expect(report.rows.filter((r) => !r.ok).map(problem)).toEqual([]);
    expect(report.rows).toHaveLength(BACKEND_SAMPLE.length + 1);
  });
}

test('a scenario whose drive failed (INCONCLUSIVE) is driven again once, the others not; failing again, it stays INCONCLUSIVE', async () => {
  const transcript = (kind: string, failed: boolean) =>
    ({ scenario: { kind }, events: failed ? [{ kind: 'failure' }] : [] }) as unknown as Transcript;
  const judge = (t: Transcript): Finding[] => [
    { requirement: 'X-01', verdict: t.events.length > 0 ? 'INCONCLUSIVE' : 'PASS', expected: '', observed: '' },
  ];
  const asked: string[][] = [];
  const once = await drivenAgainOnce([transcript('a', true), transcript('b', false)], judge, async (names) => {
    asked.push([...names]);
    return [transcript('a', false)];
  });
  expect(asked).toEqual([['a']]);
  expect(once.map((j) => `${j.t.scenario.kind} ${j.findings[0]!.verdict}`)).toEqual(['a PASS', 'b PASS']);
  const twice = await drivenAgainOnce([transcript('a', true)], judge, async () => [transcript('a', true)]);
  expect(twice.map((j) => j.findings[0]!.verdict)).toEqual(['INCONCLUSIVE']);
  // Nothing failed: nothing is driven again.
  const none = await drivenAgainOnce([transcript('b', false)], judge, async (names) => {
    asked.push([...names]);
    return [];
  });
  expect(none).toHaveLength(1);
  expect(asked).toHaveLength(1);
});

test('a row that broke its requirements and more is driven again once, and says so; a missed requirement or an undecided one is not', () => {
  const r = (observed: string[], inconclusive: string[] = []): SelfTestRow => ({
    kind: 'fault',
    name: 'f',
    expected: ['A-01'],
    observed,
    inconclusive,
    ok: false,
    ms: 1000,
  });
  expect(moreThanExpected(r(['A-01', 'B-01']))).toBe(true);
  expect(moreThanExpected(r(['A-01']))).toBe(false);
  expect(moreThanExpected(r(['B-01', 'C-01']))).toBe(false);
  expect(moreThanExpected(r(['A-01', 'B-01'], ['C-01']))).toBe(false);
  expect(formatRow({ ...r(['A-01']), ok: true, again: ['A-01', 'B-01'] })).toContain('driven again, the first drive broke A-01, B-01');
});

test("every requirement a fault or a declared variant names is one of the catalogue's", () => {
  const ids = new Set(SUITE.requirements.map((r) => r.id));
  const unknown = [...SUITE.faults, ...SUITE.variants].flatMap((d) =>
    [...d.breaks, ...(d.declaration?.breaks ?? [])].filter((id) => !ids.has(id)).map((id) => `${d.name}: ${id}`),
  );
  expect(unknown).toEqual([]);
});

test('a MUST requirement that no fault breaks is named', () => {
  const extra = { ...SUITE.requirements[0], id: 'ACCEPT-NEW-01', level: 'MUST' as const };
  expect(coverage([...SUITE.requirements, extra]).uncoveredMust).toEqual(['ACCEPT-NEW-01']);
  expect(coverage().uncoveredMust).toEqual([]);
});

test('a fault declared on the wrong requirement counts as missed', async () => {
  const r = await row('fault', 'wrong-channel', ['ACCEPT-SEQ-01'], { GWS_SIMULATOR_FAULTS: 'wrong-channel' });
  expect(r).toMatchObject({ ok: false, expected: ['ACCEPT-SEQ-01'], observed: ['ACCEPT-CHANNEL-01'] });
});

test('the sample seed is the day unless SELF_TEST_SEED gives one; a seed that is not a number is refused by name', () => {
  expect(sampleSeed({}, new Date('2026-11-30T23:59:00Z'))).toBe(20261130);
  expect(sampleSeed({ SELF_TEST_SEED: '7' })).toBe(7);
  expect(() => sampleSeed({ SELF_TEST_SEED: 'seven' })).toThrow(/SELF_TEST_SEED/);
});
