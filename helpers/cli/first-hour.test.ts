/**
 * A staging user's and a vendor's first hour with `npm run conformance`, each problem a user met
 * reproduced (issue 19): a misspelled or empty setting never ignored, every setting listed with where
 * it came from, a URL that is not GWS diagnosed as such, a GWS behind a path prefix tested, and a
 * server without CSRF protection certified only when the user declares it.
 */

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { SUITE } from '../../operations/index.ts';
import { type Proxy as NetProxy, startProxy } from '../proof/chaos/proxy.ts';
import { conformance, conformanceAsync, reportTexts, saysConformant } from '../proof/run-conformance.ts';
import { type ResolvedTarget, resolveTarget } from '../target/resolve.ts';

test.describe.configure({ timeout: 180_000 });

/** A run that stopped on its configuration: exit 2 before any test, the variable named, nothing green. */
function expectStoppedOnConfiguration(r: ReturnType<typeof conformance>, variable: string, problem: RegExp): void {
  expect(r.run.status, r.run.stdout + r.run.stderr).toBe(2);
  expect(r.run.stderr).toMatch(new RegExp(`configuration error: ${variable}: `));
  expect(r.run.stderr).toMatch(problem);
  expect(r.lastLine).toMatch(new RegExp(`^INCONCLUSIVE: configuration error in ${variable}, nothing was run`));
  // No test ran: Playwright never started.
  expect(r.run.stdout).not.toMatch(/tests: \d+ passed/);
  expect(r.summary).toMatchObject({ outcome: 'inconclusive', exitCode: 2 });
  expect(reportTexts(r.reports)).not.toMatch(saysConformant);
}

test('a misspelled setting stops the run before any test, naming it and the setting meant', () => {
  // GWS_BASEURL would have left the run on the embedded simulator, and exit 0 CONFORMANT.
  expectStoppedOnConfiguration(
    conformance({ GWS_BASEURL: 'https://staging.example.com' }),
    'GWS_BASEURL',
    /not a setting of this suite \(did you mean GWS_BASE_URL\?\).*Rename it to GWS_BASE_URL/,
  );
  // GWS_PROFLE=strict would have certified under the default profile.
  expectStoppedOnConfiguration(conformance({ GWS_PROFLE: 'strict' }), 'GWS_PROFLE', /did you mean GWS_PROFILE\?/);
});

test('an empty setting is an error, not its default: GMS_SERVICE= is refused as GWS_BASE_URL= is', () => {
  expectStoppedOnConfiguration(conformance({ GWS_BASE_URL: 'simulator', GMS_SERVICE: '' }), 'GMS_SERVICE', /set but empty/);
});

test('accounts joined by a semicolon are named as such, never as "1 account given"', () => {
  const r = conformance({ GWS_BASE_URL: 'simulator', GWS_AGENTS: 'alice:pw-alice-1;bob:pw-bob-2' });
  expectStoppedOnConfiguration(r, 'GWS_AGENTS', /separated by semicolons \(;\).*Separate the accounts with commas/);
  expect(r.run.stdout + r.run.stderr + reportTexts(r.reports)).not.toMatch(/pw-alice-1|pw-bob-2/);
});

test.describe('a server run separately, behind a proxy that serves it under /gws', () => {
  let sim: ResolvedTarget;
  let proxy: NetProxy;
  test.beforeAll(async () => {
    sim = await resolveTarget({ GWS_BASE_URL: 'simulator' }, SUITE.simulated);
    proxy = await startProxy(sim.target.config.baseUrl, undefined, { prefix: '/gws' });
  });
  test.afterAll(async () => {
    await proxy?.stop();
    await sim?.stop();
  });
  const server = (baseUrl: string) => {
    const c = sim.target.config;
    return {
      GWS_BASE_URL: baseUrl,
      GWS_AGENTS: c.agents.map((a) => `${a.username}:${a.password}`).join(','),
      GMS_BASE_URL: c.gmsBaseUrl!,
      GMS_SERVICE: c.gmsService,
    };
  };

  test('GWS_BASE_URL with a path prefix: every request and the CometD endpoint go under it', async () => {
    const r = await conformanceAsync(server(`${proxy.url}/gws`), ['--grep', 'Accept an offered chat']);
    // One spec of six: PARTIAL, what ran passed.
    expect(r.run.status, r.run.stdout.slice(-3000) + r.run.stderr.slice(-2000)).toBe(3);
    expect(r.summary!.requirements.filter((x) => ['FAIL', 'INCONCLUSIVE', 'NON-STRICT'].includes(x.verdict))).toEqual([]);
    expect(r.summary!.requirements.find((x) => x.id === 'ACCEPT-SEQ-01')?.verdict).toBe('PASS');
    const transcript = readFileSync(join(r.reports, 'transcripts', 'accept.json'), 'utf8');
    expect(transcript).toContain('"path": "/gws/api/v2/me"');
    expect(transcript).toContain('"path": "/gws/api/v2/me/chats/');
  });

  test('a URL that reaches a web server, not GWS, is diagnosed as such, not as wrong credentials', async () => {
    const r = await conformanceAsync(server(`${proxy.url}/not-gws`), ['--grep', 'Accept an offered chat']);
    expect(r.run.status).toBe(2);
    expect(r.summary!.causes[0]).toMatch(
      /login \(GET \/api\/v2\/me\) answered HTTP 404 with an HTML page \("404 Not Found"\): http:\/\/127\.0\.0\.1:\d+\/not-gws\/api\/v2\/me does not serve the GWS API: check GWS_BASE_URL/,
    );
    expect(r.summary!.causes.join('\n')).not.toMatch(/password|credentials/);
  });
});

