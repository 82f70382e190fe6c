/**
 * `npm run conformance` as a user meets it, each ending: the reports of a whole run (built offline, the
 * summary valid against its schema, no secret anywhere, the secrets scan proven able to find them),
 * a broken requirement (exit 1), the target down (INCONCLUSIVE, the cause once, naming the setting),
 * a configuration error, an interruption and a --grep run (never CONFORMANT, non-zero), a test that
 * left a requirement undecided (skipped in every report, not green), and the evidence kept where the reports are, out of npm test's
 * reach.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { SUITE } from '../../operations/index.ts';
import { CONFORMANCE_COMMAND } from '../build/bundle.mjs';
import { validate } from '../contract/validator.ts';
import { scanForSecrets } from '../evidence/secret-scan.ts';
import {
  ALL_REPORTS,
  closedPort,
  conformance,
  environment,
  folder,
  listing,
  PASSWORDS,
  PLAYWRIGHT,
  read,
  reportTexts,
  saysConformant,
  testOutcomes,
} from '../proof/run-conformance.ts';

// Each test its own run of the command, nothing shared: side by side on npm test's workers.
test.describe.configure({ mode: 'parallel', timeout: 180_000 });

/** What this test reads of an Allure result file. */
type AllureResult = {
  labels: { name: string; value: string }[];
  links: { name: string; type: string }[];
  parameters: { name: string; value: string }[];
  steps: { name: string; attachments: { name: string; source: string }[] }[];
};

