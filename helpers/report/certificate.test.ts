/**
 * Sealing and verifying a certificate, offline, on the run of a recorded transcript (the seed's Accept
 * with its ParticipantsUpdated lost: NON-CONFORMANT): the certificate verifies and records, never
 * certifies; then each check of verify is shown to fail on a certificate broken in its own way, with
 * the manifest rewritten wherever a forger would, so that only the check under test can see it. What
 * is not a certificate is unusable; nothing is sealed with a secret in it; certify refuses what would
 * make a run less than full. The certificate of a real run: helpers/cli/certify.test.ts.
 */

import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { SUITE } from '../../operations/index.ts';
import type { Certificate, ConformanceSummary, Transcript } from '../contract/generated/payloads.ts';
import { scratchDir } from '../evidence/scratch.ts';
import { acceptTranscript, seedPlan } from '../proof/seed-transcript.ts';
import {
  CertificateError,
  certificatePaths,
  certifyRequest,
  clearCertificate,
  descriptorOf,
  MANIFEST_FILE,
  manifestOf,
  type Sealed,
  sealCertificate,
} from './certificate.ts';
import { UnusableCertificate } from './certificate-read.ts';
import { verifyCertificate } from './certificate-verify.ts';
import { outcomeOf } from './outcome.ts';
import { rejudge } from './rejudge.ts';
import { buildSummary, writeSummary } from './summary.ts';
import { writeTarGz } from './tar.ts';

const readJson = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;
const writeJson = (file: string, value: unknown) => writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
/** The manifest rewritten over the folder as it now is: what a forger does after changing a file. */
const reseal = (folder: string) => writeFileSync(join(folder, MANIFEST_FILE), `${JSON.stringify(manifestOf(folder), null, 1)}\n`);
const problemsOf = (folder: string) => verifyCertificate(SUITE, folder).problems;

/** The seed's Accept, its ParticipantsUpdated lost or not. */
function accept(lost: boolean): Transcript {
  const plan = seedPlan();
  if (lost) plan.notifications = plan.notifications.filter((n) => n.data.notificationType !== 'ParticipantsUpdated');
  return acceptTranscript(plan);
}

/** A reports folder as a run leaves it, from one transcript judged offline. */
function reportsOf(transcript: Transcript): string {
  const reports = join(scratchDir('gws-certificate-unit'), 'reports');
  mkdirSync(join(reports, 'transcripts'), { recursive: true });
  writeJson(join(reports, 'transcripts', 'accept.json'), transcript);
  const { rows } = rejudge(SUITE, [{ file: 'transcripts/accept.json', transcript }]);
  const target = transcript.target.baseUrl;
  const { outcome, line, exitCode } = outcomeOf(rows, 'default', { target });
  const settings = { target, agents: 2, quietWindowMs: 500 };
  const summary = buildSummary({
    rows,
    outcome,
    exitCode,
    line,
    profile: 'default',
    target,
    settings,
    causes: [],
    information: [],
    startedAt: new Date(),
    requirements: SUITE.requirements,
  });
  writeSummary(reports, summary);
  writeFileSync(join(reports, 'junit.xml'), '<testsuites tests="1" failures="1"></testsuites>\n');
  mkdirSync(join(reports, 'allure-results'));
  writeFileSync(join(reports, 'allure-results', 'raw.json'), '{}'); // the run's scratch: not sealed
  return reports;
}

let reports: string;
let sealed: Sealed;
test.beforeAll(() => {
  reports = reportsOf(accept(true));
  sealed = sealCertificate(reports, certificatePaths(join(reports, '..', 'certificate')), { secrets: [] });
});

/** A copy of the sealed folder to break. */
function copy(): string {
  const to = join(scratchDir('gws-certificate-copy'), 'certificate');
  cpSync(sealed.folder, to, { recursive: true });
  return to;
}