test.describe('a server without CSRF protection', () => {
  test('undeclared: judged as the requirement says, FAIL, the declaration named as the fix if it is by design', () => {
    const r = conformance({ GWS_SIMULATOR_VARIANTS: 'csrf-off' }, ['--grep', '@ACCEPT-ERR-05']);
    expect(r.run.status, r.run.stdout.slice(-3000)).toBe(1);
    expect(r.summary!.requirements.find((x) => x.id === 'ACCEPT-ERR-05')).toMatchObject({ verdict: 'FAIL' });
    expect(r.summary!.requirements.find((x) => x.id === 'ACCEPT-ERR-05')?.reason).toMatch(/declare it: GWS_SERVER_WITHOUT=csrf-protection/);
    expect(r.summary!.declared).toEqual({ without: [] });
  });

  test('declared (GWS_SERVER_WITHOUT=csrf-protection): NOT APPLICABLE, the profile printed, listed with every setting used', () => {
    const r = conformance({ GWS_SIMULATOR_VARIANTS: 'csrf-off', GWS_SERVER_WITHOUT: 'csrf-protection' }, ['--grep', '@ACCEPT-ERR-05']);
    expect(r.summary!.requirements.find((x) => x.id === 'ACCEPT-ERR-05')).toMatchObject({ verdict: 'NOT APPLICABLE' });
    // A test that decided nothing is not green: skipped, and the run is no certification.
    expect(r.run.stdout).toMatch(/tests: 0 passed, 0 failed, 1 skipped/);
    expect(readFileSync(join(r.reports, 'junit.xml'), 'utf8')).toMatch(/<skipped/);
    expect(r.summary!.outcome).not.toBe('conformant');
    expect(r.summary!.declared?.without.map((w) => w.name)).toEqual(['csrf-protection']);
    expect(r.run.stdout).toMatch(/declared profile: without csrf-protection, so ACCEPT-ERR-05, .* do not apply/);
    const md = readFileSync(join(r.reports, 'summary.md'), 'utf8');
    expect(md).toMatch(/\| Declared profile \| without csrf-protection \(CSRF protection/);
    // Every setting, once, with where it came from.
    const used = r.summary!.settingsUsed!;
    expect(used.find((u) => u.name === 'GWS_SERVER_WITHOUT')).toEqual({
      name: 'GWS_SERVER_WITHOUT',
      value: 'csrf-protection',
      source: 'environment',
    });
    expect(used.find((u) => u.name === 'GWS_PROFILE')).toEqual({ name: 'GWS_PROFILE', value: 'default', source: 'default' });
    expect(used.find((u) => u.name === 'GWS_QUIET_WINDOW_MS')).toEqual({
      name: 'GWS_QUIET_WINDOW_MS',
      value: '500',
      source: 'environment',
    });
    expect(new Set(used.map((u) => u.name)).size).toBe(used.length);
    expect(r.run.stdout).toMatch(/settings used .*\n(.*\n)*\s+GWS_PROFILE\s+default\s+\(default\)/);
    expect(md).toContain('| `GWS_SERVER_WITHOUT` | csrf-protection | environment |');
  });
});

test('an operation the server does not offer (GWS_SERVER_WITHOUT=AttachUserData): not driven, NOT APPLICABLE by name, in the profile', () => {
  const r = conformance({ GWS_SERVER_WITHOUT: 'AttachUserData' }, ['--grep', '@ATTACHDATA-DATA-01|@SENDURL-ECHO-01']);
  const verdictOf = (id: string) => r.summary!.requirements.find((x) => x.id === id);
  expect(verdictOf('ATTACHDATA-DATA-01')).toMatchObject({ verdict: 'NOT APPLICABLE' });
  expect(verdictOf('ATTACHDATA-DATA-01')?.reason).toMatch(/does not offer AttachUserData \(GWS_SERVER_WITHOUT=AttachUserData\)/);
  // What is not declared is judged as before.
  expect(verdictOf('SENDURL-ECHO-01')).toMatchObject({ verdict: 'PASS' });
  expect(r.summary!.declared?.without.find((w) => w.name === 'AttachUserData')?.requirements).toContain('ATTACHDATA-DATA-01');
  expect(r.run.stdout).toMatch(/declared profile: without AttachUserData, so ATTACHDATA-HTTP-01, .* do not apply/);
  // Not driven: no transcript of its scenarios.
  const transcripts = readdirSync(join(r.reports, 'transcripts'));
  expect(transcripts.some((f) => f.startsWith('send-url'))).toBe(true);
  expect(transcripts.some((f) => f.startsWith('attach-user-data'))).toBe(false);
});

test('npm run judge says where a run saves its transcripts, and refuses a setting it does not know', () => {
  const judge = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'helpers/cli/judge.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
  const usage = judge([]);
  expect(usage.status).toBe(2);
  expect(usage.stderr).toContain('npm run judge -- reports/transcripts/*.json');
  expect(usage.stderr).not.toContain('test-results');
  const typo = judge(['helpers/proof/none.json'], { GWS_PROFLE: 'strict' });
  expect(typo.status).toBe(2);
  expect(typo.stderr).toMatch(/GWS_PROFLE: not a setting of this suite \(did you mean GWS_PROFILE\?\)/);
});
