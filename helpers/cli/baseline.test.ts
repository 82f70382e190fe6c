/**
 * `npm run conformance` with a baseline, where the comparison cannot compare everything: a baseline
 * without transcripts stops the run (unless GWS_BASELINE_SCOPE=verdicts), a baseline that ran other
 * scenarios leaves contract drift and timing not compared (exit 2, the run's own verdict still said),
 * and the summary records the CometD transport used, so a WebSocket run that fell back to
 * long-polling compares with a long-polling run without a transport warning.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Comparison } from '../contract/generated/payloads.ts';
import { conformance as run } from '../proof/run-conformance.ts';

/** `npm run conformance -- <args>` as a user runs it (helpers/proof/run-conformance.ts), with the comparison it wrote. */
function conformance(env: Record<string, string>, args: string[] = []) {
  const r = run(env, args);
  const file = join(r.reports, 'compare.json');
  return { ...r, comparison: existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Comparison) : undefined };
}

const compare = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'helpers/cli/compare.ts', ...args], { encoding: 'utf8' });

/** A baseline that ran the Accept spec only (PARTIAL), over long-polling; one per worker. */
let accepted: string | undefined;
function acceptOnly(): string {
  if (accepted) return accepted;
  const base = conformance({ GWS_BASE_URL: 'simulator' }, ['--grep', 'Accept an offered chat']);
  expect(base.run.status, base.lastLine).toBe(3);
  accepted = base.reports;
  return accepted;
}

test.describe.configure({ timeout: 180_000 });

test('GWS_BASELINE_SCOPE is all or verdicts: another value, or none, stops the run before any test, naming it', () => {
  for (const [value, problem] of [
    ['verdict', 'unknown value "verdict" \\(allowed: all, verdicts\\)\\. Set GWS_BASELINE_SCOPE=all .* or GWS_BASELINE_SCOPE=verdicts'],
    ['', 'is set but empty .*unset it for the default \\(all\\)'],
  ]) {
    const { run, lastLine } = conformance({ GWS_BASELINE_SCOPE: value });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`configuration error: GWS_BASELINE_SCOPE: ${problem}`));
    expect(lastLine).toMatch(/^INCONCLUSIVE: configuration error in GWS_BASELINE_SCOPE, nothing was run/);
  }
});

test('a baseline without transcripts stops the run before any test; GWS_BASELINE_SCOPE=verdicts compares the verdicts alone', () => {
  const bare = join(acceptOnly(), '..', 'bare');
  cpSync(acceptOnly(), bare, { recursive: true });
  rmSync(join(bare, 'transcripts'), { recursive: true });
  const refused = conformance({ GWS_BASELINE: bare });
  expect(refused.run.status).toBe(2);
  expect(refused.run.stderr).toContain(
    `configuration error: GWS_BASELINE: ${bare}: no transcripts (transcripts/ missing or empty), so this run's contract drift and timing could not be compared with it. Set GWS_BASELINE to a reports folder kept whole (summary.json and transcripts/), or set GWS_BASELINE_SCOPE=verdicts to compare the verdicts alone.`,
  );
  expect(refused.run.stdout).not.toMatch(/Running \d+ test/);
  expect(refused.lastLine).toMatch(/^INCONCLUSIVE: configuration error in GWS_BASELINE, nothing was run/);
  expect(refused.summary).toBeDefined();
  expect(refused.summary!.transportUsed).toBeUndefined(); // nothing ran, nothing was used
  // Verdicts only, asked: the run goes on, the exit follows the verdicts (none worse: 0).
  const { run, lastLine, comparison } = conformance({ GWS_BASELINE: bare, GWS_BASELINE_SCOPE: 'verdicts' });
  expect(run.status, run.stdout.slice(-2000)).toBe(0);
  expect(lastLine).toMatch(/^CONFORMANT: /);
  expect(run.stdout).toContain(
    'not compared: contract drift and timing, on purpose: verdicts only were asked (GWS_BASELINE_SCOPE=verdicts)',
  );
  expect(run.stdout).toMatch(
    /^Compared with the baseline: NO REGRESSION: \d+ verdict changes; contract and timing not compared: verdicts only, as asked \(GWS_BASELINE_SCOPE=verdicts\)$/m,
  );
  expect(comparison).toMatchObject({ scope: 'verdicts', outcome: 'drift', exitCode: 0, drift: [], timing: [] });
});

test('a baseline that ran other scenarios: contract drift and timing not compared, naming them; the run says its own verdict and exits 2', () => {
  const { run, reports, summary, comparison, lastLine } = conformance({ GWS_BASELINE: acceptOnly() });
  expect(run.status, run.stdout.slice(-2000)).toBe(2);
  expect(lastLine).toMatch(/^CONFORMANT: /);
  expect(summary).toMatchObject({ outcome: 'conformant', exitCode: 0 });
  expect(run.stdout).toMatch(
    new RegExp(
      // The scenarios it did not run, in order of name (which they are, the comparison's list below says).
      `^not compared: contract drift and timing: the sides ran different scenarios: baseline ${acceptOnly()} did not run [a-z][a-z -]+, `,
      'm',
    ),
  );
  expect(run.stdout).toMatch(
    /^Compared with the baseline: NOT COMPARED: contract drift and timing \(the sides ran different scenarios: .* not run by .*\); no regression in what was compared: /m,
  );
  expect(comparison).toMatchObject({ outcome: 'not-compared', exitCode: 2, notCompared: [{ reason: 'different-scenarios' }] });
  expect(comparison!.notCompared[0].scenarios).toEqual(expect.arrayContaining(['concurrency', 'error unknown-id', 'params']));
  expect(readFileSync(join(reports, 'summary.md'), 'utf8')).toMatch(
    /\*\*NOT COMPARED: [^\n]*\n\n- not compared: contract drift and timing: the sides ran different scenarios/,
  );
});

test('a run whose WebSocket upgrade fell back records long-polling as used; compared with a long-polling run, no transport warning', ({}, testInfo) => {
  const fellBack = conformance({ GWS_COMETD_TRANSPORT: 'websocket', GWS_SIMULATOR_VARIANTS: 'websocket-refused' }, [
    '--grep',
    'Accept an offered chat',
  ]);
  expect(fellBack.run.status, fellBack.lastLine).toBe(3);
  expect(fellBack.run.stdout).toMatch(/refused with HTTP 400; using long-polling/);
  expect(fellBack.summary!.settings.transport).toBe('websocket');
  expect(fellBack.summary!.transportUsed).toBe('long-polling');
  expect(readFileSync(join(fellBack.reports, 'summary.md'), 'utf8')).toContain('| CometD transport used | long-polling |');
  const out = testInfo.outputPath('out');
  const compared = compare(acceptOnly(), fellBack.reports, '--out', out);
  expect(compared.status, compared.stdout + compared.stderr).toBe(0);
  expect(compared.stdout).not.toContain('transports');
  expect(JSON.parse(readFileSync(join(out, 'compare.json'), 'utf8')).current).toMatchObject({
    transport: 'long-polling',
    transportAsked: 'websocket',
  });
  // The warning is there when what was used differs.
  const other = testInfo.outputPath('websocket');
  cpSync(fellBack.reports, other, { recursive: true });
  writeFileSync(join(other, 'summary.json'), JSON.stringify({ ...fellBack.summary, transportUsed: 'websocket' }));
  expect(compare(acceptOnly(), other, '--out', out).stdout).toContain(
    'warning: the CometD transports used differ (long-polling vs websocket)',
  );
});
