import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { defineConfig, type ReporterDescription } from '@playwright/test';
import { suiteBundle } from './helpers/build/bundle.mjs';
import type { VerdictsReporterOptions } from './helpers/report/verdicts-reporter.ts';
import { readReportFormats } from './helpers/target/report-formats.ts';
import type { SUITE as Suite } from './operations/index.ts';

/**
 * The suite as Playwright runs it: the spec, the suite's catalogue and the reporters, bundled into a
 * few JavaScript modules under .build/ (helpers/build/bundle.mjs), built again whenever a source changed.
 * Playwright compiles none of it (`build.external`): its TypeScript loader would see each of ~490 modules
 * in the main process and again in the worker. `npm run conformance` runs this file from the bundle too
 * (playwright.config.mjs there), with Playwright's TypeScript loader off (PW_DISABLE_TS_ESM): no module
 * hooks in its processes at all.
 */
const bundle = await suiteBundle();
const built = (name: string) => join(bundle, `${name}.mjs`);
const { SUITE } = (await import(built('suite'))) as { SUITE: typeof Suite };

/**
 * `npm run conformance` (helpers/cli/conformance.ts) sets GWS_CONFORMANCE_REPORTS to its reports folder
 * (GWS_REPORTS_DIR, default reports/) and GWS_RUN_TARGET to the target's name: the conformance run then
 * also writes the Playwright HTML report, JUnit XML (each test's annotations, the target and the
 * decision on each requirement among them, as properties) and Allure results there. The summary comes
 * from the command. Unit runs (npm test) write no report, whatever GWS_REPORTS_DIR says.
 */
// Resolved here, from the working folder: the command runs this file from its bundle (see below), and
// Playwright would resolve a reporter's relative path from the configuration's folder.
const reportsDir = process.env.GWS_CONFORMANCE_REPORTS && resolve(process.env.GWS_CONFORMANCE_REPORTS);
/** GWS_REPORT_FORMATS: the reports asked for (the command checked the setting before it started Playwright). */
const formats = reportsDir ? readReportFormats() : new Set<string>();
// Allure's first: once its results are written (allure-results-reporter says so), the command builds
// Allure's report while Playwright writes its own.
const reportReporters: ReporterDescription[] = reportsDir
  ? ([
      formats.has('allure') && [
        built('allure-results-reporter'),
        {
          resultsDir: `${reportsDir}/allure-results`,
          detail: true,
          suiteTitle: true,
          environmentInfo: {
            target: process.env.GWS_RUN_TARGET || 'unknown',
            profile: process.env.GWS_PROFILE || 'default',
            node: process.version,
          },
        },
      ],
      formats.has('html') && ['html', { outputFolder: `${reportsDir}/playwright-html`, open: 'never' }],
      formats.has('junit') && [
        'junit',
        { outputFile: `${reportsDir}/junit.xml`, includeProjectInTestName: false, embedAnnotationsAsProperties: true },
      ],
      // What npm run merge merges when a run is sharded (--shard=i/n): Playwright's blob report. A
      // whole run has no use for it.
      ...(process.env.GWS_RUN_SHARD ? [['blob', { outputDir: `${reportsDir}/blob` }] as ReporterDescription] : []),
    ].filter(Boolean) as ReporterDescription[])
  : [];

/** The verdicts reporter lists every requirement and open choice of the suite (operations/index.ts). */
const verdictsReporter: VerdictsReporterOptions = {
  requirements: SUITE.requirements.map(({ id, level, text, source, url }) => ({ id, level, text, source, url })),
  openChoices: SUITE.openChoices,
};

/**
 * Two projects:
 *  - unit:        the project's own tests (*.test.ts beside the code they test): `npm test`
 *  - conformance: the conformance spec (specs/conformance.spec.ts, bundled), run against a GWS target: `npm run conformance`
 * No browser is used anywhere: every test talks HTTP and Bayeux.
 */
export default defineConfig({
  build: { external: [join(bundle, '**')] },
  forbidOnly: !!process.env.CI,
  // GWS_RETRIES: retries of the conformance tests; a test passed on a retry is shown as flaky, never hidden.
  retries: Number(process.env.GWS_RETRIES ?? 0),
  // npm test in CI: one worker more than the cores. Many of its tests wait (the self-test's quiet windows,
  // a run of the command in a child process): on 2 cores, 3 workers took 386 s and 690 CPU-s where 2 took
  // 434 s (a fifth of the cores idle). The conformance command passes its own --workers.
  workers: process.env.CI ? availableParallelism() + 1 : undefined,
  reporter: [['list'], [built('verdicts-reporter'), verdictsReporter], ...reportReporters, [built('closing-line-reporter')]],
  projects: [
    {
      name: 'unit',
      testDir: import.meta.dirname,
      testMatch: [
        'helpers/**/*.test.ts',
        'operations/**/*.test.ts',
        'simulator/**/*.test.ts',
        'specs/**/*.test.ts',
        'tooling/**/*.test.ts',
      ],
      // tooling/fixtures: trees the tooling tests run their checks on, not tests.
      testIgnore: ['**/node_modules/**', 'tooling/fixtures/**'],
    },
    {
      name: 'conformance',
      // specs/conformance.spec.ts, bundled.
      testDir: bundle,
      testMatch: 'conformance.spec.mjs',
      // Scenarios wait for notifications and quiet windows; a slow staging target needs time.
      timeout: 180_000,
    },
  ],
});
