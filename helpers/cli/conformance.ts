/**
 * `npm run conformance [-- playwright args]`:
 *  1. checks the configuration (a bad setting stops here: one message naming the variable and the fix);
 *  2. clears the previous reports and runs the conformance specs with Playwright;
 *  3. builds the Allure HTML report offline (Allure 3, no Java);
 *  4. ends with the one-line verdict and exits 0 conformant, 1 non-conformant, 2 inconclusive.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { exitCodeOf, readVerdictsFile } from '../report/outcome.ts';
import { buildAllureReport, clearReports } from '../report/report-files.ts';
import { ConfigError, readConfig, type SuiteConfig } from '../target/config.ts';

let config: SuiteConfig;
try {
  config = readConfig();
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(`gws-chat-conformance: configuration error: ${err.message}`);
    process.exit(2);
  }
  throw err;
}
const reportsDir = resolve(process.env.GWS_REPORTS_DIR || 'reports');
console.log(
  `gws-chat-conformance: target ${config.baseUrl ?? 'embedded simulator'}${config.simulatorFaults.length ? ` with faults ${config.simulatorFaults.join(', ')}` : ''}${config.simulatorVariants.length ? ` with variants ${config.simulatorVariants.join(', ')}` : ''}, profile ${config.profile}; reports in ${reportsDir}`,
);
clearReports(reportsDir);

// The reporter writes the verdicts to a private file, so parallel runs do not read each other's.
const verdictsFile = join(mkdtempSync(join(tmpdir(), 'gws-conformance-')), 'verdicts.json');
// A real target's agents are shared by all tests: one worker. Each worker gets its own embedded simulator.
const workers = config.baseUrl ? ['--workers=1'] : [];
const run = spawnSync('npx', ['playwright', 'test', '--project=conformance', ...workers, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, GWS_VERDICTS_FILE: verdictsFile, GWS_REPORTS_DIR: reportsDir },
});

const allure = buildAllureReport(reportsDir);
if (allure && !allure.built) console.error(`gws-chat-conformance: the Allure report could not be built (${allure.why})`);
if (allure?.built)
  console.log(
    `Reports: ${join(reportsDir, 'summary.md')}, ${join(reportsDir, 'allure-report', 'index.html')}, ${join(reportsDir, 'playwright-html', 'index.html')}, ${join(reportsDir, 'junit.xml')}`,
  );

if (!existsSync(verdictsFile)) {
  console.error(
    `gws-chat-conformance: no verdicts were written (Playwright exited ${run.status}; a --reporter option replaces the verdicts reporter: add it, e.g. --reporter=list,./helpers/report/verdicts-reporter.ts); see the output above`,
  );
  console.log('INCONCLUSIVE: the run produced no verdicts');
  process.exit(2);
}
const verdicts = readVerdictsFile(verdictsFile);
const code = exitCodeOf(verdicts.outcome);
if (code === 0 && run.status !== 0) {
  console.log(`INCONCLUSIVE: Playwright exited ${run.status} although every requirement passed; see the output above`);
  process.exit(2);
}
console.log(verdicts.line);
process.exit(code);