test('a faithful run leaves every report, built offline, with a valid summary, its evidence, and no secret', async () => {
  // Every report, as a run writes them unless GWS_REPORT_FORMATS leaves some out.
  const { run, reports, results, summary, lastLine } = conformance({
    ...ALL_REPORTS,
    GWS_BASE_URL: 'simulator',
    GWS_AGENTS: `alice:${PASSWORDS[0]},bob:${PASSWORDS[1]}`,
  });
  expect(run.status, run.stdout.slice(-2000) + run.stderr.slice(-2000)).toBe(0);
  // The simulator's history carries no timestampSeconds (optional), so the check of its unit does not apply.
  expect(lastLine).toMatch(
    /^CONFORMANT: \d+ requirements passed, 0 non-strict, 1 not applicable \(ACCEPT-LOG-06\); target embedded simulator$/,
  );
  for (const f of ['summary.json', 'summary.md', 'junit.xml', 'playwright-html/index.html', 'allure-report/index.html'])
    expect(existsSync(join(reports, f)), f).toBe(true);
  // Playwright's blob report is what npm run merge merges: a shard's only.
  expect(existsSync(join(reports, 'blob'))).toBe(false);
  expect(validate('ConformanceSummary', summary).errors).toEqual([]);
  expect(summary).toMatchObject({ outcome: 'conformant', exitCode: 0, profile: 'default', target: 'embedded simulator', causes: [] });
  expect(summary!.settings).toMatchObject({
    target: 'embedded simulator',
    agents: 2,
    quietWindowMs: 500,
    notificationTimeoutMs: 2500,
    offerTimeoutMs: 5000,
  });
  expect(summary!.schemasFingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(summary!.requirements.filter((r) => r.verdict !== 'PASS').map((r) => `${r.id} ${r.verdict}`)).toEqual([
    'ACCEPT-LOG-06 NOT APPLICABLE',
  ]);
  expect(readFileSync(join(reports, 'summary.md'), 'utf8')).toContain('| [ACCEPT-SEQ-02](');
  const junit = readFileSync(join(reports, 'junit.xml'), 'utf8');
  expect(junit).toMatch(/<testsuites[^>]* failures="0"/);
  expect(junit).toContain('<property name="target" value="embedded simulator">');
  expect(junit).toContain('<property name="requirement" value="ACCEPT-SEQ-02 PASS">');
  expect(readFileSync(join(reports, 'allure-report', 'index.html'), 'utf8')).not.toMatch(/googletagmanager|https?:\/\/[^"']*\.js/);
  // Allure groups the results by requirement: one group per requirement ID.
  const tree = JSON.parse(readFileSync(join(reports, 'allure-report', 'widgets', 'tree.json'), 'utf8')) as {
    groupsById: Record<string, { name: string }>;
  };
  expect(
    Object.values(tree.groupsById)
      .map((g) => g.name)
      .sort(),
  ).toEqual(summary!.requirements.map((r) => r.id).sort());
  // Each Allure result links its requirements' pages and names the target and profile (one message per test).
  const allureResults = readdirSync(join(reports, 'allure-results'))
    .filter((f) => f.endsWith('-result.json'))
    .map((f) => JSON.parse(readFileSync(join(reports, 'allure-results', f), 'utf8')) as AllureResult);
  expect(allureResults.length).toBeGreaterThan(0);
  for (const r of allureResults) {
    const ids = r.labels.filter((l) => l.name === 'requirement').map((l) => l.value);
    expect(ids.length).toBeGreaterThan(0);
    expect(r.links.filter((l) => l.type === 'requirement').map((l) => l.name.split(' ')[0])).toEqual(ids);
    expect(r.parameters).toEqual(
      expect.arrayContaining([
        { name: 'target', value: 'embedded simulator' },
        { name: 'profile', value: 'default' },
      ]),
    );
    // Its evidence: the run's transcript and the test's findings, each a file of the results.
    const attached = r.steps.flatMap((s) => s.attachments);
    expect(attached.map((a) => a.name).sort()).toEqual(['findings.json', 'transcript.json']);
    for (const a of attached) expect(existsSync(join(reports, 'allure-results', a.source)), a.source).toBe(true);
  }
  // JUnit names each test's transcript where it lies, beside the report.
  expect(junit).toContain('[[ATTACHMENT|transcripts/accept.json]]');
  // The evidence: one transcript per scenario, in one place, re-judged as printed.
  const transcripts = readdirSync(join(reports, 'transcripts'));
  expect(transcripts).toEqual(expect.arrayContaining(['accept.json', 'concurrency.json', 'error-unknown-id.json', 'error-no-csrf.json']));
  expect(run.stdout).toMatch(
    /Transcripts: .*reports\/transcripts\/ \(re-judge offline: npm run judge -- .*reports\/transcripts\/\*\.json\)/,
  );
  const rejudged = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'helpers/cli/judge.ts', ...transcripts.map((t) => join(reports, 'transcripts', t))],
    { encoding: 'utf8' },
  );
  expect(rejudged.stdout.trim().split('\n').at(-1)).toBe(lastLine);
  expect(scanForSecrets([reports, results], PASSWORDS)).toEqual([]);

  // npm test (the unit project) leaves the reports and transcripts alone, whatever GWS_REPORTS_DIR says.
  const before = listing(reports);
  const unit = spawnSync(process.execPath, [PLAYWRIGHT, 'test', '--project=unit', 'tooling/lint.test.ts', `--output=${results}-unit`], {
    env: { ...process.env, GWS_REPORTS_DIR: reports },
    encoding: 'utf8',
  });
  expect(unit.status, unit.stdout.slice(-1000)).toBe(0);
  expect(listing(reports)).toEqual(before);
});

test('the secrets scan finds the secrets when redaction is switched off', async () => {
  const { reports, results } = conformance(
    { GWS_BASE_URL: 'simulator', GWS_AGENTS: `alice:${PASSWORDS[0]},bob:${PASSWORDS[1]}`, GWS_UNSAFE_NO_REDACTION: '1' },
    ['--grep', '@ACCEPT-ERR-05'],
  );
  const hits = scanForSecrets([reports, results], PASSWORDS);
  expect(hits.some((h) => h.includes('Basic credentials'))).toBe(true);
  expect(hits.some((h) => h.includes('JSESSIONID value'))).toBe(true);
  expect(hits.some((h) => h.includes('CSRF token value'))).toBe(true);
  expect(hits.some((h) => h.includes('secureKey value'))).toBe(true);
});

test('with a simulator fault the summary names the broken requirement as FAIL, exit code 1', async () => {
  const { run, reports, summary, lastLine } = conformance({ GWS_SIMULATOR_FAULTS: 'wrong-channel' }, ['--grep', '@ACCEPT-CHANNEL-01']);
  expect(run.status).toBe(1);
  // GWS_REPORT_FORMATS=junit (the tests' FAST settings): JUnit beside the summary, nothing of Playwright's HTML report or Allure.
  expect(readdirSync(reports).sort()).toEqual(['junit.xml', 'summary.json', 'summary.md', 'transcripts']);
  expect(lastLine).toMatch(/^NON-CONFORMANT: 1 failed \(ACCEPT-CHANNEL-01\), .*; target embedded simulator \(fault wrong-channel\)$/);
  expect(summary).toMatchObject({ outcome: 'non-conformant', exitCode: 1, target: 'embedded simulator (fault wrong-channel)' });
  expect(summary!.requirements.find((r) => r.id === 'ACCEPT-CHANNEL-01')).toMatchObject({
    verdict: 'FAIL',
    reason: expect.stringContaining('/v2/me/interactions'),
  });
});

test('after a failed test, the worker Playwright starts next takes the runs already driven, driving none again', async () => {
  // A withheld notification fails a test of the Accept run, before the tests of the Reject run.
  const { run, reports, summary } = conformance({ GWS_SIMULATOR_FAULTS: 'messagelog-missing' }, [
    '--grep',
    'Accept an offered chat|Reject an offered chat',
  ]);
  expect(run.status).toBe(1);
  expect(summary!.requirements.find((r) => r.id === 'ACCEPT-SEQ-03')?.verdict).toBe('FAIL');
  expect(summary!.requirements.filter((r) => r.id.startsWith('REJECT-') && r.verdict === 'PASS').length).toBeGreaterThan(0);
  // Each run saved once: a run driven again would be saved beside it (accept-2.json).
  expect(readdirSync(join(reports, 'transcripts')).sort()).toEqual(['accept.json', 'reject.json']);
});

test('a server that makes the other choices the docs leave open is CONFORMANT, strict profile included, with the choices listed apart', async () => {
  // Other statusCodes the Return Values table allows, and a session cookie that authenticates whatever
  // the Basic header says (REST and the CometD handshake). The default profile judges the same rows (the
  // self-test runs the variant there): with 0 NON-STRICT, strict is the stronger claim.
  const { run, reports, summary, lastLine } = conformance({ GWS_SIMULATOR_VARIANTS: 'other-open-choices', GWS_PROFILE: 'strict' });
  expect(run.status, run.stdout.slice(-3000)).toBe(0);
  expect(lastLine).toMatch(
    /^CONFORMANT: \d+ requirements passed, 0 non-strict, 1 not applicable \(ACCEPT-LOG-06\); target embedded simulator \(variant other-open-choices\)$/,
  );
  expect(summary).toMatchObject({ outcome: 'conformant', profile: 'strict' });
  expect(summary!.requirements.filter((r) => r.verdict !== 'PASS').map((r) => `${r.id} ${r.verdict}`)).toEqual([
    'ACCEPT-LOG-06 NOT APPLICABLE',
  ]);
  expect(run.stdout).toMatch(/^tests: \d+ passed, 0 failed, 0 skipped$/m);
  const choices = summary!.openChoices!;
  expect([...new Set(choices.map((c) => c.choice))].sort()).toEqual([
    'credentials-beside-session',
    'error-code-reading',
    'handshake-on-session',
  ]);
  expect(choices.map((c) => c.answer)).toContain('for empty-nickname: statusCode 10 (Input validation error (value out of range))');
  for (const c of choices) expect(c.reasoning.length * c.gap.length, c.choice).toBeGreaterThan(0);
  expect(summary!.information.map((i) => i.text).join('\n')).not.toMatch(/statusCode 10|on the session/);
  const md = readFileSync(join(reports, 'summary.md'), 'utf8');
  expect(md).toMatch(/## Open choices \(\d+, never failures\)/);
  expect(md).toMatch(
    /### handshake-on-session \(ACCEPT-BAYEUX-02\): .*\n\n- the server: .*accepted on the session\n- why it is legal: .*\n- doc gap: /,
  );
});

test('with the target down: INCONCLUSIVE, exit 2, the cause stated once naming the setting, rows referring to it', async () => {
  const url = `http://127.0.0.1:${await closedPort()}`;
  const { run, summary, lastLine } = conformance(
    { GWS_BASE_URL: url, GWS_AGENTS: 'a:pw-aaaaaa,b:pw-bbbbbb', GWS_CHAT_SOURCE: 'external' },
    ['--grep', '@ACCEPT-ERR-0[12]'],
  );
  expect(run.status).toBe(2);
  expect(lastLine).toMatch(
    new RegExp(`^INCONCLUSIVE: .*${url} refused the connection \\(ECONNREFUSED\\): check GWS_BASE_URL; .*target ${url}$`),
  );
  expect(summary).toMatchObject({ outcome: 'inconclusive', exitCode: 2, target: url });
  expect(summary!.causes).toHaveLength(1);
  expect(summary!.causes[0]).toMatch(/refused the connection \(ECONNREFUSED\): check GWS_BASE_URL/);
  expect(summary!.requirements.find((r) => r.id === 'ACCEPT-ERR-01')).toMatchObject({ verdict: 'INCONCLUSIVE', reason: 'see cause 1' });
  expect(run.stdout.match(/ECONNREFUSED/g)?.length ?? 0).toBeLessThanOrEqual(2);
});

test('staging settings without GWS_BASE_URL stop the run before any test: exit 2, no stale CONFORMANT report', async () => {
  const { reports } = folder();
  mkdirSync(reports, { recursive: true });
  writeFileSync(join(reports, 'summary.md'), '# GWS Chat API conformance: CONFORMANT\n');
  writeFileSync(join(reports, 'junit.xml'), '<testsuites tests="13" failures="0"></testsuites>\n');
  const { run, summary, lastLine } = conformance(
    { GWS_AGENTS: 'a:x-secret,b:y-secret', GMS_BASE_URL: 'http://gms.example.com:8080/genesys/2/chat' },
    undefined,
    reports,
  );
  expect(run.status).toBe(2);
  expect(run.stderr).toContain('configuration error: GWS_BASE_URL: not set, but GWS_AGENTS, GMS_BASE_URL are');
  expect(lastLine).toMatch(/^INCONCLUSIVE: configuration error in GWS_BASE_URL, nothing was run/);
  expect(run.stdout).not.toMatch(/passed|listening|Running \d+ test/);
  // The Reports line names only what exists: no Allure or Playwright report was built.
  expect(run.stdout).toMatch(/^Reports: \S*summary\.md, \S*summary\.json, \S*junit\.xml$/m);
  expect(summary).toMatchObject({ outcome: 'inconclusive', exitCode: 2, causes: [expect.stringContaining('GWS_BASE_URL')] });
  expect(summary!.requirements.every((r) => r.verdict === 'NOT RUN')).toBe(true);
  expect(reportTexts(reports)).not.toMatch(saysConformant);
  expect(readFileSync(join(reports, 'junit.xml'), 'utf8')).toMatch(/<error message="INCONCLUSIVE: configuration error/);
  expect(reportTexts(reports)).not.toContain('secret');
});

test('a zero quiet window and an unknown fault name are refused before any test, in one message', async () => {
  const quiet = conformance({ GWS_QUIET_WINDOW_MS: '0', GWS_SIMULATOR_FAULTS: 'extra-notification-after' });
  expect(quiet.run.status).toBe(2);
  expect(quiet.run.stderr).toContain('GWS_QUIET_WINDOW_MS: 0 ms is below 500 ms');
  const fault = conformance({ GWS_SIMULATOR_FAULTS: 'wrong-chanel' });
  expect(fault.run.status).toBe(2);
  expect(fault.run.stderr.trim().split('\n')).toHaveLength(1);
  expect(fault.run.stderr).toMatch(
    /GWS_SIMULATOR_FAULTS: unknown fault "wrong-chanel" \(did you mean "wrong-channel"\?\)\. Valid faults: .*wrong-channel/,
  );
  expect(fault.run.stdout + fault.run.stderr).not.toMatch(/^\s+at /m);
  for (const r of [quiet, fault]) expect(reportTexts(r.reports)).not.toMatch(saysConformant);
});

test('a Playwright option that would run another project or configuration under the command is refused before any test, naming it', () => {
  const { run, lastLine, reports } = conformance({}, ['--project=unit']);
  expect(run.status).toBe(2);
  expect(run.stderr).toContain('configuration error: --project: --project=unit: the conformance command runs the conformance project');
  expect(lastLine).toMatch(/^INCONCLUSIVE: configuration error in --project, nothing was run/);
  expect(run.stdout).not.toMatch(/Running \d+ tests?/);
  expect(reportTexts(reports)).not.toMatch(saysConformant);
});

test('GWS_REPORT_FORMATS: a format it does not know, none beside others, or an empty value is refused before any test, naming the formats', () => {
  const fix = 'Set GWS_REPORT_FORMATS to a comma-separated list of html, junit and allure';
  for (const [value, problem] of [
    ['junit,alure', `unknown format "alure" \\(allowed: html, junit, allure, or none\\)\\. ${fix}`],
    ['none,junit', `none with other formats\\. ${fix}`],
    ['', 'is set but empty .*unset it for the default \\(html,junit,allure\\)'],
  ]) {
    const { run, lastLine } = conformance({ GWS_REPORT_FORMATS: value });
    expect(run.status, value).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`configuration error: GWS_REPORT_FORMATS: ${problem}`));
    expect(lastLine).toMatch(/^INCONCLUSIVE: configuration error in GWS_REPORT_FORMATS, nothing was run/);
  }
});

test("--help prints the usage and exits 0, running nothing and leaving the last run's reports as they were", () => {
  const { reports } = folder();
  mkdirSync(reports, { recursive: true });
  writeFileSync(join(reports, 'summary.md'), 'the last run');
  const run = spawnSync(process.execPath, [...CONFORMANCE_COMMAND, '--help'], { env: environment(reports, {}), encoding: 'utf8' });
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/^Usage: npm run conformance \[-- <playwright test options>\]/);
  expect(readFileSync(join(reports, 'summary.md'), 'utf8')).toBe('the last run');
});

