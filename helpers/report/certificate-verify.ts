/**
 * Verifying a certificate (`npm run verify -- <folder or .tar.gz>`), offline, in seconds:
 *
 *  1. every file is the one sealed: the manifest's SHA-256 and size of each, nothing missing or added;
 *  2. certificate.json says what summary.json says (every field it copies), and what it certifies
 *     follows from the outcome;
 *  3. summary.json agrees with itself (its outcome, exit code and line follow from its rows) and with
 *     summary.md (the headline and each requirement's verdict);
 *  4. every transcript, judged again by this suite, gives each requirement the verdict summary.json
 *     records;
 *  5. which suite version, commit and schemas made it, with a warning when they are not this verifier's
 *     (a difference in the verdicts may then come from the suite, not from the certificate).
 *
 * Exit 0 verified, 1 a file changed or the certificate contradicts itself (each problem named),
 * 2 not a certificate (UnusableCertificate, from reading it).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { SUMMARY_FORMAT } from '../compare/load.ts';
import { schemasFingerprint } from '../contract/fingerprint.ts';
import type { Certificate, ConformanceSummary, Transcript } from '../contract/generated/payloads.ts';
import { type PayloadKind, type PayloadTypes, validate } from '../contract/validator.ts';
import { parseTranscript } from '../evidence/transcript-file.ts';
import type { JudgingPlan } from '../judges/judge.ts';
import { CERTIFICATE_FILE, CERTIFICATE_FORMAT, OUTCOME_WORD, OWN_FIELDS, SUMMARY_ONLY_FIELDS, statementOf } from './certificate.ts';
import { checkManifest, type ReadCertificate, readCertificate, UnusableCertificate } from './certificate-read.ts';
import { outcomeOf } from './outcome.ts';
import { rejudge } from './rejudge.ts';
import { gitCommit } from './summary.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXIT: Record<ConformanceSummary['outcome'], number> = {
  conformant: 0,
  'non-conformant': 1,
  inconclusive: 2,
  'nothing-run': 2,
  partial: 3,
};

export interface Verification {
  exitCode: 0 | 1;
  /** Intact, consistent, and a certification (the run was CONFORMANT). */
  certifies: boolean;
  /** What the certificate is and what was checked, line by line. */
  lines: string[];
  /** Each problem, naming its file or requirement. */
  problems: string[];
  warnings: string[];
  /** The one-line result. */
  line: string;
}

function parse<K extends PayloadKind>(cert: ReadCertificate, path: string, kind: K, problems: string[]): PayloadTypes[K] | undefined {
  const data = cert.files.get(path);
  if (!data) return undefined; // named by the manifest check, or below
  let parsed: unknown;
  try {
    parsed = JSON.parse(data.toString('utf8'));
  } catch (err) {
    problems.push(`${path}: cannot read it as JSON: ${(err as Error).message}`);
    return undefined;
  }
  const checked = validate(kind, parsed);
  if (!checked.ok) problems.push(`${path}: not a ${kind} of this suite: ${checked.errors[0]?.message}`);
  return checked.ok ? checked.value : undefined;
}

/**
 * A certificate intact as sealed, in formats this suite does not read (made by another version of it),
 * cannot be judged here: unusable, saying so, rather than a list of differences that are no tampering.
 */
function sameFormats(cert: ReadCertificate, path: string): void {
  for (const [file, format] of [
    [CERTIFICATE_FILE, CERTIFICATE_FORMAT],
    ['summary.json', SUMMARY_FORMAT],
  ]) {
    let found: unknown;
    try {
      found = (JSON.parse(cert.files.get(file)?.toString('utf8') ?? '{}') as { format?: unknown }).format;
    } catch {
      continue; // named as unreadable by what reads it
    }
    if (found !== undefined && found !== format)
      throw new UnusableCertificate(
        `${file} of ${path}: another format version (${JSON.stringify(found)}); this suite reads ${format}: verify it with the suite version that made it`,
      );
  }
}