test('a sealed certificate holds the evidence and reports, records NON-CONFORMANT, and verifies as it is', () => {
  expect(manifestOf(sealed.folder).files.map((f) => f.path)).toEqual([
    'certificate.json',
    'junit.xml',
    'summary.json',
    'summary.md',
    'transcripts/accept.json',
  ]);
  expect(sealed.absent).toEqual(['playwright-html (the Playwright HTML report)', 'allure-report (the Allure report)']);
  expect(sealed.certificate).toMatchObject({
    outcome: 'non-conformant',
    exitCode: 1,
    certifies: false,
    statement: 'records NON-CONFORMANT: not a certification',
  });
  for (const path of [sealed.folder, sealed.archive]) {
    const v = verifyCertificate(SUITE, path);
    expect(v.problems, path).toEqual([]);
    expect(v).toMatchObject({
      exitCode: 0,
      line: expect.stringMatching(
        /^VERIFIED: .*; it records NON-CONFORMANT: not a certification: NON-CONFORMANT: 1 failed \(ACCEPT-SEQ-02\)/,
      ),
    });
    expect(v.lines).toContainEqual(`certificate: ${path} (manifest sha256:${sealed.manifestSha256})`);
  }
});

test('the manifest: a changed byte, a missing file, a file added or a link is named', () => {
  const folder = copy();
  const file = join(folder, 'transcripts', 'accept.json');
  const bytes = readFileSync(file);
  bytes[bytes.indexOf('"Marat"') + 1] ^= 0x20; // "marat"
  writeFileSync(file, bytes);
  rmSync(join(folder, 'junit.xml'));
  writeFileSync(join(folder, 'notes.txt'), 'added after sealing\n');
  symlinkSync('/etc/hostname', join(folder, 'transcripts', 'link.json'));
  const v = verifyCertificate(SUITE, folder);
  expect(v.exitCode).toBe(1);
  expect(v.problems.slice(0, 4)).toEqual([
    'junit.xml: missing (manifest.json lists it)',
    'transcripts/accept.json: changed (its SHA-256 is not the one in manifest.json)',
    'notes.txt: not listed in manifest.json (added after sealing)',
    'transcripts/link.json: not listed in manifest.json (added after sealing)',
  ]);
});

test('a verdict forged everywhere, the manifest rewritten: only judging the transcripts again finds it', () => {
  const folder = copy();
  const summary = readJson<ConformanceSummary>(join(folder, 'summary.json'));
  const rows = summary.requirements.map((r) => (r.verdict === 'FAIL' ? { ...r, verdict: 'PASS' as const, reason: '' } : r));
  const { outcome, line, exitCode } = outcomeOf(rows, summary.profile, { target: summary.target });
  const counts: Record<string, number> = {};
  for (const r of rows) counts[r.verdict] = (counts[r.verdict] ?? 0) + 1;
  const forged: ConformanceSummary = { ...summary, requirements: rows, outcome, line, exitCode, counts };
  writeJson(join(folder, 'summary.json'), forged);
  const markdown = readFileSync(join(folder, 'summary.md'), 'utf8')
    .replace(`: ${summary.outcome.toUpperCase()}\n`, `: ${outcome.toUpperCase()}\n`)
    .replace(`**${summary.line}**`, `**${line}**`)
    .replace(/^(\| \[ACCEPT-SEQ-02\]\([^)]*\) \| MUST \| )FAIL/m, '$1PASS');
  writeFileSync(join(folder, 'summary.md'), markdown);
  const certificate = readJson<Certificate>(join(folder, 'certificate.json'));
  writeJson(join(folder, 'certificate.json'), {
    ...descriptorOf(forged, new Date(certificate.createdAt)),
    suiteChanges: certificate.suiteChanges,
  });
  reseal(folder);
  expect(problemsOf(folder)).toEqual([
    'ACCEPT-SEQ-02: summary.json says PASS; the transcripts, judged again, say FAIL (transcripts/accept.json)',
  ]);
});

