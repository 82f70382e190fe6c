/**
 * The reports of a whole conformance run: all built offline, the summary valid against its schema,
 * the exit code and summary naming the broken requirement, INCONCLUSIVE when the target is down, and
 * no secret in any file under the reports and test results. The secrets scan is proven to find
 * secrets when redaction is switched off.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { ConformanceSummary } from '../contract/generated/payloads.ts';
import { validate } from '../contract/validator.ts';
import { scanForSecrets } from '../evidence/secret-scan.ts';

const FAST = {
  GWS_QUIET_WINDOW_MS: '400',
  GWS_NOTIFICATION_TIMEOUT_MS: '2500',
  GWS_OFFER_TIMEOUT_MS: '5000',
  GWS_REQUEST_TIMEOUT_MS: '5000',
  GWS_CONCURRENT_AGENTS: '2',
};
const PASSWORDS = ['Known-Secret-Password-1', 'Known-Secret-Password-2'];

function conformance(env: Record<string, string>, grep?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'gws-reports-test-'));
  const reports = join(dir, 'reports');
  const results = join(dir, 'test-results');
  const clean: NodeJS.ProcessEnv = { ...process.env };
  for (const k of Object.keys(clean)) if (k.startsWith('GWS_') || k.startsWith('GMS_')) delete clean[k];
  const run = spawnSync('npx', ['tsx', 'helpers/cli/conformance.ts', `--output=${results}`, ...(grep ? ['--grep', grep] : [])], {
    env: { ...clean, ...FAST, GWS_REPORTS_DIR: reports, ...env },
    encoding: 'utf8',
    timeout: 170_000,
  });
  const summaryFile = join(reports, 'summary.json');
  const summary = existsSync(summaryFile) ? (JSON.parse(readFileSync(summaryFile, 'utf8')) as ConformanceSummary) : undefined;
  return { run, reports, results, summary, lastLine: run.stdout.trim().split('\n').at(-1) ?? '' };
}

test.describe.configure({ timeout: 180_000 });

test('a faithful run leaves every report, built offline, with a valid summary and no secret', async () => {
  const { run, reports, results, summary, lastLine } = conformance({ GWS_AGENTS: `alice:${PASSWORDS[0]},bob:${PASSWORDS[1]}` });
  expect(run.status, run.stdout.slice(-2000) + run.stderr.slice(-2000)).toBe(0);
  expect(lastLine).toMatch(/^CONFORMANT: \d+ requirements passed/);
  for (const f of ['summary.json', 'summary.md', 'junit.xml', 'playwright-html/index.html', 'allure-report/index.html'])
    expect(existsSync(join(reports, f)), f).toBe(true);
  expect(validate('ConformanceSummary', summary).errors).toEqual([]);
  expect(summary).toMatchObject({ outcome: 'conformant', exitCode: 0, profile: 'default', target: 'embedded simulator' });
  expect(summary!.schemasFingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(summary!.requirements.filter((r) => r.verdict !== 'PASS')).toEqual([]);
  expect(readFileSync(join(reports, 'summary.md'), 'utf8')).toContain('| [ACCEPT-SEQ-02](');
  expect(readFileSync(join(reports, 'junit.xml'), 'utf8')).toMatch(/<testsuites[^>]* failures="0"/);
  expect(readFileSync(join(reports, 'allure-report', 'index.html'), 'utf8')).not.toMatch(/googletagmanager|https?:\/\/[^"']*\.js/);
  expect(scanForSecrets([reports, results], PASSWORDS)).toEqual([]);
});

test('the secrets scan finds the secrets when redaction is switched off', async () => {
  const { reports, results } = conformance(
    { GWS_AGENTS: `alice:${PASSWORDS[0]},bob:${PASSWORDS[1]}`, GWS_UNSAFE_NO_REDACTION: '1' },
    '@ACCEPT-ERR-05',
  );
  const hits = scanForSecrets([reports, results], PASSWORDS);
  expect(hits.some((h) => h.includes('Basic credentials'))).toBe(true);
  expect(hits.some((h) => h.includes('JSESSIONID value'))).toBe(true);
  expect(hits.some((h) => h.includes('CSRF token value'))).toBe(true);
  expect(hits.some((h) => h.includes('secureKey value'))).toBe(true);
});

test('with a simulator fault the summary names the broken requirement as FAIL, exit code 1', async () => {
  const { run, summary, lastLine } = conformance({ GWS_SIMULATOR_FAULTS: 'wrong-channel' }, '@ACCEPT-CHANNEL-01');
  expect(run.status).toBe(1);
  expect(lastLine).toMatch(/^NON-CONFORMANT: 1 failed \(ACCEPT-CHANNEL-01\)/);
  expect(summary).toMatchObject({ outcome: 'non-conformant', exitCode: 1, target: 'embedded simulator (fault wrong-channel)' });
  expect(summary!.requirements.find((r) => r.id === 'ACCEPT-CHANNEL-01')).toMatchObject({
    verdict: 'FAIL',
    reason: expect.stringContaining('/v2/me/interactions'),
  });
});

test('with the target down the summary is INCONCLUSIVE, exit code 2', async () => {
  const { run, summary, lastLine } = conformance(
    { GWS_BASE_URL: 'http://127.0.0.1:9', GWS_AGENTS: 'a:pw-aaaaaa,b:pw-bbbbbb', GWS_CHAT_SOURCE: 'external' },
    '@ACCEPT-ERR-01',
  );
  expect(run.status).toBe(2);
  expect(lastLine).toMatch(/^INCONCLUSIVE: /);
  expect(summary).toMatchObject({ outcome: 'inconclusive', exitCode: 2, target: 'http://127.0.0.1:9' });
  expect(summary!.requirements.find((r) => r.id === 'ACCEPT-ERR-01')).toMatchObject({
    verdict: 'INCONCLUSIVE',
    reason: expect.stringMatching(/could not decide/),
  });
});
