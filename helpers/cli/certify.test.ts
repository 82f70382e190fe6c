/**
 * `npm run certify` and `npm run verify` as a vendor and a buyer meet them, on two real runs: a full
 * run on the simulator sealed and verified (folder and archive, in seconds, saying which suite made
 * it), then broken: one changed byte in a transcript or in the summary (exit 1, the file named; with
 * the manifest rewritten, the requirement named), what is not a certificate (exit 2); a failing server's
 * certificate, which records NON-CONFORMANT and never certifies; a filtered certify refused before
 * anything runs; no certificate, not even an earlier one, after a run that decided nothing. Each check
 * of verify on its own, offline: helpers/report/certificate.test.ts.
 */

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { SUITE } from '../../operations/index.ts';
import type { Certificate, ConformanceSummary, Transcript } from '../contract/generated/payloads.ts';
import { scratchDir } from '../evidence/scratch.ts';
import { scanForSecrets } from '../evidence/secret-scan.ts';
import { ALL_REPORTS, FAST, PASSWORDS } from '../proof/run-conformance.ts';
import { filesUnder, MANIFEST_FILE, manifestOf } from '../report/certificate.ts';
import { verifyCertificate } from '../report/certificate-verify.ts';
import { writeTarGz } from '../report/tar.ts';

/** A fresh folder for one certify: its reports, test results and certificate. */
function workspace(): { dir: string; reports: string; out: string } {
  const dir = scratchDir('gws-certify-test');
  return { dir, reports: join(dir, 'reports'), out: join(dir, 'certificate') };
}

/** `npm run certify -- <args>` with `env` (none of the caller's GWS_/GMS_ settings), reports in `dir`. */
function certify(w: { dir: string; reports: string }, env: Record<string, string>, args: string[]) {
  const clean: NodeJS.ProcessEnv = { ...process.env };
  for (const k of Object.keys(clean)) if (k.startsWith('GWS_') || k.startsWith('GMS_')) delete clean[k];
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'helpers/cli/certify.ts', `--output=${join(w.dir, 'test-results')}`, ...args],
    { env: { ...clean, ...FAST, ...ALL_REPORTS, GWS_REPORTS_DIR: w.reports, ...env }, encoding: 'utf8', timeout: 170_000 },
  );
  return { ...run, output: run.stdout + run.stderr, lastLine: run.stdout.trim().split('\n').at(-1) ?? '' };
}

/** `npm run verify -- <path>`, timed. */
function verify(path: string, ...options: string[]) {
  const started = Date.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'helpers/cli/verify.ts', ...options, path], { encoding: 'utf8' });
  return { ...run, ms: Date.now() - started, lastLine: run.stdout.trim().split('\n').at(-1) ?? '' };
}

/** A copy of a certificate folder to break. */
function copy(folder: string): string {
  const to = join(scratchDir('gws-certificate-copy'), 'certificate');
  cpSync(folder, to, { recursive: true });
  return to;
}

const readJson = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;
const writeJson = (file: string, value: unknown) => writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
/** The manifest rewritten over the folder as it now is: what a forger does after changing a file. */
const reseal = (folder: string) => writeFileSync(join(folder, MANIFEST_FILE), `${JSON.stringify(manifestOf(folder), null, 1)}\n`);
const problemsOf = (folder: string) => verifyCertificate(SUITE, folder).problems;

test.describe.configure({ timeout: 180_000 });

