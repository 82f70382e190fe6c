/**
 * The conformance run's Allure reporter: allure-playwright with a writer that does not force each file
 * to disk. It must still be allure-playwright's runtime that writes (the writer set where
 * allure-playwright keeps it), and every file must appear whole, as allure-playwright's own writer
 * leaves it.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Suite } from '@playwright/test/reporter';
import type { TestResult } from 'allure-js-commons';
import AllureResultsReporter, { ResultsWriter } from './allure-results-reporter.ts';

test('the reporter sets its writer on the runtime allure-playwright makes in onBegin', () => {
  const dir = mkdtempSync(join(tmpdir(), 'allure-results-'));
  const reporter = new AllureResultsReporter({ resultsDir: dir });
  reporter.onBegin({ allTests: () => [], suites: [] } as unknown as Suite);
  // Where allure-playwright keeps its runtime: a renamed field makes onBegin throw, and this fails.
  const runtime = (reporter as unknown as { allureRuntime: { writer: unknown } }).allureRuntime;
  expect(runtime.writer).toBeInstanceOf(ResultsWriter);
});

test('once its results are written it creates the file GWS_ALLURE_DONE_FILE names, and none without it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'allure-results-'));
  const done = join(dir, 'allure-done');
  const suite = { allTests: () => [], suites: [] } as unknown as Suite;
  const before = process.env.GWS_ALLURE_DONE_FILE;
  try {
    delete process.env.GWS_ALLURE_DONE_FILE;
    const quiet = new AllureResultsReporter({ resultsDir: join(dir, 'a') });
    quiet.onBegin(suite);
    await quiet.onEnd();
    expect(existsSync(done)).toBe(false);
    process.env.GWS_ALLURE_DONE_FILE = done;
    const reporter = new AllureResultsReporter({ resultsDir: join(dir, 'b') });
    reporter.onBegin(suite);
    await reporter.onEnd();
    expect(existsSync(done)).toBe(true);
  } finally {
    if (before === undefined) delete process.env.GWS_ALLURE_DONE_FILE;
    else process.env.GWS_ALLURE_DONE_FILE = before;
  }
});

test("the writer leaves the files allure-playwright's own writer leaves, each whole, nothing aside", () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'allure-results-')), 'results');
  const writer = new ResultsWriter(dir);
  const result = { uuid: 'u1', name: 'a test', labels: [{ name: 'requirement', value: 'ACCEPT-SEQ-01' }] } as unknown as TestResult;
  writer.writeResult(result);
  writer.writeGroup({ uuid: 'g1', children: ['u1'], befores: [], afters: [] });
  writer.writeAttachment('a-attachment.json', Buffer.from('{"findings":[]}'));
  const source = join(dir, '..', 'transcript.json');
  writeFileSync(source, '{"events":[]}');
  writer.writeAttachmentFromPath('b-attachment.json', source);
  writer.writeEnvironmentInfo({ target: 'embedded simulator', profile: 'default' });
  writer.writeCategoriesDefinitions([{ name: 'broken' }]);
  writer.writeGlobals('x-globals.json', { attachments: [], errors: [] });
  expect(readdirSync(dir).sort()).toEqual([
    'a-attachment.json',
    'b-attachment.json',
    'categories.json',
    'environment.properties',
    'g1-container.json',
    'u1-result.json',
    'x-globals.json',
  ]);
  expect(JSON.parse(readFileSync(join(dir, 'u1-result.json'), 'utf8'))).toEqual(result);
  expect(readFileSync(join(dir, 'b-attachment.json'), 'utf8')).toBe('{"events":[]}');
  expect(readFileSync(join(dir, 'environment.properties'), 'utf8')).toMatch(/^target=embedded simulator\r?\nprofile=default$/);
  // A copy that fails leaves nothing aside.
  expect(() => writer.writeAttachmentFromPath('c-attachment.json', join(dir, 'nowhere.json'))).toThrow(/ENOENT/);
  expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
});
