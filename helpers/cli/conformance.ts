/**
 * `npm run conformance [-- playwright args]`:
 *  1. clears the previous reports, then checks every setting (a bad one stops here: one message naming
 *     the variable and the fix, an INCONCLUSIVE summary, exit 2);
 *  2. runs the conformance specs with Playwright; Ctrl-C or SIGTERM stops the run cleanly (a second
 *     one stops it at once), and the run is reported INCONCLUSIVE;
 *  3. builds the Allure HTML report offline (Allure 3, no Java, in a process of its own: the summary is
 *     written meanwhile);
 *  4. writes the summary however the run ended, lists the reports that exist, ends with the one-line
 *     verdict and exits 0 conformant, 1 non-conformant, 2 inconclusive, 3 partial;
 *  5. with GWS_BASELINE (a reports folder of an earlier run, or several), compares this run with it
 *     (compare.md, compare.json, compare-junit.xml; a section in summary.md): a conformant run that
 *     regressed against the baseline (a documented field or value vanished) exits 1; one whose
 *     contract drift and timing could not be compared (the baseline ran other scenarios) exits 2,
 *     unless GWS_BASELINE_SCOPE=verdicts asked for the verdicts alone.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { suiteBundle } from '../build/bundle.mjs';
import type { Side } from '../compare/load.ts';
import { declaredProfile, isOperationName } from '../judges/declared.ts';
import { childStdio, passOutputOn } from '../report/child-output.ts';
import type { Ending } from '../report/ending.ts';
import { readVerdictsFile } from '../report/outcome.ts';
import { askAllureBuild, buildAllureReport, clearReports, preloadAllure } from '../report/report-files.ts';
import { type BaselineScope, readBaselineScope } from '../target/baseline-scope.ts';
import { asksForHelp, checkPassedOptions, commandUsage } from '../target/command-options.ts';
import { effectiveSettings, readConfig, type SuiteConfig, targetLabel } from '../target/config.ts';
import { ConfigError } from '../target/config-error.ts';
import { grepOf } from '../target/grep.ts';
import { type ReportFormat, readReportFormats } from '../target/report-formats.ts';
import { checkEnvironment } from '../target/settings.ts';
import { formatSettingsUsed, type SettingUsed, settingsUsed } from '../target/settings-used.ts';
import { askedShard, explicitWorkers, sideBySideLine, type WorkerPlan, workerPlan } from '../target/workers.ts';

const NAME = 'gws-chat-conformance';
const reportsDir = resolve(process.env.GWS_REPORTS_DIR || 'reports');
const startedAt = new Date();

/**
 * What the command needs of the suite and of its reports, loaded once. The suite: before Playwright
 * starts when a setting needs it (a baseline, the simulator's faults or variants, an operation declared
 * off), else only when the run ended without the reporter's catalogue. The reports: while Playwright
 * starts (its own loading takes the other core).
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= load();
    return loaded;
  };
}
const suite = once(async () => (await import('../../operations/index.ts')).SUITE);
const endings = once(() => import('../report/ending.ts'));

/**
 * Writes the summary, then lists the reports and prints the verdict, and exits. `allure`: Allure's report,
 * building in its own process while the summary is written.
 */
