/**
 * A test that ended before its run was judged (timed out, or the suite threw) decided nothing: its
 * requirements are INCONCLUSIVE with the cause, never a contract failure and never left as "not run".
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { FullResult, TestCase, TestResult } from '@playwright/test/reporter';
import type { VerdictsFile } from './outcome.ts';
import VerdictsReporter from './verdicts-reporter.ts';

const requirement = (id: string) => ({ id, level: 'MUST' as const, text: id, source: 'a page', url: 'https://docs.example/page' });

function run(ends: { tags: string[]; result: Partial<TestResult> }[]): VerdictsFile {
  const out = join(mkdtempSync(join(tmpdir(), 'gws-verdicts-')), 'verdicts.json');
  const before = process.env.GWS_VERDICTS_FILE;
  process.env.GWS_VERDICTS_FILE = out;
  const log = console.log;
  console.log = () => {};
  try {
    const reporter = new VerdictsReporter({ requirements: ['A-01', 'B-01', 'C-01', 'D-01'].map(requirement), openChoices: [] });
    ends.forEach((e, i) => {
      const testCase = { titlePath: () => ['', 'conformance', 'file', `test ${i}`], outcome: () => 'unexpected', tags: e.tags };
      reporter.onTestEnd(testCase as unknown as TestCase, { annotations: [], duration: 500, ...e.result } as TestResult);
    });
    reporter.onEnd({ status: 'failed' } as FullResult);
    return JSON.parse(readFileSync(out, 'utf8')) as VerdictsFile;
  } finally {
    console.log = log;
    if (before === undefined) delete process.env.GWS_VERDICTS_FILE;
    else process.env.GWS_VERDICTS_FILE = before;
  }
}

test('a test that timed out or threw before its run was judged leaves its requirements INCONCLUSIVE, with the cause; a decided FAIL stays', () => {
  const written = run([
    { tags: ['@A-01', '@B-01'], result: { status: 'timedOut' } },
    { tags: ['@C-01'], result: { status: 'passed', annotations: [{ type: 'requirement', description: 'C-01 PASS' }] } },
    {
      tags: ['@C-01', '@not-a-requirement'],
      result: { status: 'failed', error: { message: 'TypeError: x is undefined\n    at drive (drive.ts:1)' } },
    },
    {
      tags: ['@D-01'],
      result: { status: 'failed', annotations: [{ type: 'requirement', description: 'D-01 FAIL expected one, observed two' }] },
    },
  ]);
  const verdict = Object.fromEntries(written.rows.map((r) => [r.id, `${r.verdict} ${r.reason}`.trim()]));
  expect(verdict).toEqual({
    'A-01': 'INCONCLUSIVE see cause 1',
    'B-01': 'INCONCLUSIVE see cause 1',
    'C-01': 'INCONCLUSIVE see cause 2',
    'D-01': 'FAIL expected one, observed two',
  });
  expect(written.causes[0]).toMatch(/^a test timed out after 0\.5 s, before its run was judged: Playwright's test timeout \(--timeout/);
  expect(written.causes[1]).toBe(
    'a test failed before its run was judged, a fault of the suite or of the machine it ran on, not of the target: TypeError: x is undefined',
  );
});

test('a test that ended as its run decided, or was skipped or interrupted, adds no cause', () => {
  const written = run([
    { tags: ['@A-01'], result: { status: 'skipped', annotations: [{ type: 'requirement', description: 'A-01 NOT-DECIDED why' }] } },
    { tags: ['@B-01'], result: { status: 'interrupted' } },
  ]);
  expect(written.causes).toEqual([]);
  expect(written.rows.find((r) => r.id === 'B-01')?.verdict).toBe('NOT RUN');
});
