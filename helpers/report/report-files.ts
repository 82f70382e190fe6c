/**
 * The reports folder of a conformance run: cleared before the run (reports/README.md stays), the Allure
 * HTML built offline after it (Allure 3, no Java), without the analytics tag Allure's template carries.
 */
import { spawnSync } from 'node:child_process';
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

/**
 * Builds reports/allure-report from reports/allure-results, when there are results. Returns null when
 * there was nothing to build, else whether it was built and, if not, why.
 */
export function buildAllureReport(reportsDir: string): { built: true } | { built: false; why: string } | null {
  const results = join(reportsDir, 'allure-results');
  if (!existsSync(results)) return null;
  const allure = spawnSync(
    'npx',
    ['allure', 'generate', results, '--config', ALLURE_CONFIG, '--output', join(reportsDir, 'allure-report')],
    { encoding: 'utf8', env: { ...process.env, GWS_ALLURE_HISTORY: resolve(historyFile(reportsDir)) } },
  );
  if (allure.status !== 0) return { built: false, why: `exit ${allure.status}: ${(allure.stderr || allure.stdout).slice(0, 500)}` };
  stripAnalytics(join(reportsDir, 'allure-report', 'index.html'));
  return { built: true };
}