async function finish(
  ending: Omit<Ending, 'reportsDir' | 'startedAt' | 'requirements'>,
  printed?: string,
  allure?: ReturnType<typeof buildAllureReport>,
): Promise<never> {
  // One ending: another cause arriving while it is written (Playwright's exit after a crash) waits for it.
  if (finishing) return new Promise<never>(() => {});
  finishing = true;
  const { conclude, existingReports } = await endings();
  // The catalogue the reporter was given; the suite's own when it wrote none (the run broke off first).
  const requirements = ending.verdicts?.requirements ?? (await suite()).requirements;
  const concluded = conclude({ ...ending, reportsDir, startedAt, requirements });
  const verdictsOnly = baselineScope === 'verdicts' ? 'GWS_BASELINE_SCOPE=verdicts' : undefined;
  const compared =
    baseline && ending.verdicts
      ? (await import('../report/baseline.ts')).compareWithBaseline(baseline, reportsDir, verdictsOnly)
      : undefined;
  const built = await allure;
  if (built && !built.built) console.error(`${NAME}: the Allure report could not be built (${built.why})`);
  for (const cause of concluded.newCauses) if (cause !== printed) console.log(`cause: ${cause}`);
  const reports = existingReports(reportsDir);
  if (reports.length > 0) console.log(`Reports: ${reports.join(', ')}`);
  const transcripts = join(reportsDir, 'transcripts');
  if (existsSync(transcripts) && readdirSync(transcripts).length > 0) {
    console.log(
      `Transcripts: ${relative(process.cwd(), transcripts)}/ (re-judge offline: npm run judge -- ${relative(process.cwd(), transcripts)}/*.json)`,
    );
  }
  if (compared) for (const line of compared.lines) console.log(line);
  console.log(concluded.line);
  process.exit(concluded.exitCode === 0 && compared ? compared.exitCode : concluded.exitCode);
}

/**
 * GWS_BASELINE: read before the run, so that a wrong folder stops it as a configuration error; so does
 * a baseline without transcripts, unless GWS_BASELINE_SCOPE=verdicts asks for the verdicts alone.
 */
async function readBaseline(): Promise<Side | undefined> {
  baselineScope = readBaselineScope();
  const folders = process.env.GWS_BASELINE?.trim();
  if (!folders) return undefined;
  const [SUITE, { CompareInputError, loadSide }] = await Promise.all([suite(), import('../compare/load.ts')]);
  let side: Side;
  try {
    side = loadSide([folders], SUITE);
  } catch (err) {
    if (!(err instanceof CompareInputError)) throw err;
    throw new ConfigError(
      'GWS_BASELINE',
      err.message,
      'Set GWS_BASELINE to the reports folder of an earlier run (summary.json and transcripts/), several separated by commas, or unset it.',
    );
  }
  const bare = side.runs.filter((r) => r.transcripts.length === 0).map((r) => r.folder);
  if (bare.length > 0 && baselineScope === 'all')
    throw new ConfigError(
      'GWS_BASELINE',
      `${bare.join(', ')}: no transcripts (transcripts/ missing or empty), so this run's contract drift and timing could not be compared with it`,
      'Set GWS_BASELINE to a reports folder kept whole (summary.json and transcripts/), or set GWS_BASELINE_SCOPE=verdicts to compare the verdicts alone.',
    );
  return side;
}

// Whatever breaks from here on, the reports say so: INCONCLUSIVE with the cause, exit 2.
let finishing = false;
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (err: unknown) => {
    const why = err instanceof Error ? err.message : String(err);
    if (finishing) {
      console.error(`${NAME}: could not write the reports: ${why}`);
      process.exit(2);
    }
    console.error(`${NAME}: the conformance command broke: ${err instanceof Error ? err.stack : why}`);
    void finish({ profile: 'default', target: 'unknown', settings: {}, verdicts: null, cause: `the conformance command broke: ${why}` });
  });
}

