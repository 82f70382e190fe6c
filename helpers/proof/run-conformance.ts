/**
 * Running `npm run conformance` the way a user does, for the tests of the command: a clean environment
 * (none of the caller's GWS_ / GMS_ settings, FAST timings), reports in a fresh folder, the summary read
 * back. Test support only: no test lives here.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { CONFORMANCE_COMMAND } from '../build/bundle.mjs';
import type { ConformanceSummary } from '../contract/generated/payloads.ts';
import { scratchDir } from '../evidence/scratch.ts';
import { unzip } from '../evidence/secret-scan.ts';

export const FAST = {
  GWS_QUIET_WINDOW_MS: '500',
  GWS_NOTIFICATION_TIMEOUT_MS: '2500',
  GWS_OFFER_TIMEOUT_MS: '5000',
  GWS_REQUEST_TIMEOUT_MS: '5000',
  GWS_CONCURRENT_AGENTS: '2',
  // The tests run two at a time on 2 cores, so CPU is what is short: one worker drives every scenario
  // side by side, each on a simulator of its own (the simulator's default, said here so that a test's
  // run does not follow a change of it).
  GWS_WORKERS: '1',
  // The tests that look at Playwright's HTML report or Allure's ask for them (ALL_REPORTS); the others
  // leave out their build, about a quarter of a run's CPU.
  GWS_REPORT_FORMATS: 'junit',
};
/** Every report a run writes by default: for the tests that look at Playwright's HTML report or Allure's. */
export const ALL_REPORTS = { GWS_REPORT_FORMATS: 'html,junit,allure' };
export const PASSWORDS = ['Known-Secret-Password-1', 'Known-Secret-Password-2'];
export const PLAYWRIGHT = join('node_modules', '@playwright', 'test', 'cli.js');

/** The caller's environment without any of its GWS_ / GMS_ settings: a run's settings are its own. */
export function withoutSettings(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GWS_') && !k.startsWith('GMS_')));
}

/** The environment of a run: none of the caller's GWS_ / GMS_ settings, FAST timings, then `env`. */
export function environment(reports: string, env: Record<string, string>): NodeJS.ProcessEnv {
  return { ...withoutSettings(), ...FAST, GWS_REPORTS_DIR: reports, ...env };
}

/**
 * `npm run conformance -- <args>` in a child process with exactly `env`, without blocking this process
 * (a server or proxy it serves keeps serving): its exit status and output.
 */
export async function spawnConformance(
  env: NodeJS.ProcessEnv,
  args: readonly string[],
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [...CONFORMANCE_COMMAND, ...args], { env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { status, stdout, stderr };
}

export function folder(): { reports: string; results: string } {
  const dir = scratchDir('gws-conformance-test');
  return { reports: join(dir, 'reports'), results: join(dir, 'test-results') };
}

export function read(reports: string) {
  const file = join(reports, 'summary.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ConformanceSummary) : undefined;
}

/** `npm run conformance -- <args>` with `env`, reports in a fresh folder (or `reportsDir`). */
export function conformance(env: Record<string, string>, args: string[] = [], reportsDir?: string) {
  const { reports, results } = reportsDir ? { reports: reportsDir, results: join(reportsDir, '..', 'test-results') } : folder();
  const command = [...CONFORMANCE_COMMAND, `--output=${results}`, ...args];
  const run = spawnSync(process.execPath, command, { env: environment(reports, env), encoding: 'utf8', timeout: 170_000 });
  return { run, reports, results, summary: read(reports), lastLine: run.stdout.trim().split('\n').at(-1) ?? '' };
}

/**
 * The same, without blocking this process: for a run against a server this process serves (a simulator
 * and a proxy started by the test), which spawnSync would starve.
 */
export async function conformanceAsync(env: Record<string, string>, args: string[] = []): Promise<ReturnType<typeof conformance>> {
  const { reports, results } = folder();
  const run = await spawnConformance(environment(reports, env), [`--output=${results}`, ...args]);
  return { run, reports, results, summary: read(reports), lastLine: run.stdout.trim().split('\n').at(-1) ?? '' } as ReturnType<
    typeof conformance
  >;
}

/** Every report file's text, to look for a verdict that must not be there. */
export function reportTexts(reports: string): string {
  return ['summary.md', 'summary.json', 'junit.xml']
    .map((f) => join(reports, f))
    .filter((f) => existsSync(f))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
}

export const saysConformant = /(^|[^-])CONFORMANT/;

/** The files under a folder with their modification times. */
export function listing(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) visit(p);
      else out.push(`${p} ${statSync(p).mtimeMs}`);
    }
  };
  visit(dir);
  return out.sort();
}

/** A local port nobody listens on. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

/** What each report says of each test: the Playwright HTML report (its embedded report.json) and Allure's results. */
export function testOutcomes(reports: string): { html: Record<string, string>; allure: Record<string, string> } {
  const page = readFileSync(join(reports, 'playwright-html', 'index.html'), 'utf8');
  const archive = /data:application\/zip;base64,([A-Za-z0-9+/=]+)/.exec(page);
  const report = archive ? unzip(Buffer.from(archive[1], 'base64')).get('report.json') : undefined;
  const files = report ? (JSON.parse(report.toString('utf8')) as { files: { tests: { title: string; outcome: string }[] }[] }).files : [];
  const results = join(reports, 'allure-results');
  const allure = existsSync(results)
    ? readdirSync(results)
        .filter((f) => f.endsWith('-result.json'))
        .map((f) => JSON.parse(readFileSync(join(results, f), 'utf8')) as { name: string; status: string })
    : [];
  return {
    html: Object.fromEntries(files.flatMap((f) => f.tests.map((t) => [t.title, t.outcome]))),
    allure: Object.fromEntries(allure.map((r) => [r.name, r.status])),
  };
}
