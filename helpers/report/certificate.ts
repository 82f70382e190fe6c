/**
 * Sealing a certificate (`npm run certify`): the evidence of one full run, copied from its reports
 * folder into one folder and its .tar.gz, which is what a vendor hands in:
 *
 *   certificate.json   what it certifies or records: suite version and commit, schemas fingerprint,
 *                      target, profile, settings, outcome, and every other field of summary.json
 *                      except its rows and information (copied as they are, whatever they are)
 *   summary.json/.md   the run's summary, one row per requirement
 *   transcripts/       every transcript, which `npm run verify` judges again
 *   junit.xml, playwright-html/, allure-report/   the run's reports
 *   manifest.json      the SHA-256 and size of every other file
 *
 * Nothing is sealed with a secret in it: the folder is scanned first (helpers/evidence/secret-scan.ts).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Certificate, CertificateManifest, ConformanceSummary } from '../contract/generated/payloads.ts';
import { validate } from '../contract/validator.ts';
import { scanForSecrets } from '../evidence/secret-scan.ts';
import { writeTarGz } from './tar.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const CERTIFICATE_FILE = 'certificate.json';
export const CERTIFICATE_FORMAT = 'gws-chat-conformance/certificate@1';
export const MANIFEST_FILE = 'manifest.json';

/** What a run's reports folder gives a certificate; a missing required part stops the sealing. */
const CONTENT: { path: string; required: boolean; what: string }[] = [
  { path: 'summary.json', required: true, what: 'the summary' },
  { path: 'summary.md', required: true, what: 'the summary' },
  { path: 'junit.xml', required: true, what: 'the JUnit report' },
  { path: 'transcripts', required: true, what: 'the transcripts' },
  { path: 'playwright-html', required: false, what: 'the Playwright HTML report' },
  { path: 'allure-report', required: false, what: 'the Allure report' },
];

/** Fields of certificate.json that are its own; every other one is summary.json's, copied. */
export const OWN_FIELDS = ['format', 'certifies', 'statement', 'createdAt', 'suiteChanges'] as const;
/** Fields of summary.json a certificate leaves in summary.json. */
export const SUMMARY_ONLY_FIELDS = ['format', 'requirements', 'information', 'openChoices'] as const;

/** The sealing could not be done: what is wrong, and the fix. */
export class CertificateError extends Error {}

/** The word an outcome's one-line verdict starts with. */
export const OUTCOME_WORD: Record<ConformanceSummary['outcome'], string> = {
  conformant: 'CONFORMANT',
  'non-conformant': 'NON-CONFORMANT',
  inconclusive: 'INCONCLUSIVE',
  partial: 'PARTIAL',
  'nothing-run': 'NOTHING RUN',
};

/** What a certificate of this outcome says: only CONFORMANT certifies; anything else is recorded. */
export function statementOf(outcome: ConformanceSummary['outcome']): { certifies: boolean; statement: string } {
  return outcome === 'conformant'
    ? { certifies: true, statement: 'CONFORMANT' }
    : { certifies: false, statement: `records ${OUTCOME_WORD[outcome]}: not a certification` };
}

/** Playwright options certify passes on to the run: they leave it whole. */
const PASSED_ON = ['--workers', '-j', '--output', '--retries', '--timeout'];
/** Options that would make the run less than full, and what each does. */
const FILTERS: [RegExp, string][] = [
  [/^(--grep|-g|--grep-invert)(=|$)/, 'selects tests'],
  [/^--shard(=|$)/, 'runs one shard of the tests'],
  [/^--project(=|$)/, 'picks a project'],
  [/^(--last-failed|--only-changed)(=|$)/, 'runs some tests again'],
  [/^(--test-list|--test-list-invert)(=|$)/, 'selects tests from a list'],
  [/^(-x|--max-failures)(=|$)/, 'stops the run at a failure'],
  [/^(--reporter|--config|-c)(=|$)/, "replaces the suite's reporters or configuration"],
  [/^--list$/, 'lists the tests without running them'],
];

/**
 * What `npm run certify -- <argv>` asks: the certificate's path (--out, default ./certificate) and the
 * options passed on to the run. Anything that would make the run less than full (a filter, a shard,
 * a project, test files) or not one run (GWS_BASELINE) is a CertificateError saying why.
 */