test.describe('a certificate of a full run on the simulator', () => {
  let w: ReturnType<typeof workspace>;
  let run: ReturnType<typeof certify>;
  test.beforeAll(() => {
    w = workspace();
    run = certify(w, { GWS_BASE_URL: 'simulator', GWS_AGENTS: `alice:${PASSWORDS[0]},bob:${PASSWORDS[1]}` }, ['--out', w.out]);
  });

  test('certify runs every test, seals the evidence into one folder and one archive, says where and what it certifies', () => {
    expect(run.status, run.output.slice(-3000)).toBe(0);
    expect(run.stdout).toMatch(
      /^CONFORMANT: \d+ requirements passed, 0 non-strict, 1 not applicable \(ACCEPT-LOG-06\); target embedded simulator$/m,
    );
    expect(run.stdout).toMatch(/^Certificate: \S*certificate\/ and \S*certificate\.tar\.gz, \d+ files$/m);
    expect(run.stdout).toMatch(/^ {2}manifest sha256:[0-9a-f]{64} /m);
    expect(run.lastLine).toMatch(/^CERTIFIED CONFORMANT: CONFORMANT: .*\(gws-chat-conformance \d+\.\d+\.\d+, profile default\)$/);
    expect(existsSync(`${w.out}.tar.gz`)).toBe(true);
    const files = filesUnder(w.out);
    for (const f of ['certificate.json', 'manifest.json', 'summary.json', 'summary.md', 'junit.xml', 'transcripts/accept.json'])
      expect(files, f).toContain(f);
    expect(files).toContain('playwright-html/index.html');
    expect(files).toContain('allure-report/index.html');
    // Every transcript of the run, and nothing of the run's scratch (raw results, blobs, Allure history).
    expect(filesUnder(join(w.reports, 'transcripts')).map((f) => `transcripts/${f}`)).toEqual(
      files.filter((f) => f.startsWith('transcripts/')),
    );
    expect(files.filter((f) => /^(allure-results|blob)\/|history\.jsonl/.test(f))).toEqual([]);
    const summary = readJson<ConformanceSummary>(join(w.out, 'summary.json'));
    const certificate = readJson<Certificate>(join(w.out, 'certificate.json'));
    expect(certificate).toMatchObject({
      format: 'gws-chat-conformance/certificate@1',
      suite: summary.suite,
      schemasFingerprint: summary.schemasFingerprint,
      target: 'embedded simulator',
      profile: 'default',
      settings: summary.settings,
      outcome: 'conformant',
      exitCode: 0,
      line: summary.line,
      certifies: true,
      statement: 'CONFORMANT',
    });
    expect(readJson<{ files: { path: string }[] }>(join(w.out, 'manifest.json')).files.map((f) => f.path)).toEqual(
      files.filter((f) => f !== 'manifest.json'),
    );
    expect(scanForSecrets([w.out, `${w.out}.tar.gz`], PASSWORDS)).toEqual([]);
  });

  test('verify checks the archive and the folder in seconds, says which suite made it, and passes', () => {
    const transcripts = filesUnder(join(w.reports, 'transcripts')).length;
    const requirements = readJson<ConformanceSummary>(join(w.out, 'summary.json')).requirements.length;
    for (const path of [`${w.out}.tar.gz`, w.out]) {
      const v = verify(path);
      expect(v.status, v.stdout + v.stderr).toBe(0);
      expect(v.ms).toBeLessThan(15_000);
      expect(v.stdout).toMatch(/^made by: gws-chat-conformance \d+\.\d+\.\d+, commit \S+/m);
      expect(v.stdout).toMatch(/^verified with: gws-chat-conformance \d+\.\d+\.\d+, commit \S+, the same schemas$/m);
      expect(v.stdout).toMatch(
        new RegExp(
          `^files: summary\\.json, summary\\.md, ${transcripts} transcripts, junit\\.xml, Playwright HTML report, Allure report, \\d+ files; each one the file sealed`,
          'm',
        ),
      );
      expect(v.stdout).toContain(
        `\nre-judged: ${transcripts} transcripts, offline; each of the ${requirements} requirements has the verdict summary.json records\n`,
      );
      expect(v.stdout).not.toMatch(/^warning: made by|^warning: made with other schemas|^problem:/m);
      expect(v.lastLine).toMatch(/^VERIFIED: every file as sealed, every verdict follows from the transcripts; it certifies CONFORMANT: /);
    }
  });

  test('one changed byte in a transcript: exit 1 naming it, in the folder and in an archive made again', () => {
    const folder = copy(w.out);
    const file = join(folder, 'transcripts', 'accept.json');
    const bytes = readFileSync(file);
    bytes[bytes.indexOf('Hello World')] ^= 0x20; // "hello World"
    writeFileSync(file, bytes);
    const v = verify(folder);
    expect(v.status).toBe(1);
    expect(v.stdout).toContain('problem: transcripts/accept.json: changed (its SHA-256 is not the one in manifest.json)');
    // The customer's message the scenario expects no longer matches the history: re-judging says so too.
    expect(v.stdout).toMatch(
      /^problem: ACCEPT-LOG-01: summary\.json says PASS; the transcripts, judged again, say FAIL \(transcripts\/accept\.json/m,
    );
    expect(v.lastLine).toMatch(/^NOT VERIFIED: 2 problems: transcripts\/accept\.json: changed/);
    const archive = `${folder}.tar.gz`;
    writeFileSync(
      archive,
      writeTarGz(
        filesUnder(folder).map((p) => [`certificate/${p}`, readFileSync(join(folder, p))]),
        new Date(),
      ),
    );
    expect(verify(archive)).toMatchObject({ status: 1, stdout: expect.stringContaining('problem: transcripts/accept.json: changed') });
  });

  test('one changed byte in the summary: exit 1 naming it', () => {
    const folder = copy(w.out);
    const file = join(folder, 'summary.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"verdict": "PASS"', '"verdict": "FAIL"'));
    const v = verify(folder);
    expect(v.status).toBe(1);
    expect(v.stdout).toContain('problem: summary.json: changed (its SHA-256 is not the one in manifest.json)');
    // The same change with the manifest rewritten: the verdicts no longer follow from the transcripts.
    reseal(folder);
    const id = readJson<ConformanceSummary>(file).requirements.find((r) => r.verdict === 'FAIL')!.id;
    expect(problemsOf(folder)).toContainEqual(
      expect.stringMatching(new RegExp(`^${id}: summary\\.json says FAIL; the transcripts, judged again, say PASS \\(transcripts/`)),
    );
  });

  test('a transcript changed and the manifest rewritten: re-judging names the requirement', () => {
    const folder = copy(w.out);
    const file = join(folder, 'transcripts', 'accept.json');
    const t = readJson<Transcript>(file);
    t.events = t.events.filter((e) => !(e.kind === 'bayeux' && JSON.stringify(e).includes('"notificationType":"ParticipantsUpdated"')));
    writeJson(file, t);
    reseal(folder);
    expect(problemsOf(folder)).toContainEqual(
      expect.stringMatching(/^ACCEPT-SEQ-02: summary\.json says PASS; the transcripts, judged again, say FAIL \(transcripts\/accept\.json/),
    );
  });

  test('what is not a certificate is unusable: exit 2, naming the file and what is wrong', () => {
    const truncated = join(w.dir, 'truncated.tar.gz');
    const archive = readFileSync(`${w.out}.tar.gz`);
    writeFileSync(truncated, archive.subarray(0, archive.length >> 1));
    for (const [path, message] of [
      [truncated, /^UNUSABLE: .*truncated\.tar\.gz: a damaged gzip archive/],
      [w.reports, /^UNUSABLE: .*reports\/manifest\.json: missing: not a certificate \(a reports folder\? npm run certify seals one\)/],
    ] as const) {
      const v = verify(path);
      expect(v.status, path).toBe(2);
      expect(v.lastLine).toMatch(message);
    }
  });
});

test('a certificate of a failing server records NON-CONFORMANT, never certifies, and verifies as such', () => {
  const w = workspace();
  const run = certify(w, { GWS_SIMULATOR_FAULTS: 'participants-wrong-nickname' }, ['--out', w.out]);
  expect(run.status, run.output.slice(-3000)).toBe(1);
  expect(run.lastLine).toMatch(
    /^NOT CERTIFIED: the certificate records NON-CONFORMANT: not a certification: NON-CONFORMANT: \d+ failed \(ACCEPT-PART-/,
  );
  expect(readJson<Certificate>(join(w.out, 'certificate.json'))).toMatchObject({
    outcome: 'non-conformant',
    exitCode: 1,
    certifies: false,
  });
  const v = verify(`${w.out}.tar.gz`);
  expect(v.status, v.stdout).toBe(0);
  expect(v.lastLine).toMatch(/^VERIFIED: .*; it records NON-CONFORMANT: not a certification: NON-CONFORMANT: \d+ failed/);
  // A script that accepts certifications only asks for one: intact, but not a certification, exit 1.
  const strict = verify(`${w.out}.tar.gz`, '--require-conformant');
  expect(strict.status, strict.stdout).toBe(1);
  expect(strict.lastLine).toMatch(/^NOT A CERTIFICATION: intact, but the run it records was not CONFORMANT/);
  expect(strict.stdout).toMatch(/^declared profile: nothing declared off: every requirement applies$/m);
  expect(strict.stdout).toMatch(/^settings: .*; the \d+ others at their defaults$/m);
});

test('a certify that would not be a full run is refused before anything runs, exit 2, saying why', () => {
  // Each refusal and its reason: helpers/report/certificate.test.ts. Here: the command says so, runs nothing.
  const w = workspace();
  for (const [args, env] of [
    [['--grep', '@ACCEPT-SEQ-02'], {}],
    [[], { GWS_BASELINE: w.reports }],
  ] as const) {
    const r = certify(w, env, [...args]);
    expect(r.status, args.join(' ')).toBe(2);
    expect(r.stderr).toMatch(/^certify: .*a certificate (is a full run|records one run)/);
    expect(r.stderr).toContain('usage: npm run certify');
  }
  expect(existsSync(w.reports)).toBe(false);
});

test('a run that decides nothing leaves no certificate, not even an earlier one', () => {
  const w = workspace();
  mkdirSync(w.out, { recursive: true });
  writeFileSync(join(w.out, 'manifest.json'), '{}');
  writeFileSync(`${w.out}.tar.gz`, 'an earlier certificate');
  const r = certify(w, { GWS_QUIET_WINDOW_MS: '0' }, ['--out', w.out]);
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('GWS_QUIET_WINDOW_MS');
  expect(r.lastLine).toMatch(/^certify: no certificate: the run ended INCONCLUSIVE, it decided nothing to certify/);
  expect(existsSync(w.out) || existsSync(`${w.out}.tar.gz`)).toBe(false);
});
