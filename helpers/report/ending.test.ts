/**
 * How a run ends when Playwright ended it early: at its global timeout (--global-timeout), what was
 * decided stands and the rest is named as not run, never CONFORMANT; with no test ended at all, the
 * outcome says so rather than guessing at a replaced reporter.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { SUITE } from '../../operations/index.ts';
import { conclude, type Ending } from './ending.ts';
import type { RequirementRow, VerdictsFile } from './outcome.ts';
import { completeRows } from './summary.ts';

const requirements = SUITE.requirements.slice(0, 3).map(({ id, level, text, source, url }) => ({ id, level, text, source, url }));
const [first, second] = requirements;

function ending(verdicts: VerdictsFile | null, playwrightExit: number): Ending {
  return {
    reportsDir: mkdtempSync(join(tmpdir(), 'gws-ending-')),
    requirements,
    startedAt: new Date(),
    profile: 'default',
    target: 'embedded simulator',
    settings: {},
    verdicts,
    playwrightExit,
  };
}

function file(status: VerdictsFile['status'], rows: RequirementRow[]): VerdictsFile {
  return { rows: completeRows(requirements, rows), status, causes: [], information: [], profile: 'default', requirements };
}

const row = (id: string, verdict: RequirementRow['verdict']): RequirementRow => ({
  id,
  level: 'MUST',
  verdict,
  tests: ['a test'],
  reason: verdict === 'PASS' ? '' : 'observed otherwise',
});

test('at the global timeout: INCONCLUSIVE naming it, the rest not run; a failure decided before it stands', () => {
  const timedOut = conclude(ending(file('timedout', [row(first.id, 'PASS')]), 1));
  expect(timedOut.exitCode).toBe(2);
  expect(timedOut.line).toMatch(
    /^INCONCLUSIVE: the run was interrupted \(Playwright's global timeout, --global-timeout\): 1 passed, 2 not run/,
  );
  expect(timedOut.summary.outcome).toBe('inconclusive');
  const failed = conclude(ending(file('timedout', [row(first.id, 'PASS'), row(second.id, 'FAIL')]), 1));
  expect(failed.exitCode).toBe(1);
  expect(failed.line).toMatch(new RegExp(`^NON-CONFORMANT: 1 failed \\(${second.id}\\)`));
});

test('no test ended: at the global timeout INCONCLUSIVE, with no test found NOTHING RUN; only a run without verdicts says it produced none', () => {
  const early = conclude(ending(file('timedout', []), 1));
  expect(early.exitCode).toBe(2);
  expect(early.line).toMatch(
    /^INCONCLUSIVE: the run was interrupted \(Playwright's global timeout, --global-timeout\): 0 passed, 3 not run/,
  );
  const none = conclude(ending(file('failed', []), 1));
  expect(none.exitCode).toBe(2);
  expect(none.line).toMatch(/^NOTHING RUN: /);
  const without = conclude(ending(null, 0));
  expect(without.exitCode).toBe(2);
  expect(without.line).toMatch(/^INCONCLUSIVE: the run produced no verdicts \(Playwright exited 0\); see the output above/);
});

test('the count of undecided requirements is said in the singular for one', () => {
  const one = conclude(ending(file('passed', [row(first.id, 'PASS'), row(second.id, 'INCONCLUSIVE')]), 0));
  expect(one.line).toContain('1 requirement could not be decided, 1 passed');
});