test('a transcript replaced, the manifest rewritten: the requirement whose verdict it changes is named', () => {
  const folder = copy();
  writeJson(join(folder, 'transcripts', 'accept.json'), accept(false));
  reseal(folder);
  // ParticipantsUpdated back: the sequence holds, and the checks of its content now decide.
  const problems = problemsOf(folder);
  expect(problems[0]).toBe('ACCEPT-SEQ-02: summary.json says FAIL; the transcripts, judged again, say PASS (transcripts/accept.json)');
  expect(problems.slice(1)).toContainEqual(
    'ACCEPT-PART-01: summary.json says NOT DECIDED; the transcripts, judged again, say PASS (transcripts/accept.json)',
  );
  rmSync(join(folder, 'transcripts', 'accept.json'));
  reseal(folder);
  expect(problemsOf(folder)).toContainEqual('ACCEPT-SEQ-02: summary.json says FAIL; the transcripts, judged again, say NOT RUN');
});

test('certificate.json that says otherwise than summary.json, or claims what the outcome does not earn, is named', () => {
  const folder = copy();
  const file = join(folder, 'certificate.json');
  const certificate = readJson<Record<string, unknown>>(file);
  const cases: [Record<string, unknown>, string][] = [
    [
      { target: 'https://gws.vendor.example' },
      'certificate.json: target is "https://gws.vendor.example", summary.json says "http://localhost:8080"',
    ],
    [{ profile: 'strict' }, 'certificate.json: profile is "strict", summary.json says "default"'],
    [{ addedLater: { csrf: 'off' } }, 'certificate.json: addedLater is {"csrf":"off"}, summary.json says (absent)'],
    [{ certifies: true, statement: 'CONFORMANT' }, 'certificate.json: says "CONFORMANT" of a run that ended non-conformant'],
  ];
  for (const [change, problem] of cases) {
    writeJson(file, { ...certificate, ...change });
    reseal(folder);
    expect(problemsOf(folder)).toEqual([problem]);
  }
  // A field of summary.json the certificate does not hold (one added to the summary after sealing) is named too.
  writeJson(file, certificate);
  const summary = readJson<Record<string, unknown>>(join(folder, 'summary.json'));
  writeJson(join(folder, 'summary.json'), { ...summary, addedLater: { csrf: 'off' } });
  reseal(folder);
  expect(problemsOf(folder)).toEqual(['certificate.json: addedLater is (absent), summary.json says {"csrf":"off"}']);
});