/** certificate.json against summary.json: every field it copies equal, what it certifies from the outcome. */
function sameAsSummary(certificate: Certificate, summary: ConformanceSummary): string[] {
  const problems: string[] = [];
  const c = certificate as unknown as Record<string, unknown>;
  const s = summary as unknown as Record<string, unknown>;
  const own = new Set<string>(OWN_FIELDS);
  const summaryOnly = new Set<string>(SUMMARY_ONLY_FIELDS);
  for (const key of new Set([...Object.keys(c), ...Object.keys(s)])) {
    if (own.has(key) || summaryOnly.has(key)) continue;
    if (!isDeepStrictEqual(c[key], s[key]))
      problems.push(
        `${CERTIFICATE_FILE}: ${key} is ${JSON.stringify(c[key]) ?? '(absent)'}, summary.json says ${JSON.stringify(s[key]) ?? '(absent)'}`,
      );
  }
  const expected = statementOf(summary.outcome);
  if (certificate.certifies !== expected.certifies || certificate.statement !== expected.statement)
    problems.push(`${CERTIFICATE_FILE}: says "${certificate.statement}" of a run that ended ${summary.outcome}`);
  return problems;
}

/** summary.json's outcome, exit code and line against its own rows. */
function selfConsistent(summary: ConformanceSummary): string[] {
  const problems: string[] = [];
  const rows = outcomeOf(summary.requirements, summary.profile);
  // Only an interruption or a broken run makes the outcome worse than the rows (INCONCLUSIVE); a
  // broken requirement makes it NON-CONFORMANT whatever else happened.
  if (summary.outcome === 'inconclusive' ? rows.outcome === 'non-conformant' : rows.outcome !== summary.outcome)
    problems.push(`summary.json: says ${summary.outcome}, its rows say ${rows.outcome} (${rows.line})`);
  if (summary.exitCode !== EXIT[summary.outcome])
    problems.push(`summary.json: exit code ${summary.exitCode} for a ${summary.outcome} run (${EXIT[summary.outcome]})`);
  if (!summary.line.startsWith(OUTCOME_WORD[summary.outcome]))
    problems.push(`summary.json: its line "${summary.line.slice(0, 60)}" does not say ${OUTCOME_WORD[summary.outcome]}`);
  return problems;
}

/** summary.md against summary.json: the headline, and each requirement's verdict in its table. */
function sameMarkdown(markdown: string, summary: ConformanceSummary, warnings: string[]): string[] {
  const problems: string[] = [];
  if (!markdown.includes(`: ${summary.outcome.toUpperCase()}\n`) || !markdown.includes(`**${summary.line}**`))
    problems.push(`summary.md: its headline is not summary.json's (${summary.outcome.toUpperCase()}, "${summary.line.slice(0, 60)}...")`);
  const verdicts = new Map<string, string>();
  for (const line of markdown.split('\n')) {
    const m = /^\| \[([A-Z0-9-]+)\]\([^)]*\) \| [A-Z]+ \| ([A-Z -]+?)( \(flaky\))? \|/.exec(line);
    if (m) verdicts.set(m[1], m[2]);
  }
  if (verdicts.size === 0) {
    warnings.push('summary.md: no requirement table found to compare with summary.json (another layout?)');
    return problems;
  }
  for (const r of summary.requirements) {
    const md = verdicts.get(r.id);
    if (md !== r.verdict) problems.push(`summary.md: ${r.id} is ${md ?? '(absent)'}, summary.json says ${r.verdict}`);
  }
  return problems;
}

