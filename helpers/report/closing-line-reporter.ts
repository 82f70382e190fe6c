/**
 * Playwright reporter that ends the run with one plain line, `tests: N passed, N failed, N skipped`,
 * which CI systems that do not know Playwright's own summary can read. Flaky tests (passed on a retry)
 * are counted as passed and named in a line of their own, never hidden.
 */
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class ClosingLineReporter implements Reporter {
  private readonly outcomes = new Map<TestCase, ReturnType<TestCase['outcome']>>();

  onTestEnd(test: TestCase, _result: TestResult): void {
    this.outcomes.set(test, test.outcome());
  }

  onEnd(result: FullResult): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const flaky: string[] = [];
    for (const [test, outcome] of this.outcomes) {
      if (outcome === 'expected') passed++;
      else if (outcome === 'flaky') {
        passed++;
        flaky.push(test.titlePath().slice(1).join(' › '));
      } else if (outcome === 'skipped') skipped++;
      else failed++;
    }
    if (result.status !== 'passed' && failed === 0) failed = 1; // the run itself broke (timeout, error outside tests)
    if (flaky.length > 0) console.log(`flaky (passed on retry): ${flaky.join('; ')}`);
    console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
