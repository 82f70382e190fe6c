/**
 * A run driven again after a gap in its evidence is named in the Information: RECOVERED when the re-run
 * decided, TRIED AGAIN when it had a gap too (nothing was recovered; its requirements stay INCONCLUSIVE).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { TestCase, TestResult } from '@playwright/test/reporter';
import type { Finding } from '../helpers/contract/generated/payloads.ts';
import type { VerdictsFile } from '../helpers/report/outcome.ts';
import VerdictsReporter from '../helpers/report/verdicts-reporter.ts';
import { ALLURE_RUNTIME_MESSAGE_CONTENT_TYPE, attemptAnnotations } from './verdicts.ts';

const setAside = [{ file: 'reports/set-aside/accept.attempt-1.json', cause: 'the CometD session of agent1 was cut' }];
const decided: Finding[] = [{ requirement: 'ACCEPT-SEQ-01', verdict: 'PASS', expected: 'as documented', observed: 'as documented' }];
const cutAgain: Finding[] = [
  {
    requirement: 'ACCEPT-SEQ-01',
    verdict: 'INCONCLUSIVE',
    expected: 'as documented',
    observed: 'the run could not decide: a request got no answer',
  },
];
const file = 'reports/transcripts/accept.json';

test('a re-run that decided: RECOVERED; one cut again: TRIED AGAIN, with both causes; none driven again: nothing', () => {
  expect(attemptAnnotations({ file, findings: decided, setAside })).toEqual([
    {
      type: 'recovered',
      description: `accept: an attempt set aside (the CometD session of agent1 was cut); the re-run was judged (${file}); the attempt is kept in reports/set-aside/accept.attempt-1.json`,
    },
  ]);
  const [again] = attemptAnnotations({ file, findings: cutAgain, setAside });
  expect(again.type).toBe('tried-again');
  expect(again.description).toContain('the CometD session of agent1 was cut');
  expect(again.description).toContain('the re-run had a gap too (a request got no answer)');
  expect(attemptAnnotations({ file, findings: decided })).toEqual([]);
});

test('the verdicts reporter lists each under its name in the Information, once per run', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'gws-verdicts-')), 'verdicts.json');
  const before = process.env.GWS_VERDICTS_FILE;
  process.env.GWS_VERDICTS_FILE = out;
  try {
    const reporter = new VerdictsReporter({ requirements: [], openChoices: [] });
    const testCase = { titlePath: () => ['', 'conformance', 'file', 'a test'], outcome: () => 'expected' } as unknown as TestCase;
    const annotations = [
      ...attemptAnnotations({ file, findings: decided, setAside }),
      ...attemptAnnotations({ file: 'reports/transcripts/reject.json', findings: cutAgain, setAside }),
      { type: 'requirement', description: 'ACCEPT-SEQ-01 PASS' },
    ];
    for (let i = 0; i < 2; i++) reporter.onTestEnd(testCase, { annotations } as unknown as TestResult);
    const log = console.log;
    console.log = () => {};
    try {
      reporter.onEnd({ status: 'passed' } as Parameters<VerdictsReporter['onEnd']>[0]);
    } finally {
      console.log = log;
    }
    const written = JSON.parse(readFileSync(out, 'utf8')) as VerdictsFile;
    expect(written.information.map((i) => i.requirement)).toEqual(['RECOVERED', 'TRIED AGAIN']);
    expect(written.information.map((i) => i.count ?? 1)).toEqual([1, 1]);
  } finally {
    if (before === undefined) delete process.env.GWS_VERDICTS_FILE;
    else process.env.GWS_VERDICTS_FILE = before;
  }
});

test("the content type verdicts.ts attaches Allure's metadata with is allure-playwright's", async () => {
  const { ALLURE_RUNTIME_MESSAGE_CONTENT_TYPE: allures } = await import('allure-js-commons/sdk/reporter');
  expect(ALLURE_RUNTIME_MESSAGE_CONTENT_TYPE).toBe(allures);
});