/** Every transcript judged again: each requirement's verdict against summary.json's. */
function sameVerdicts(
  plan: JudgingPlan,
  cert: ReadCertificate,
  summary: ConformanceSummary,
  problems: string[],
): { transcripts: number; compared: number } {
  const transcripts: { file: string; transcript: Transcript }[] = [];
  for (const [path, data] of cert.files) {
    if (!path.startsWith('transcripts/') || !path.endsWith('.json')) continue;
    const read = parseTranscript(data.toString('utf8'), path);
    if ('problem' in read) problems.push(read.problem.split('\n')[0]);
    else transcripts.push({ file: path, transcript: read.transcript });
  }
  const rejudged = new Map(rejudge(plan, transcripts).rows.map((r) => [r.id, r]));
  const recorded = new Map(summary.requirements.map((r) => [r.id, r]));
  for (const id of new Set([...recorded.keys(), ...rejudged.keys()])) {
    const was = recorded.get(id)?.verdict ?? '(no row)';
    const now = rejudged.get(id);
    if (was === now?.verdict) continue;
    const from = now?.tests.length ? ` (${now.tests.join(', ')})` : '';
    problems.push(
      now
        ? `${id}: summary.json says ${was}; the transcripts, judged again, say ${now.verdict}${from}`
        : `${id}: summary.json says ${was}; this suite has no such requirement`,
    );
  }
  return { transcripts: transcripts.length, compared: recorded.size };
}

/** The verifier's own suite: name, version, commit, schemas. */
function ownSuite(): { name: string; version: string; commit: string; schemas: string } {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  return { name: pkg.name, version: pkg.version, commit: gitCommit(), schemas: schemasFingerprint() };
}

function identity(certificate: Certificate, warnings: string[]): string[] {
  const own = ownSuite();
  const made = certificate.suite;
  const sameCode = made.version === own.version && (made.commit === own.commit || made.commit === 'unknown' || own.commit === 'unknown');
  if (made.name !== own.name || !sameCode)
    warnings.push(
      `made by ${made.name} ${made.version} (commit ${made.commit}), verified with ${own.name} ${own.version} (commit ${own.commit}): a difference in the verdicts may come from the suite, not the certificate`,
    );
  if (certificate.schemasFingerprint !== own.schemas)
    warnings.push(
      'made with other schemas than this verifier has: a difference in the verdicts may come from the schemas, not the certificate',
    );
  if (certificate.suiteChanges !== 'none')
    warnings.push(
      `the suite that made it ${certificate.suiteChanges === 'modified' ? 'had local changes' : 'could not tell whether it had local changes'}: it certifies only as well as those changes`,
    );
  return [
    `made by: ${made.name} ${made.version}, commit ${made.commit}${certificate.suiteChanges === 'none' ? '' : ` (local changes: ${certificate.suiteChanges})`}; sealed ${certificate.createdAt}`,
    `schemas: ${certificate.schemasFingerprint}`,
    `verified with: ${own.name} ${own.version}, commit ${own.commit}${own.schemas === certificate.schemasFingerprint ? ', the same schemas' : ', other schemas'}`,
  ];
}

/** What the certificate holds, in words. */
function contents(cert: ReadCertificate): string {
  const paths = [...cert.files.keys()];
  const has = (prefix: string) => paths.some((p) => p.startsWith(prefix));
  const transcripts = paths.filter((p) => p.startsWith('transcripts/')).length;
  return [
    has('summary.json') ? 'summary.json' : '',
    has('summary.md') ? 'summary.md' : '',
    `${transcripts} transcripts`,
    has('junit.xml') ? 'junit.xml' : '',
    has('playwright-html/index.html') ? 'Playwright HTML report' : 'no Playwright HTML report',
    has('allure-report/index.html') ? 'Allure report' : 'no Allure report',
    `${paths.length} files`,
  ]
    .filter(Boolean)
    .join(', ');
}