test('--reporter, which would leave the run without its verdicts, is refused before anything runs, pointing to --add-reporter; --add-reporter adds one', async () => {
  const refused = conformance({}, ['--grep', '@ACCEPT-ERR-01', '--reporter=line']);
  expect(refused.run.status).toBe(2);
  expect(refused.run.stderr).toMatch(/configuration error: --reporter: .*Use --add-reporter=<reporter> to add one beside them/);
  expect(refused.lastLine).toMatch(/^INCONCLUSIVE: configuration error in --reporter, nothing was run/);
  expect(reportTexts(refused.reports)).not.toMatch(saysConformant);
  const added = conformance({}, ['--grep', '@ACCEPT-ERR-01', '--add-reporter=dot']);
  expect(added.run.status, added.run.stdout.slice(-2000)).toBe(3);
  expect(added.lastLine).toMatch(/^PARTIAL/);
});

test("a run Playwright's global timeout ends (--global-timeout) is INCONCLUSIVE, naming the timeout, whether or not a test ended", async () => {
  // One second: Playwright ends the run before the worker's first test ends (its drive takes seconds).
  const { run, reports, summary, lastLine } = conformance({}, ['--global-timeout=1000']);
  expect(run.status, run.stdout.slice(-2000)).toBe(2);
  expect(lastLine).toMatch(
    /^INCONCLUSIVE: the run was interrupted \(Playwright's global timeout, --global-timeout\): \d+ passed, .*\d+ not run/,
  );
  expect(summary).toMatchObject({ outcome: 'inconclusive', exitCode: 2 });
  expect(reportTexts(reports)).not.toMatch(saysConformant);
});

test('a test timed out before its run was judged (--timeout shorter than the drive) is INCONCLUSIVE naming the timeout, never a FAIL', async () => {
  // Half a second: the run's own quiet window is as long, so its first test ends before it is judged.
  const { run, reports, summary, lastLine } = conformance({}, ['--timeout=500', '--grep', 'Accept an offered chat']);
  expect(run.status, run.stdout.slice(-2000)).toBe(2);
  expect(lastLine).toMatch(
    /^INCONCLUSIVE: a test timed out after [\d.]+ s, before its run was judged: Playwright's test timeout \(--timeout/,
  );
  expect(summary).toMatchObject({ outcome: 'inconclusive', exitCode: 2 });
  expect(summary!.requirements.filter((r) => r.verdict === 'FAIL')).toEqual([]);
  expect(reportTexts(reports)).not.toMatch(saysConformant);
});

test('a reader that goes away (npm run conformance | head) does not stop the run: it ends with its verdict, reports and exit code', async () => {
  const { reports, results } = folder();
  const child = spawn(process.execPath, [...CONFORMANCE_COMMAND, `--output=${results}`, '--grep', '@ACCEPT-SEQ-01'], {
    env: environment(reports, {}),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  // The first lines read, then the pipe closed, as head does.
  child.stdout.once('data', () => child.stdout.destroy());
  const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  expect(stderr).not.toMatch(/EPIPE/);
  expect(status).toBe(3);
  expect(read(reports)).toMatchObject({ outcome: 'partial', exitCode: 3 });
});

test('a test that left a requirement NOT DECIDED beside decided ones is skipped with the reason in every report, never green', async () => {
  // An unknown operationName answered statusCode 0: ACCEPT-ERR-11 is decided (a broken SHOULD, which the
  // default profile lets pass), and no failed Accept is left to decide ACCEPT-CODE-01..03 on.
  const { run, reports, summary, lastLine } = conformance({ ...ALL_REPORTS, GWS_SIMULATOR_FAULTS: 'unknown-operation-ignored' }, [
    '--grep',
    '@ACCEPT-ERR-11',
  ]);
  expect(run.status, run.stdout.slice(-2000)).toBe(3);
  expect(lastLine).toMatch(
    /^PARTIAL \(not a certification\): 0 passed, 1 non-strict, 3 not decided \(ACCEPT-CODE-01, ACCEPT-CODE-02, ACCEPT-CODE-03\)/,
  );
  expect(summary!.requirements.find((r) => r.id === 'ACCEPT-ERR-11')).toMatchObject({ verdict: 'NON-STRICT' });
  expect(run.stdout).toMatch(/^tests: 0 passed, 0 failed, 1 skipped$/m);
  const title = 'A chat operation with an unknown operationName fails, names the reason, and changes nothing';
  const junit = readFileSync(join(reports, 'junit.xml'), 'utf8');
  expect(junit).toMatch(/<testsuites [^>]*tests="1" failures="0" skipped="1"/);
  expect(junit).toMatch(/<property name="skip" value="not decided: ACCEPT-CODE-01: [^"]+; ACCEPT-CODE-02: [^"]+; ACCEPT-CODE-03: [^"]+">/);
  expect(junit).toContain('<property name="requirement" value="ACCEPT-CODE-01 NOT-DECIDED');
  expect(testOutcomes(reports)).toEqual({ html: { [title]: 'skipped' }, allure: { [title]: 'skipped' } });
});

test('a --grep run is PARTIAL, exit 3: what ran passed, what did not run is named', async () => {
  const { run, reports, summary, lastLine } = conformance({}, ['--grep', '@ACCEPT-SEQ-02']);
  expect(run.status).toBe(3);
  expect(lastLine).toMatch(/^PARTIAL \(not a certification\): \d+ passed, (\d+ not applicable \(.*\), )?\d+ not run \(.*ACCEPT-ERR-01/);
  expect(summary).toMatchObject({ outcome: 'partial', exitCode: 3 });
  expect(summary!.requirements.filter((r) => r.verdict === 'NOT RUN').map((r) => r.id)).toContain('ACCEPT-ERR-05');
  expect(reportTexts(reports)).not.toMatch(saysConformant);
});

test('an interrupted run (SIGINT) is INCONCLUSIVE with the cause, exit 2, and no report says CONFORMANT', async () => {
  const { reports, results } = folder();
  const child = spawn(process.execPath, [...CONFORMANCE_COMMAND, `--output=${results}`], {
    env: environment(reports, { GWS_QUIET_WINDOW_MS: '2000' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => {
    out += c.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // Interrupt once the first scenario has been judged, while others are still running.
  const deadline = Date.now() + 60_000;
  while (!existsSync(join(reports, 'transcripts', 'accept.json')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  child.kill('SIGINT');
  expect(await exited).toBe(2);
  const summary = read(reports);
  expect(summary).toMatchObject({ outcome: 'inconclusive', exitCode: 2 });
  expect(summary!.line).toMatch(/^INCONCLUSIVE: the run was interrupted \(SIGINT\)/);
  expect(out.trim().split('\n').at(-1)).toBe(summary!.line);
  expect(reportTexts(reports)).not.toMatch(saysConformant);
});

test('GWS_BASELINE compares the run with an earlier one: compare files, a section in summary.md, regressions named', async () => {
  // The baseline: the Accept spec only (PARTIAL, and quicker); the comparison covers what both sides ran.
  const base = conformance({ ...ALL_REPORTS, GWS_BASE_URL: 'simulator' }, ['--grep', 'Accept an offered chat']);
  expect(base.run.status).toBe(3);
  const kept = join(base.reports, '..', 'baseline');
  cpSync(base.reports, kept, { recursive: true });
  const { run, reports, lastLine } = conformance({ GWS_BASELINE: kept, GWS_SIMULATOR_VARIANTS: 'no-referenceid-on-participants' });
  // Conformant, but a documented field its clients read vanished: exit 1, said on the line before the verdict.
  expect(run.status).toBe(1);
  expect(lastLine).toMatch(/^CONFORMANT: /);
  expect(run.stdout).toMatch(/Compared with the baseline: REGRESSED: 1 documented things vanished/);
  for (const f of ['compare.md', 'compare.json', 'compare-junit.xml']) expect(existsSync(join(reports, f)), f).toBe(true);
  expect(readFileSync(join(reports, 'summary.md'), 'utf8')).toContain(
    '- regression: documented, vanished: notification ParticipantsUpdated: field /referenceId vanished',
  );
  // Allure's history is kept across runs of one reports folder.
  expect(readFileSync(join(base.reports, 'history.jsonl'), 'utf8').trim().split('\n')).toHaveLength(1);
});

test('a GWS_BASELINE that is not a reports folder stops the run as a configuration error naming it', () => {
  const { run, lastLine, summary } = conformance({ GWS_BASELINE: '/nonexistent/reports' });
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(
    /GWS_BASELINE.*\/nonexistent\/reports: no such folder.*Set GWS_BASELINE to the reports folder of an earlier run/s,
  );
  expect(lastLine).toMatch(/^INCONCLUSIVE: configuration error in GWS_BASELINE, nothing was run/);
  expect(summary).toMatchObject({ outcome: 'inconclusive', exitCode: 2 });
});

test('a run in two shards, merged, gives the verdict and the reports of one run', async () => {
  const shards = [1, 2].map((i) => conformance({ ...ALL_REPORTS, GWS_BASE_URL: 'simulator' }, [`--shard=${i}/2`]));
  for (const s of shards) expect(s.run.status, s.lastLine).toBe(3); // each shard alone is PARTIAL
  for (const s of shards) expect(readdirSync(join(s.reports, 'blob')).length).toBeGreaterThan(0);
  const out = join(shards[0].reports, '..', 'merged');
  const merged = spawnSync(process.execPath, ['--import', 'tsx', 'helpers/cli/merge.ts', ...shards.map((s) => s.reports), '--out', out], {
    encoding: 'utf8',
  });
  expect(merged.status, merged.stderr).toBe(0);
  expect(merged.stdout.trim().split('\n').at(-1)).toMatch(
    /^CONFORMANT: \d+ requirements passed, 0 non-strict, 1 not applicable \(ACCEPT-LOG-06\); target embedded simulator$/,
  );
  const summary = read(out)!;
  expect(validate('ConformanceSummary', summary).errors).toEqual([]);
  expect(summary.requirements.filter((r) => r.tests.length === 0).map((r) => r.id)).toEqual([]);
  // Every test of every scenario, once.
  const tests = SUITE.scenarios.flatMap((s) => s.runs.flatMap((r) => r.tests)).length;
  expect(readFileSync(join(out, 'junit.xml'), 'utf8')).toMatch(new RegExp(`<testsuites [^>]*tests="${tests}" failures="0"`));
  expect(existsSync(join(out, 'playwright-html', 'index.html'))).toBe(true);
  expect(existsSync(join(out, 'allure-report', 'index.html'))).toBe(true);
  // A folder without its blob report (a run not given --shard): merged, and named as left out of
  // Playwright's reports.
  const bare = join(shards[1].reports, '..', 'bare');
  cpSync(shards[1].reports, bare, { recursive: true, filter: (f) => !f.split(/[\\/]/).includes('blob') });
  const partly = spawnSync(process.execPath, ['--import', 'tsx', 'helpers/cli/merge.ts', shards[0].reports, bare, '--out', `${out}-2`], {
    encoding: 'utf8',
  });
  expect(partly.status, partly.stderr).toBe(0);
  expect(partly.stderr).toContain(`${bare}: no blob report (a run writes one when run with --shard=i/n)`);
  const bad = spawnSync(process.execPath, ['--import', 'tsx', 'helpers/cli/merge.ts', join(out, 'nowhere')], { encoding: 'utf8' });
  expect(bad).toMatchObject({ status: 2, stderr: expect.stringMatching(/nowhere\/summary\.json: missing/) });
});