export function certifyRequest(argv: string[], env: NodeJS.ProcessEnv): { out: string; passed: string[]; help?: true } {
  let out = 'certificate';
  const passed: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const [flag, inline] = eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new CertificateError(`${flag} needs a value`);
      return v;
    };
    const filter = FILTERS.find(([re]) => re.test(a));
    if (filter)
      throw new CertificateError(
        `${a} ${filter[1]}: a certificate is a full run of every test, so certify takes no option that filters or splits it`,
      );
    if (flag === '--out') out = value();
    else if (PASSED_ON.includes(flag)) passed.push(flag, value());
    else if (flag === '--help' || flag === '-h') return { out, passed, help: true };
    else if (!a.startsWith('-'))
      throw new CertificateError(`${a}: certify runs every test file, it takes none by name: a certificate is a full run of every test`);
    else throw new CertificateError(`${a}: not an option certify passes on (only ${PASSED_ON.join(', ')}, which leave the run whole)`);
  }
  if (env.GWS_BASELINE?.trim())
    throw new CertificateError(
      'GWS_BASELINE is set: a certificate records one run, not its comparison with a baseline. Unset GWS_BASELINE for certify, and compare the certificate folder with npm run compare -- <baseline> <certificate>.',
    );
  return { out, passed };
}

/** `--out PATH`: the folder PATH and the archive PATH.tar.gz (PATH may name the archive instead). */
export function certificatePaths(out: string): { folder: string; archive: string } {
  const folder = resolve(out.replace(/\.tar\.gz$|\.tgz$/, ''));
  return { folder, archive: `${folder}.tar.gz` };
}

/**
 * Clears an earlier certificate at these paths before the run, so that a run that ends without one
 * leaves none to be mistaken for it. A folder there that is not a certificate is left alone: an error.
 */
export function clearCertificate(paths: { folder: string; archive: string }, reportsDir: string): void {
  const { folder, archive } = paths;
  if (resolve(reportsDir) === folder || resolve(reportsDir).startsWith(`${folder}/`))
    throw new CertificateError(`--out ${folder}: the reports folder is there; name another folder for the certificate`);
  if (existsSync(folder)) {
    if (!statSync(folder).isDirectory()) throw new CertificateError(`--out ${folder}: a file is there, not a folder; name another path`);
    const entries = readdirSync(folder);
    if (entries.length > 0 && !entries.includes(MANIFEST_FILE) && !entries.includes(CERTIFICATE_FILE))
      throw new CertificateError(
        `--out ${folder}: a folder that is not a certificate is there (no ${MANIFEST_FILE}); name another path, or remove it`,
      );
    rmSync(folder, { recursive: true, force: true });
  }
  if (existsSync(archive)) {
    if (statSync(archive).isDirectory()) throw new CertificateError(`--out: ${archive} is a folder; name another path`);
    rmSync(archive, { force: true });
  }
}