/** The settings, the declared profile and any field this verifier does not know, as recorded. */
function recorded(certificate: Certificate): string[] {
  const c = certificate as unknown as Record<string, unknown>;
  const shown = new Set([...OWN_FIELDS, 'suite', 'schemasFingerprint', 'target', 'profile', 'settings', 'outcome', 'exitCode', 'line']);
  for (const k of ['startedAt', 'endedAt', 'counts', 'causes', 'declared', 'settingsUsed']) shown.add(k);
  const value = (v: unknown) => (typeof v === 'object' ? JSON.stringify(v) : String(v));
  const declared = c.declared as ConformanceSummary['declared'];
  const used = c.settingsUsed as ConformanceSummary['settingsUsed'];
  const given = used?.filter((u) => u.source === 'environment').map((u) => `${u.name}=${u.value}`);
  const settings = used
    ? `settings: ${given?.join(', ') || 'none given'}; the ${used.length - (given?.length ?? 0)} others at their defaults`
    : `settings: ${
        Object.entries(certificate.settings as Record<string, unknown>)
          .map(([k, v]) => `${k}=${value(v)}`)
          .join(', ') || '(none)'
      }`;
  return [
    `target: ${certificate.target}; profile: ${certificate.profile}; run ${certificate.startedAt ?? '?'} to ${certificate.endedAt ?? '?'}`,
    `declared profile: ${
      !declared
        ? '(not recorded: a suite older than the declared profile)'
        : declared.without.length === 0
          ? 'nothing declared off: every requirement applies'
          : declared.without.map((w) => `without ${w.name}: ${w.requirements.join(', ')} not applicable`).join('; ')
    }`,
    settings,
    ...Object.keys(c)
      .filter((k) => !shown.has(k))
      .map((k) => `${k}: ${value(c[k])}`),
    ...(certificate.causes ?? []).map((cause, i) => `cause ${i + 1}: ${cause}`),
  ];
}

/** Verifies the certificate at `path`; throws UnusableCertificate when it is not one. */
export function verifyCertificate(plan: JudgingPlan, path: string): Verification {
  const cert = readCertificate(path);
  const lines = [`certificate: ${path} (manifest sha256:${cert.manifestSha256})`];
  const warnings: string[] = [];
  const problems = checkManifest(cert);
  lines.push(
    `files: ${contents(cert)}; ${problems.length === 0 ? 'each one the file sealed (SHA-256 and size)' : `${problems.length} not as sealed`}`,
  );
  if (problems.length === 0) sameFormats(cert, path);
  const certificate = parse(cert, CERTIFICATE_FILE, 'Certificate', problems);
  const summary = parse(cert, 'summary.json', 'ConformanceSummary', problems);
  if (certificate) lines.push(...identity(certificate, warnings), ...recorded(certificate));
  if (certificate && summary) problems.push(...sameAsSummary(certificate, summary));
  if (summary) {
    problems.push(...selfConsistent(summary));
    const markdown = cert.files.get('summary.md');
    if (markdown) problems.push(...sameMarkdown(markdown.toString('utf8'), summary, warnings));
    const before = problems.length;
    const { transcripts, compared } = sameVerdicts(plan, cert, summary, problems);
    lines.push(
      `re-judged: ${transcripts} transcripts, offline; ${problems.length === before ? `each of the ${compared} requirements has the verdict summary.json records` : `${problems.length - before} disagreement${problems.length - before > 1 ? 's' : ''} with summary.json`}`,
    );
  }
  for (const required of [CERTIFICATE_FILE, 'summary.json', 'summary.md'])
    if (!cert.files.has(required) && !problems.some((p) => p.startsWith(`${required}:`))) problems.push(`${required}: missing`);
  if (problems.length > 0)
    return {
      exitCode: 1,
      certifies: false,
      lines,
      problems,
      warnings,
      line: `NOT VERIFIED: ${problems.length} problem${problems.length > 1 ? 's' : ''}: ${problems[0]}${problems.length > 1 ? '; ...' : ''}`,
    };
  const says = certificate!.certifies ? `it certifies ${summary!.line}` : `it ${certificate!.statement}: ${summary!.line}`;
  return {
    exitCode: 0,
    certifies: certificate!.certifies === true,
    lines,
    problems,
    warnings,
    line: `VERIFIED: every file as sealed, every verdict follows from the transcripts; ${says}`,
  };
}
