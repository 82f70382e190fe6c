/**
 * allure-playwright (the conformance run's Allure reporter, playwright.config.ts), writing its results
 * as files without forcing each to disk: allure-playwright's own writer syncs every result and
 * attachment it writes (fsync), which blocked Playwright's main process for most of a second per run
 * on a 2-core machine. The results are read by the report builder as soon as they are written
 * (helpers/report/report-files.ts), and kept on disk by the operating system as any report file is.
 * Each file still appears whole (written aside, then renamed), as allure-playwright writes them.
 *
 * allure-playwright has no option for its writer: this reporter sets it once allure-playwright has made
 * its runtime (`allureRuntime.writer`, not part of its typed API). allure-results-reporter.test.ts
 * fails when an installed allure-playwright no longer has it, rather than this falling back unseen.
 *
 * Once its results are all written (its onEnd), it tells the conformance command so by creating the
 * file GWS_ALLURE_DONE_FILE names: the command then has Allure's report built (report-files.ts) while
 * Playwright's own reports are still being written. Without the variable (npx playwright test), no file.
 */
import { copyFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Suite } from '@playwright/test/reporter';
import type { Globals, TestResult, TestResultContainer } from 'allure-js-commons';
import type { Category, EnvironmentInfo } from 'allure-js-commons/sdk';
import type { Writer } from 'allure-js-commons/sdk/reporter';

// allure-playwright is CommonJS only (its runtime in the workers too): required, as Playwright would.
const require = createRequire(import.meta.url);
const { AllureReporter } = require('allure-playwright') as typeof import('allure-playwright');
const { stringifyEnvInfo } = require('allure-js-commons/sdk/reporter') as typeof import('allure-js-commons/sdk/reporter');
type Config = NonNullable<ConstructorParameters<typeof AllureReporter>[0]>;

/** allure-playwright's result files, written as its FileSystemWriter writes them, without fsync. */
export class ResultsWriter implements Writer {
  private made = false;
  private written = 0;

  constructor(private readonly dir: string) {}

  writeResult(result: TestResult): void {
    this.write(`${result.uuid}-result.json`, JSON.stringify(result));
  }

  writeGroup(result: TestResultContainer): void {
    this.write(`${result.uuid}-container.json`, JSON.stringify(result));
  }

  writeAttachment(distFileName: string, content: Buffer): void {
    this.write(distFileName, content);
  }

  writeAttachmentFromPath(distFileName: string, from: string): void {
    this.publish(distFileName, (aside) => copyFileSync(from, aside));
  }

  writeEnvironmentInfo(info: EnvironmentInfo): void {
    this.write('environment.properties', stringifyEnvInfo(info));
  }

  writeCategoriesDefinitions(categories: Category[]): void {
    this.write('categories.json', JSON.stringify(categories));
  }

  writeGlobals(distFileName: string, info: Globals): void {
    this.write(distFileName, JSON.stringify(info));
  }

  private write(name: string, content: string | Buffer): void {
    this.publish(name, (aside) => writeFileSync(aside, content));
  }

  /** Written aside, then renamed: a reader of the folder never sees a file half written. */
  private publish(name: string, writeAside: (aside: string) => void): void {
    if (!this.made) mkdirSync(this.dir, { recursive: true });
    this.made = true;
    const aside = join(this.dir, `.allure-write-${process.pid}-${++this.written}.tmp`);
    try {
      writeAside(aside);
      renameSync(aside, join(this.dir, name));
    } catch (err) {
      rmSync(aside, { force: true });
      throw err;
    }
  }
}

export default class AllureResultsReporter extends AllureReporter {
  private readonly resultsDir: string;

  constructor(config: Config = {}) {
    super(config);
    this.resultsDir = config.resultsDir ?? 'allure-results';
  }

  override onBegin(suite: Suite): void {
    super.onBegin(suite);
    const runtime = (this as unknown as { allureRuntime?: { writer?: Writer } }).allureRuntime;
    if (!runtime?.writer)
      throw new Error(
        'allure-playwright no longer makes its runtime with a writer in onBegin (allureRuntime.writer): helpers/report/allure-results-reporter.ts must follow it',
      );
    runtime.writer = new ResultsWriter(this.resultsDir);
  }

  override async onEnd(): Promise<void> {
    await super.onEnd();
    const done = process.env.GWS_ALLURE_DONE_FILE;
    if (done) writeFileSync(done, '');
  }
}