// Asked for its usage: said, and nothing run (the reports of the last run stay).
if (asksForHelp(process.argv.slice(2))) {
  console.log(commandUsage());
  process.exit(0);
}
// The baseline is read before the reports are cleared: it may be the previous run in the same folder.
let baseline: Side | undefined;
let baselineScope: BaselineScope = 'all';
let baselineError: unknown;
try {
  baseline = await readBaseline();
} catch (err) {
  baselineError = err;
}
clearReports(reportsDir);
// Scenarios side by side: each worker on its own slice of the account pool and its own GMS service
// (staging), or its own embedded simulator; shards on disjoint slices (helpers/target/workers.ts).
const args = process.argv.slice(2);
let config: SuiteConfig;
let plan: WorkerPlan;
let askedWorkers: number | undefined;
let shard: { index: number; count: number } | undefined;
let formats: ReadonlySet<ReportFormat> = new Set();
try {
  // A misspelled or empty setting first: it would otherwise be ignored, or read as its default.
  checkEnvironment(process.env);
  if (baselineError) throw baselineError;
  config = readConfig();
  // The embedded simulator's faults and variants: their names checked, its waits set for them. With
  // none switched on, its configuration is the one read (embedded-simulator.test.ts).
  if (!config.baseUrl && (config.simulatorFaults.length > 0 || config.simulatorVariants.length > 0)) {
    const [SUITE, { embeddedConfig }] = await Promise.all([suite(), import('../target/embedded-simulator.ts')]);
    config = embeddedConfig(config, SUITE.simulated);
  }
  formats = readReportFormats();
  checkPassedOptions(args);
  askedWorkers = explicitWorkers(args);
  shard = askedShard(args);
  plan = workerPlan(config, shard?.count ?? 1, askedWorkers);
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  const cause = `configuration error: ${err.message}`;
  console.error(`${NAME}: ${cause}`);
  // finish() exits the process: `throw` only tells the type checker that this branch ends here.
  throw await finish(
    {
      profile: 'default',
      target: 'unknown (configuration error)',
      settings: {},
      verdicts: null,
      cause,
      headline: `configuration error in ${err.variable}, nothing was run (see above, or summary.md)`,
    },
    cause,
  );
}
const target = targetLabel(config);
const used: SettingUsed[] = settingsUsed(config, process.env, { GWS_WORKERS: plan.workers });
// An operation declared off names its requirements, from the suite.
const requirementsOf = config.serverWithout.some(isOperationName)
  ? await Promise.all([suite(), import('../scenarios/suite.ts')]).then(
      ([SUITE, m]) =>
        (operation: string) =>
          m.requirementsOf(SUITE, operation),
    )
  : undefined;
const declared = declaredProfile(config.serverWithout, requirementsOf);
console.log(`${NAME}: target ${target}, profile ${config.profile}; reports in ${relative(process.cwd(), reportsDir) || '.'}`);
console.log(`${NAME}: settings used (from the environment, or the default where marked):\n${formatSettingsUsed(used)}`);
console.log(
  `${NAME}: declared profile: ${
    declared.without.length > 0
      ? declared.without.map((w) => `without ${w.name}, so ${w.requirements.join(', ')} do not apply`).join('; ')
      : 'nothing declared off (GWS_SERVER_WITHOUT unset): every requirement applies'
  }`,
);
/** What every ending of a run that read its configuration reports about the run. */
const runFacts = () => ({ profile: config.profile, target, settings: effectiveSettings(config), settingsUsed: used, declared });

// The reporter writes the verdicts to a private file, so parallel runs do not read each other's.
const privateDir = mkdtempSync(join(tmpdir(), 'gws-conformance-'));
const verdictsFile = join(privateDir, 'verdicts.json');
// Created once Allure's results are all written (helpers/report/allure-results-reporter.ts).
const allureDoneFile = join(privateDir, 'allure-done');
// Playwright's output (attachments, error contexts) goes to a private folder too, not the checkout's
// test-results/, which every other run from the checkout (npm test among them) would clear at its start.
// The reports keep what matters (the transcripts, the HTML report's copies of the attachments).
const output = args.some((a) => a === '--output' || a.startsWith('--output=') || a === '-o')
  ? []
  : [`--output=${join(privateDir, 'test-results')}`];
