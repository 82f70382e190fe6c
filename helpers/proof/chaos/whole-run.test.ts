/**
 * The chaos of a whole run in npm test: one seeded sample (npm run chaos -- --whole-run runs 50), a
 * part of the suite against the simulator run as a separate server with one GMS service, every
 * connection cut once; the proxy's cut, and the classification, each proven able to tell.
 */
import { createServer, request } from 'node:http';
import { expect, test } from '@playwright/test';
import type { ConformanceSummary } from '../../contract/generated/payloads.ts';
import { startProxy } from './proxy.ts';
import { classifySummary, formatWholeRun, wholeRunChaos, wholeRunPlan } from './whole-run.ts';

const SEED = Number(process.env.CHAOS_SEED ?? 20261130);

test('cut-all: every connection open through the proxy is cut once, counted from the first connection', async () => {
  // An upstream that never answers: the request stays open until the cut.
  const upstream = createServer(() => undefined);
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', () => r()));
  const { port } = upstream.address() as { port: number };
  const proxy = await startProxy(`http://127.0.0.1:${port}`, { kind: 'cut-all', on: 'any', afterMs: 300 });
  try {
    await new Promise((r) => setTimeout(r, 400)); // before any connection: nothing to cut yet
    expect(proxy.fired).toEqual([]);
    const started = Date.now();
    const outcomes = await Promise.all(
      [0, 1].map(
        () =>
          new Promise<string>((resolve) => {
            const req = request(`${proxy.url}/api/v2/me`, (res) => resolve(`answered ${res.statusCode}`));
            req.on('error', (err) => resolve(`cut: ${err.message}`));
            req.end();
          }),
      ),
    );
    expect(outcomes.every((o) => o.startsWith('cut'))).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(proxy.fired).toHaveLength(1);
    expect(proxy.fired[0]).toMatch(/^cut-all: 2 connections at \d+ ms after the first$/);
  } finally {
    await proxy.stop();
    upstream.closeAllConnections();
    await new Promise<void>((r) => upstream.close(() => r()));
  }
});

test('a whole run is classified against the truth; no summary is INCONCLUSIVE', () => {
  const summary = (rows: [string, string][]) =>
    ({ requirements: rows.map(([id, verdict]) => ({ id, verdict })) }) as unknown as ConformanceSummary;
  expect(classifySummary(summary([['ACCEPT-SEQ-01', 'FAIL']]), [])).toEqual({
    falseFail: ['ACCEPT-SEQ-01'],
    falsePass: [],
    inconclusive: false,
  });
  expect(classifySummary(summary([['ACCEPT-QUIET-01', 'NON-STRICT']]), []).falseFail).toEqual(['ACCEPT-QUIET-01']);
  expect(classifySummary(summary([['ACCEPT-SEQ-01', 'FAIL']]), ['ACCEPT-SEQ-01']).falseFail).toEqual([]);
  expect(classifySummary(summary([['ACCEPT-SEQ-01', 'PASS']]), ['ACCEPT-SEQ-01']).falsePass).toEqual(['ACCEPT-SEQ-01']);
  expect(classifySummary(summary([['ACCEPT-SEQ-01', 'INCONCLUSIVE']]), []).inconclusive).toBe(true);
  expect(classifySummary(undefined, []).inconclusive).toBe(true);
});

test('whole-run chaos sample: every connection cut once mid-run, the run recovers to the right verdicts', async () => {
  test.setTimeout(240_000);
  const plan = wholeRunPlan(SEED, 0, 3_000);
  const r = await wholeRunChaos(SEED, 0, {
    agents: 8,
    spanMs: 3_000,
    // A part of the suite that routes chats (Accept, Reject, Complete): cheap, and the gate in play.
    args: ['--grep=@ACCEPT-SEQ-03|@REJECT-SEQ-01|@COMPLETE-SEQ-01'],
    // A run that went wrong leaves its reports with the test's results, to be read.
    keep: test.info().outputPath('kept'),
  });
  console.log(formatWholeRun(r));
  expect(r).toMatchObject({ afterMs: plan.afterMs, targetFault: plan.targetFault, falseFail: [], falsePass: [] });
  expect(r.fired, 'the cut fired while the run had connections open').toHaveLength(1);
  expect(r.fired[0]).not.toMatch(/^cut-all: 0 connections/);
  expect(r.inconclusive, `${formatWholeRun(r)}: replay with npm run chaos -- --whole-run --seed ${SEED} --only 0`).toBe(false);
});
