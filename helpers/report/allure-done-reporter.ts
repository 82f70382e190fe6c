/**
 * Playwright reporter placed right after allure-playwright (allure-results-reporter.ts in
 * playwright.config.ts): once Allure's
 * results are all written (its onEnd ran), it tells the conformance command so, by creating the file
 * GWS_ALLURE_DONE_FILE names. The command then has Allure's report built (helpers/report/report-files.ts)
 * while Playwright's own reports are still being written, instead of after Playwright ended. Without
 * the variable (npx playwright test), it does nothing.
 */
import { writeFileSync } from 'node:fs';
import type { Reporter } from '@playwright/test/reporter';

export default class AllureDoneReporter implements Reporter {
  onEnd(): void {
    const file = process.env.GWS_ALLURE_DONE_FILE;
    if (file) writeFileSync(file, '');
  }

  printsToStdio(): boolean {
    return false;
  }
}