/** Every file under `dir`, relative with / separators, in path order. */
export function filesUnder(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(dir, prefix)).sort()) {
    const rel = prefix ? `${prefix}/${entry}` : entry;
    if (statSync(join(dir, rel)).isDirectory()) out.push(...filesUnder(dir, rel));
    else out.push(rel);
  }
  return out.sort();
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Whether the suite's own code had changes (git status) when sealing: none, modified, or unknown. */
function suiteChanges(): Certificate['suiteChanges'] {
  try {
    const status = execFileSync(
      'git',
      [
        'status',
        '--porcelain',
        '--',
        'helpers',
        'specs',
        'simulator',
        'schemas',
        'playwright.config.ts',
        'package.json',
        'package-lock.json',
      ],
      { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    return status.trim() === '' ? 'none' : 'modified';
  } catch {
    return 'unknown';
  }
}

function readRunSummary(reportsDir: string): ConformanceSummary {
  const file = join(reportsDir, 'summary.json');
  if (!existsSync(file)) throw new CertificateError(`${file}: missing: the run wrote no summary, there is nothing to certify`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new CertificateError(`${file}: cannot read it as JSON: ${(err as Error).message}`);
  }
  const checked = validate('ConformanceSummary', parsed);
  if (!checked.ok) throw new CertificateError(`${file}: not a summary of this suite: ${checked.errors[0]?.message}`);
  return checked.value;
}

/** certificate.json from the run's summary: its own fields, and every field of summary.json but the rows. */
export function descriptorOf(summary: ConformanceSummary, createdAt: Date): Certificate {
  const copied: Record<string, unknown> = { ...summary };
  for (const field of SUMMARY_ONLY_FIELDS) delete copied[field];
  return {
    format: CERTIFICATE_FORMAT,
    ...(copied as Omit<ConformanceSummary, (typeof SUMMARY_ONLY_FIELDS)[number]>),
    ...statementOf(summary.outcome),
    suiteChanges: suiteChanges(),
    createdAt: createdAt.toISOString(),
  };
}

/** manifest.json of the files of `folder` (all but itself). */
export function manifestOf(folder: string): CertificateManifest {
  const files = filesUnder(folder)
    .filter((path) => path !== MANIFEST_FILE)
    .map((path) => {
      const data = readFileSync(join(folder, path));
      return { path, sha256: sha256(data), bytes: data.length };
    });
  return { format: 'gws-chat-conformance/manifest@1', algorithm: 'sha256', files: files as CertificateManifest['files'] };
}

export interface Sealed {
  folder: string;
  archive: string;
  certificate: Certificate;
  /** SHA-256 of the archive and of manifest.json (which names every other file's): what a vendor can publish. */
  archiveSha256: string;
  manifestSha256: string;
  files: number;
  /** Reports the run did not leave (the Allure report could not be built, say): the certificate has none. */
  absent: string[];
}

/**
 * Seals the certificate of the run in `reportsDir` into `paths`: copies the evidence and reports,
 * writes certificate.json and manifest.json, scans the folder for secrets (the configured `secrets`
 * and the shapes of credentials) and, when none is found, writes the archive.
 */
export function sealCertificate(
  reportsDir: string,
  paths: { folder: string; archive: string },
  options: { secrets: string[]; createdAt?: Date },
): Sealed {
  const summary = readRunSummary(reportsDir);
  const { folder, archive } = paths;
  rmSync(folder, { recursive: true, force: true });
  rmSync(archive, { force: true });
  mkdirSync(folder, { recursive: true });
  const absent: string[] = [];
  for (const part of CONTENT) {
    const from = join(reportsDir, part.path);
    const empty = !existsSync(from) || (statSync(from).isDirectory() && filesUnder(from).length === 0);
    if (empty && part.required) throw new CertificateError(`${from}: missing: a certificate needs ${part.what}, and the run left none`);
    if (empty) absent.push(`${part.path} (${part.what})`);
    else cpSync(from, join(folder, part.path), { recursive: true });
  }
  const createdAt = options.createdAt ?? new Date();
  const certificate = descriptorOf(summary, createdAt);
  writeFileSync(join(folder, CERTIFICATE_FILE), `${JSON.stringify(certificate, null, 2)}\n`);
  const manifest = manifestOf(folder);
  const manifestText = Buffer.from(`${JSON.stringify(manifest, null, 1)}\n`);
  writeFileSync(join(folder, MANIFEST_FILE), manifestText);

  // A password shorter than 6 characters cannot be told from ordinary text; the shapes of credentials
  // (Basic authorization, session cookies, CSRF tokens, GMS keys) are looked for whatever their value.
  const hits = scanForSecrets(
    [folder],
    options.secrets.filter((s) => s.length >= 6),
  );
  if (hits.length > 0) {
    rmSync(folder, { recursive: true, force: true });
    throw new CertificateError(
      `not sealed: ${hits.length} secret${hits.length > 1 ? 's' : ''} in the certificate (the run's reports hold them too, report it as a bug of the suite's redaction; the certificate's folder was removed):\n${hits
        .map((h) => `  ${h.replace(`${folder}/`, '')}`)
        .join('\n')}`,
    );
  }

  const top = basename(folder);
  const entries: [string, Buffer][] = [
    ...manifest.files.map((f): [string, Buffer] => [`${top}/${f.path}`, readFileSync(join(folder, f.path))]),
    [`${top}/${MANIFEST_FILE}`, manifestText],
  ];
  const tarGz = writeTarGz(entries, createdAt);
  writeFileSync(`${archive}.partial`, tarGz);
  renameSync(`${archive}.partial`, archive);
  return {
    folder,
    archive,
    certificate,
    archiveSha256: sha256(tarGz),
    manifestSha256: sha256(manifestText),
    files: entries.length,
    absent,
  };
}