const sideBySide = sideBySideLine(config, plan);
if (sideBySide) console.log(`${NAME}: ${sideBySide}`);
if (plan.limitedBy) console.log(`${NAME}: ${plan.workers} worker${plan.workers > 1 ? 's' : ''} (GWS_WORKERS asks more): ${plan.limitedBy}`);
// Every shard runs the plan's workers: the fixtures find their slots from the shard and that number.
const workers = askedWorkers === undefined ? [`--workers=${plan.workers}`] : [];
// Playwright runs in a process group of its own: a Ctrl-C reaches this command only, which stops
// Playwright once (it then ends the tests and writes its reports) and reports the run as interrupted.
const playwright = createRequire(import.meta.url).resolve('@playwright/test/cli');
// Playwright runs the suite's bundle (helpers/build/): its configuration too, so that it needs no
// TypeScript loader at all (PW_DISABLE_TS_ESM: no module hooks, in its main process or its worker).
const bundled = ['--config', join(await suiteBundle(), 'playwright.config.mjs')];
const child = spawn(process.execPath, [playwright, 'test', ...bundled, '--project=conformance', ...workers, ...output, ...args], {
  stdio: childStdio(),
  detached: true,
  env: {
    ...process.env,
    PW_DISABLE_TS_ESM: '1',
    GWS_VERDICTS_FILE: verdictsFile,
    GWS_ALLURE_DONE_FILE: allureDoneFile,
    GWS_REPORTS_DIR: reportsDir,
    GWS_CONFORMANCE_REPORTS: reportsDir,
    GWS_RUN_TARGET: target,
    GWS_RUN_GREP: JSON.stringify(grepOf(args)),
    GWS_RUN_WORKERS: String(askedWorkers ?? plan.workers),
    ...(shard ? { GWS_RUN_SHARD: `${shard.index}/${shard.count}` } : {}),
  },
});
passOutputOn(child);
let interrupted: string | undefined;
let interruptedAt = 0;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // npm forwards the terminal's Ctrl-C to this process, which got it from the terminal too: the
    // same keypress arrives twice. Only a signal well after the first one means "stop at once".
    if (interrupted !== undefined && Date.now() - interruptedAt < 1_500) return;
    const again = interrupted !== undefined;
    interrupted = signal;
    interruptedAt = Date.now();
    console.error(`\n${NAME}: ${signal}: ${again ? 'stopping Playwright now' : 'stopping the run (again to stop at once)'}`);
    try {
      if (child.pid) process.kill(again ? -child.pid : child.pid, again ? 'SIGKILL' : signal);
    } catch {
      // already gone
    }
  });
}
// What the end of the run needs, loaded while Playwright starts.
void endings();
child.on('error', (err) => {
  void finish({ ...runFacts(), verdicts: null, cause: `Playwright could not be started: ${err.message}` });
});
// Allure's builder loads while the scenarios wait on the target: once the first test has a result (not
// while Playwright's workers start, which need the cores). The build after the run then costs only its
// own work.
// Without Allure (GWS_REPORT_FORMATS), none of it.
const withAllure = formats.has('allure');
let firstResult: NodeJS.Timeout | undefined;
let allureDone: NodeJS.Timeout | undefined;
if (withAllure) {
  firstResult = setInterval(() => {
    const results = join(reportsDir, 'allure-results');
    if (existsSync(results) && readdirSync(results).some((f) => f.endsWith('-result.json'))) {
      clearInterval(firstResult);
      void preloadAllure(reportsDir);
    }
  }, 250).unref();
  // Its report is built once its results are all written, while Playwright still writes its own reports.
  allureDone = setInterval(() => {
    if (!existsSync(allureDoneFile)) return;
    clearInterval(allureDone);
    askAllureBuild(reportsDir);
  }, 50).unref();
}
// 'close': the child has exited and all of its output has been passed on.
child.on('close', async (code) => {
  clearInterval(firstResult);
  clearInterval(allureDone);
  const allure = withAllure ? buildAllureReport(reportsDir) : undefined;
  const verdicts = existsSync(verdictsFile) ? readVerdictsFile(verdictsFile) : null;
  rmSync(privateDir, { recursive: true, force: true });
  await finish({ ...runFacts(), verdicts, interrupted, playwrightExit: code }, undefined, allure);
});
