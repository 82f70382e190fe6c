/**
 * The reports folder of a conformance run: cleared before the run (reports/README.md stays), the Allure
 * HTML built offline after it (Allure 3, no Java), without the analytics tag Allure's template carries.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Allure's configuration: results grouped by requirement. */
const ALLURE_CONFIG = join(dirname(fileURLToPath(import.meta.url)), 'allurerc.mjs');

/** Allure's history across runs (kept when the reports are cleared); GWS_ALLURE_HISTORY puts it elsewhere. */
export const HISTORY_FILE = 'history.jsonl';

export function historyFile(reportsDir: string): string {
  return process.env.GWS_ALLURE_HISTORY || join(reportsDir, HISTORY_FILE);
}

/** The runs Allure's history keeps: enough for trends, and a file (and report) that stops growing. */
export const HISTORY_RUNS = 30;

/**
 * Keeps the last `runs` entries of a history file (one line per run): Allure 3 appends one at every
 * build and never drops one, so a CI job that keeps the file would grow it (and every report that
 * reads it) by about 200 KB a run of the whole suite, forever.
 */
export function trimHistory(file: string, runs = HISTORY_RUNS): void {
  if (!existsSync(file)) return;
  // On the bytes: the file holds megabytes, and a run should not spend its time decoding it.
  const bytes = readFileSync(file);
  const lines: Buffer[] = [];
  for (let at = 0; at < bytes.length; ) {
    const nl = bytes.indexOf(0x0a, at);
    const end = nl < 0 ? bytes.length : nl;
    if (!blank(bytes, at, end)) lines.push(bytes.subarray(at, end));
    at = end + 1;
  }
  if (lines.length > runs) writeFileSync(file, Buffer.concat(lines.slice(-runs).flatMap((l) => [l, NEWLINE])));
}

const NEWLINE = Buffer.from('\n');

/** Whether bytes[from, to) are only spaces, tabs and carriage returns (a line Allure left empty). */
function blank(bytes: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (bytes[i] !== 0x20 && bytes[i] !== 0x09 && bytes[i] !== 0x0d) return false;
  return true;
}

/** Removes what an earlier run left, so its reports never mix with this one's (the Allure history stays). */
export function clearReports(reportsDir: string): void {
  mkdirSync(reportsDir, { recursive: true });
  for (const entry of readdirSync(reportsDir))
    if (entry !== 'README.md' && entry !== HISTORY_FILE) rmSync(join(reportsDir, entry), { recursive: true, force: true });
}

/**
 * Allure 3's report page loads Google Analytics (hard-coded in its template). A report handed to a
 * vendor or kept offline must not call home: remove the script tags that do.
 */
export function stripAnalytics(indexHtml: string): void {
  if (!existsSync(indexHtml)) return;
  const html = readFileSync(indexHtml, 'utf8');
  const stripped = html
    .replace(/<script[^>]*src="https:\/\/www\.googletagmanager\.com\/[^"]*"[^>]*><\/script>/g, '')
    .replace(/<script>\s*window\.dataLayer = window\.dataLayer[\s\S]*?<\/script>/g, '');
  if (stripped !== html) writeFileSync(indexHtml, stripped);
}

type AllureCore = typeof import('@allurereport/core');
type AllureConfig = Awaited<ReturnType<AllureCore['readConfig']>>;
/** Allure's report builder and configuration (plugins loaded) per reports folder: see `preloadAllure`. */
const prepared = new Map<string, Promise<{ core: AllureCore; config: AllureConfig }>>();

/**
 * Loads Allure's report builder, its configuration and plugins (most of a build's time) ahead of use.
 * The conformance command calls it while the scenarios wait on the target, so the build after the run
 * costs only its own work. Safe to call more than once.
 */
export function preloadAllure(reportsDir: string): Promise<{ core: AllureCore; config: AllureConfig }> {
  const key = resolve(reportsDir);
  let ready = prepared.get(key);
  if (!ready) {
    ready = import('@allurereport/core').then(async (core) => ({
      core,
      config: await core.readConfig(process.cwd(), ALLURE_CONFIG, {
        output: join(key, 'allure-report'),
        historyPath: resolve(historyFile(reportsDir)),
      }),
    }));
    // A failed load is reported by the build that awaits it; nobody may be waiting yet.
    ready.catch(() => {});
    prepared.set(key, ready);
  }
  return ready;
}

/**
 * Builds reports/allure-report from reports/allure-results, when there are results, in this process
 * (Allure 3's own builder, offline). Returns null when there was nothing to build, else whether it was
 * built and, if not, why.
 */
export async function buildAllureReport(reportsDir: string): Promise<{ built: true } | { built: false; why: string } | null> {
  const results = join(reportsDir, 'allure-results');
  if (!existsSync(results)) return null;
  try {
    const { core, config } = await preloadAllure(reportsDir);
    const report = new core.AllureReport(config);
    await report.start();
    await report.readDirectory(resolve(results));
    await report.done();
    trimHistory(historyFile(reportsDir));
  } catch (err) {
    return { built: false, why: (err instanceof Error ? err.message : String(err)).slice(0, 500) };
  }
  stripAnalytics(join(reportsDir, 'allure-report', 'index.html'));
  return { built: true };
}
