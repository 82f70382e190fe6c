/**
 * The reports folder of a conformance run: cleared before the run (reports/README.md stays), the Allure
 * HTML built offline after it (Allure 3, no Java), without the analytics tag Allure's template carries.
 */
import { type ChildProcess, spawn } from 'node:child_process';
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

/** Allure's builder, in a process of its own, per reports folder: see `preloadAllure`. */
const BUILDER = join(dirname(fileURLToPath(import.meta.url)), 'allure-builder.mjs');

interface Builder {
  child: ChildProcess;
  /** Whether it was asked to build. */
  asked: boolean;
  /** Its last line on standard output (the outcome), once it ended. */
  ended: Promise<{ code: number | null; last: string; stderr: string }>;
}
const builders = new Map<string, Builder>();

/**
 * Starts Allure's report builder for a reports folder (helpers/report/allure-builder.mjs: a process of
 * its own, where Allure's modules load without the TypeScript loader), which loads Allure, its
 * configuration and plugins (most of a build's time) and then waits to be asked. The conformance command
 * calls it while the scenarios wait on the target, so the build after the run costs only its own work.
 * Safe to call more than once.
 */
export function preloadAllure(reportsDir: string): Builder {
  const key = resolve(reportsDir);
  let builder = builders.get(key);
  if (!builder) {
    const child = spawn(
      process.execPath,
      [BUILDER, ALLURE_CONFIG, join(key, 'allure-results'), join(key, 'allure-report'), resolve(historyFile(reportsDir))],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    let out = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    // A builder nobody asks for ends with this process (its standard input closes).
    child.stdin.on('error', () => {});
    const ended = new Promise<{ code: number | null; last: string; stderr: string }>((done) => {
      child.on('error', (err) => done({ code: null, last: '', stderr: err.message }));
      child.on('close', (code) => done({ code, last: out.trim().split('\n').at(-1) ?? '', stderr }));
    });
    builder = { child, asked: false, ended };
    builders.set(key, builder);
  }
  return builder;
}

/**
 * Has Allure's builder of a reports folder (started if it was not) build the report now, once every
 * result is written: the conformance command asks as soon as Allure's reporter has ended, while
 * Playwright still writes its own reports; `buildAllureReport` then awaits the outcome.
 */
export function askAllureBuild(reportsDir: string): void {
  const builder = preloadAllure(reportsDir);
  if (builder.asked) return;
  builder.asked = true;
  builder.child.stdin?.end('build\n');
}

/**
 * Builds reports/allure-report from reports/allure-results, when there are results (Allure 3's own
 * builder, offline, in its process: `preloadAllure`), or awaits the build asked for already
 * (`askAllureBuild`). Returns null when there was nothing to build, else whether it was built and, if
 * not, why.
 */
export async function buildAllureReport(reportsDir: string): Promise<{ built: true } | { built: false; why: string } | null> {
  const results = join(reportsDir, 'allure-results');
  if (!existsSync(results)) return null;
  const builder = preloadAllure(reportsDir);
  askAllureBuild(reportsDir);
  builders.delete(resolve(reportsDir));
  const { code, last, stderr } = await builder.ended;
  let outcome: { built: boolean; why?: string } | undefined;
  try {
    outcome = JSON.parse(last) as { built: boolean; why?: string };
  } catch {
    outcome = undefined;
  }
  if (!outcome?.built) {
    const why = outcome?.why ?? `the builder ended (exit ${code}) without building: ${stderr.trim().split('\n').slice(-3).join(' ')}`;
    return { built: false, why: why.slice(0, 500) };
  }
  trimHistory(historyFile(reportsDir));
  stripAnalytics(join(reportsDir, 'allure-report', 'index.html'));
  return { built: true };
}
