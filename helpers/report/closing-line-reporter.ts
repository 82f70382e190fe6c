/**
 * Playwright reporter that ends the run with one plain line, `tests: N passed, N failed, N skipped`,
 * which CI systems that do not know Playwright's own summary can read. Flaky tests (passed on a retry)
 * are counted as passed and named in a line of their own, never hidden.
 */
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class ClosingLineReporter implements Reporter {
  private readonly outcomes = new Map<TestCase, ReturnType<TestCase['outcome']>>();
  private readonly interrupted = new Set<TestCase>();

  onTestEnd(test: TestCase, result: TestResult): void {
    this.outcomes.set(test, test.outcome());
    if (result.status === 'interrupted') this.interrupted.add(test);
    else this.interrupted.delete(test);
  }

  onEnd(result: FullResult): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const flaky: string[] = [];
    for (const [test, outcome] of this.outcomes) {
      if (this.interrupted.has(test)) continue;
      if (outcome === 'expected') passed++;
      else if (outcome === 'flaky') {
        passed++;
        flaky.push(test.titlePath().slice(1).join(' › '));
      } else if (outcome === 'skipped') skipped++;
      else failed++;
    }
    const interrupted = this.interrupted.size;
    // The run itself broke (timeout, error outside tests): never a clean line.
    if (result.status !== 'passed' && result.status !== 'interrupted' && failed === 0) failed = 1;
    if (flaky.length > 0) console.log(`flaky (passed on retry): ${flaky.join('; ')}`);
    console.log(
      `tests: ${passed} passed, ${failed} failed, ${skipped} skipped${interrupted || result.status === 'interrupted' ? `, ${interrupted} interrupted (the run was stopped)` : ''}`,
    );
  }

  printsToStdio(): boolean {
    return true;
  }
}