test("summary.json's outcome, exit code and line follow from its rows; summary.md says what summary.json says", () => {
  const summary = readJson<ConformanceSummary>(join(sealed.folder, 'summary.json'));
  const cases: [Partial<ConformanceSummary>, string][] = [
    [
      { outcome: 'inconclusive', exitCode: 2, line: `INCONCLUSIVE: ${summary.line}` },
      'summary.json: says inconclusive, its rows say non-conformant',
    ],
    [{ exitCode: 0 }, 'summary.json: exit code 0 for a non-conformant run (1)'],
    [{ line: summary.line.replace('NON-CONFORMANT', 'CONFORMANT') }, 'summary.json: its line "CONFORMANT: 1 failed'],
  ];
  for (const [change, problem] of cases) {
    const folder = copy();
    const forged = { ...summary, ...change };
    writeJson(join(folder, 'summary.json'), forged);
    const certificate = readJson<Certificate>(join(folder, 'certificate.json'));
    writeJson(join(folder, 'certificate.json'), {
      ...descriptorOf(forged, new Date(certificate.createdAt)),
      suiteChanges: certificate.suiteChanges,
    });
    const md = readFileSync(join(folder, 'summary.md'), 'utf8');
    writeFileSync(
      join(folder, 'summary.md'),
      md.replace(`**${summary.line}**`, `**${forged.line}**`).replace(': NON-CONFORMANT\n', `: ${forged.outcome.toUpperCase()}\n`),
    );
    reseal(folder);
    const problems = problemsOf(folder);
    expect(problems, problem).toHaveLength(1);
    expect(problems[0]).toContain(problem);
  }
  const folder = copy();
  const md = readFileSync(join(folder, 'summary.md'), 'utf8');
  writeFileSync(join(folder, 'summary.md'), md.replace(/^(\| \[ACCEPT-SEQ-02\]\([^)]*\) \| MUST \| )FAIL/m, '$1PASS'));
  reseal(folder);
  expect(problemsOf(folder)).toEqual(['summary.md: ACCEPT-SEQ-02 is PASS, summary.json says FAIL']);
  writeFileSync(join(folder, 'summary.md'), md.replace('**NON-CONFORMANT', '**CONFORMANT'));
  reseal(folder);
  expect(problemsOf(folder)).toEqual([expect.stringMatching(/^summary\.md: its headline is not summary\.json's/)]);
});

test('a certificate of another suite version, other schemas or a modified suite verifies with warnings that the suite may differ', () => {
  expect(verifyCertificate(SUITE, sealed.folder).warnings.filter((w) => !w.includes('local changes'))).toEqual([]);
  const folder = copy();
  for (const f of ['summary.json', 'certificate.json']) {
    const j = readJson<ConformanceSummary>(join(folder, f));
    writeJson(join(folder, f), { ...j, suite: { ...j.suite, version: '0.0.1' }, schemasFingerprint: `sha256:${'0'.repeat(64)}` });
  }
  const certificate = readJson<Certificate>(join(folder, 'certificate.json'));
  writeJson(join(folder, 'certificate.json'), { ...certificate, suiteChanges: 'modified' });
  reseal(folder);
  const v = verifyCertificate(SUITE, folder);
  expect(v.exitCode).toBe(0);
  expect(v.lines).toContainEqual(expect.stringMatching(/^made by: gws-chat-conformance 0\.0\.1, commit \S+ \(local changes: modified\)/));
  expect(v.warnings).toEqual([
    expect.stringMatching(
      /^made by gws-chat-conformance 0\.0\.1 .*a difference in the verdicts may come from the suite, not the certificate$/,
    ),
    'made with other schemas than this verifier has: a difference in the verdicts may come from the schemas, not the certificate',
    'the suite that made it had local changes: it certifies only as well as those changes',
  ]);
});

test('what is not a certificate is unusable, naming the file and what is wrong', () => {
  const dir = scratchDir('gws-not-a-certificate');
  const truncated = join(dir, 'truncated.tar.gz');
  const archive = readFileSync(sealed.archive);
  writeFileSync(truncated, archive.subarray(0, archive.length >> 1));
  const garbled = copy();
  writeFileSync(join(garbled, MANIFEST_FILE), '{"format": "gws-chat-conformance/manifest@1", "files": [');
  const foreign = copy();
  writeJson(join(foreign, MANIFEST_FILE), { format: 'gws-chat-conformance/manifest@0', files: [] });
  const newer = copy();
  writeJson(join(newer, 'summary.json'), { ...readJson<object>(join(newer, 'summary.json')), format: 'gws-chat-conformance/summary@3' });
  reseal(newer);
  const notOne = join(dir, 'not-one.tar.gz');
  writeFileSync(
    notOne,
    writeTarGz(
      [
        ['a/summary.json', Buffer.from('{}')],
        ['b/x', Buffer.from('')],
      ],
      new Date(),
    ),
  );
  const cases: [string, RegExp][] = [
    [reports, /reports\/manifest\.json: missing: not a certificate \(a reports folder\? npm run certify seals one\)/],
    [join(reports, 'summary.json'), /summary\.json: not a gzip archive/],
    [join(dir, 'nowhere.tar.gz'), /nowhere\.tar\.gz: no such file or folder/],
    [truncated, /truncated\.tar\.gz: a damaged gzip archive/],
    [garbled, /^manifest\.json of .*: cannot read it as JSON/],
    [foreign, /^manifest\.json of .*: not a certificate manifest/],
    [
      newer,
      /^summary\.json of .*: another format version \("gws-chat-conformance\/summary@3"\); this suite reads gws-chat-conformance\/summary@2: verify it with the suite version that made it$/,
    ],
    [notOne, /not-one\.tar\.gz: not a certificate: the archive holds no manifest\.json .*; it holds a, b$/],
  ];
  for (const [path, message] of cases) {
    expect(() => verifyCertificate(SUITE, path), path).toThrow(UnusableCertificate);
    expect(() => verifyCertificate(SUITE, path), path).toThrow(message);
  }
});

test('nothing is sealed with a secret in it: the certificate is removed, the file named', () => {
  const planted = reportsOf(accept(true));
  const paths = certificatePaths(join(planted, '..', 'certificate'));
  writeFileSync(join(planted, 'transcripts', 'planted.json'), JSON.stringify({ note: 'password Known-Secret-Password-1' }));
  expect(() => sealCertificate(planted, paths, { secrets: ['Known-Secret-Password-1'] })).toThrow(CertificateError);
  expect(() => sealCertificate(planted, paths, { secrets: ['Known-Secret-Password-1'] })).toThrow(
    /^not sealed: 1 secret in the certificate .*\n {2}transcripts\/planted\.json: a configured secret \(23 chars\)$/,
  );
  expect(existsSync(paths.folder) || existsSync(paths.archive)).toBe(false);
  // The shape of a credential, whatever its value; a run without one seals.
  writeFileSync(join(planted, 'transcripts', 'planted.json'), '{"cookie": "JSESSIONID=0123456789abcdef"}');
  expect(() => sealCertificate(planted, paths, { secrets: [] })).toThrow(/planted\.json: JSESSIONID value \(at character \d+, \d+ chars\)/);
  rmSync(join(planted, 'transcripts', 'planted.json'));
  expect(sealCertificate(planted, paths, { secrets: ['Known-Secret-Password-1'] }).files).toBe(6);
});

test('certify refuses what would make the run less than full, or not one run, saying why; and a folder that is not a certificate', () => {
  const refusals: [string[], Record<string, string>, RegExp][] = [
    [['--grep', '@ACCEPT-SEQ-02'], {}, /^--grep selects tests: a certificate is a full run of every test/],
    [['-g', 'Accept'], {}, /^-g selects tests: a certificate is a full run/],
    [['--grep-invert=Accept'], {}, /^--grep-invert=Accept selects tests: a certificate is a full run/],
    [['--shard=1/2'], {}, /^--shard=1\/2 runs one shard of the tests: a certificate is a full run/],
    [['--project', 'unit'], {}, /^--project picks a project: a certificate is a full run/],
    [['--last-failed'], {}, /^--last-failed runs some tests again: a certificate is a full run/],
    [['-x'], {}, /^-x stops the run at a failure: a certificate is a full run/],
    [['--reporter=line'], {}, /^--reporter=line replaces the suite's reporters/],
    [
      ['specs/conformance.spec.ts'],
      {},
      /^specs\/conformance\.spec\.ts: certify runs every test file, it takes none by name: a certificate is a full run/,
    ],
    [['--headed'], {}, /^--headed: not an option certify passes on/],
    [['--out'], {}, /^--out needs a value/],
    [[], { GWS_BASELINE: 'baseline' }, /^GWS_BASELINE is set: a certificate records one run, not its comparison/],
  ];
  for (const [args, env, message] of refusals) expect(() => certifyRequest(args, env), args.join(' ')).toThrow(message);
  expect(certifyRequest(['--out', 'x', '--workers=2', '--output', 'o', '--retries', '1', '--timeout=9000'], {})).toEqual({
    out: 'x',
    passed: ['--workers', '2', '--output', 'o', '--retries', '1', '--timeout', '9000'],
  });
  expect(certificatePaths('out/cert.tar.gz')).toEqual(certificatePaths('out/cert'));
  const dir = scratchDir('gws-certify-out');
  mkdirSync(join(dir, 'mine'));
  writeFileSync(join(dir, 'mine', 'keep.txt'), 'mine');
  expect(() => clearCertificate(certificatePaths(join(dir, 'mine')), join(dir, 'reports'))).toThrow(
    /a folder that is not a certificate is there/,
  );
  expect(() => clearCertificate(certificatePaths(join(dir, 'reports')), join(dir, 'reports'))).toThrow(/the reports folder is there/);
  expect(readFileSync(join(dir, 'mine', 'keep.txt'), 'utf8')).toBe('mine');
});
