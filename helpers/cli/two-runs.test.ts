/**
 * Two `npm run conformance` at once from one checkout (staging and pre-production side by side, or a CI
 * runner that reuses one workspace), each with its own reports folder and neither naming an output
 * folder: each gives exactly the verdicts it gives alone, with all its reports, and neither writes into
 * the checkout's test-results/ (which npm test, or the other run, would clear).
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ALL_REPORTS, environment, folder, read, spawnConformance } from '../proof/run-conformance.ts';

test.describe.configure({ timeout: 240_000 });

// A part of the suite, so that four runs stay cheap: Accept (which the fault breaks) and Reject.
const GREP = '--grep=@ACCEPT-SEQ-03|@REJECT-SEQ-01';
const HEALTHY = {};
const FAULTY = { GWS_SIMULATOR_FAULTS: 'messagelog-missing' };

interface Ended {
  status: number | null;
  output: string;
  reports: string;
}

/** `npm run conformance` as a user types it: no --output, reports in a folder of its own. */
async function start(env: Record<string, string>): Promise<Ended> {
  const { reports } = folder();
  const run = await spawnConformance(environment(reports, { ...ALL_REPORTS, ...env }), [GREP]);
  return { status: run.status, output: run.stdout + run.stderr, reports };
}

/** What a run decided: its exit code and each requirement's verdict. */
function decided(run: Ended): { exitCode: number | null; verdicts: Record<string, string> } {
  const summary = read(run.reports);
  return { exitCode: run.status, verdicts: Object.fromEntries((summary?.requirements ?? []).map((r) => [r.id, r.verdict])) };
}

/**
 * A file in the checkout's test-results/: Playwright clears its output folder when a run starts, so a
 * run writing there (the issue this test guards against) removes it.
 */
function sentinel(): { intact: () => boolean; remove: () => void } {
  const dir = join('test-results', `.two-runs-sentinel-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'kept.txt'), 'a run that clears test-results/ removes this');
  return { intact: () => existsSync(join(dir, 'kept.txt')), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

test('two runs at once from one checkout, one against a fault: each gives exactly the verdicts it gives alone', async () => {
  const kept = sentinel();
  const healthyAlone = await start(HEALTHY);
  const faultyAlone = await start(FAULTY);
  const [healthy, faulty] = await Promise.all([start(HEALTHY), start(FAULTY)]);
  const untouched = kept.intact();
  kept.remove();

  for (const run of [healthyAlone, faultyAlone, healthy, faulty]) {
    // Every report of each run, in its own folder; no broken report, no other run's cause.
    for (const f of ['summary.json', 'summary.md', 'junit.xml', 'playwright-html/index.html', 'allure-report/index.html'])
      expect(existsSync(join(run.reports, f)), `${run.reports}/${f}\n${run.output.slice(-1500)}`).toBe(true);
    expect(run.output).not.toMatch(/Failed to write report|ENOENT|could not write the reports/);
  }
  // The grep ran part of the suite: PARTIAL (3) healthy, NON-CONFORMANT (1) with the fault.
  expect(decided(healthyAlone).exitCode, healthyAlone.output.slice(-1500)).toBe(3);
  expect(decided(faultyAlone).exitCode, faultyAlone.output.slice(-1500)).toBe(1);
  expect(decided(faultyAlone).verdicts['ACCEPT-SEQ-03']).toBe('FAIL');
  expect(decided(healthyAlone).verdicts['ACCEPT-SEQ-03']).toBe('PASS');
  expect(decided(healthyAlone).verdicts['REJECT-SEQ-01']).toBe('PASS');
  // At once, exactly as alone.
  expect(decided(healthy)).toEqual(decided(healthyAlone));
  expect(decided(faulty)).toEqual(decided(faultyAlone));
  // None of them cleared (or wrote into) the checkout's test-results/.
  expect(untouched, "a run cleared the checkout's test-results/").toBe(true);
});
