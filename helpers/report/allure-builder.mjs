/**
 * Allure 3's report builder in a process of its own (helpers/report/report-files.ts starts it): plain
 * JavaScript, so that Allure's several hundred modules load without the TypeScript loader the
 * conformance command runs under, which would see every one of them (about twice the CPU).
 *
 *   node helpers/report/allure-builder.mjs <allurerc> <results dir> <report dir> <history file>
 *
 * Loads the builder, its configuration and plugins at once, then waits: a line `build` on its standard
 * input builds the report from the results folder; its standard input closed without it ends it
 * without building. Its last line on standard output is the outcome, as JSON: {"built":true} or
 * {"built":false,"why":"..."}.
 */
import { createInterface } from 'node:readline';

const [configFile, results, output, historyPath] = process.argv.slice(2);

/** The outcome, then the end of the process once it is written. */
const outcome = (o) => process.stdout.write(`${JSON.stringify(o)}\n`, () => process.exit(0));
const why = (err) => (err instanceof Error ? err.message : String(err)).slice(0, 500);

// The report is made and started while the run goes on (its plugins load, the CI it runs in is
// detected: git is asked for the branch): the build then only reads the results and writes the report.
const loading = import('@allurereport/core').then(async (core) => {
  const report = new core.AllureReport(await core.readConfig(process.cwd(), configFile, { output, historyPath }));
  await report.start();
  return report;
});
// A failed load is reported when the build is asked for.
loading.catch(() => {});

let asked = false;
const lines = createInterface({ input: process.stdin });
lines.on('line', async (line) => {
  if (line.trim() !== 'build' || asked) return;
  asked = true;
  lines.close();
  try {
    const report = await loading;
    await report.readDirectory(results);
    await report.done();
    outcome({ built: true });
  } catch (err) {
    outcome({ built: false, why: why(err) });
  }
});
lines.on('close', () => {
  if (!asked) process.exit(0);
});
