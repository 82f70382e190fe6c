/**
 * The conformance summary a vendor hands in (summary.json, schemas/summary.schema.json; summary.md):
 * target, profile, suite version and commit, schemas fingerprint, one row per requirement.
 */

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConformanceSummary, SummaryRow } from '../contract/generated/payloads.ts';
import { validate } from '../contract/validator.ts';
import { redactText } from '../evidence/redact.ts';
import { exitCodeOf, type RequirementRow, type VerdictsFile } from './outcome.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** sha256 over the schema files (name and content, in name order). */
export function schemasFingerprint(dir = join(ROOT, 'schemas')): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.schema.json'))
    .sort()) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(dir, file)))
      .update('\0');
  }
  return `sha256:${hash.digest('hex')}`;
}

function gitCommit(): string {
  try {
    return (
      execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim() || 'unknown'
    );
  } catch {
    return 'unknown';
  }
}

function markdown(s: ConformanceSummary): string {
  const cell = (t: string) => t.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [
    `# GWS Chat API conformance: ${s.outcome.toUpperCase()}`,
    '',
    `**${s.line}**`,
    '',
    '| | |',
    '|---|---|',
    `| Target | ${cell(s.target)} |`,
    `| Profile | ${s.profile} |`,
    `| Suite | ${s.suite.name} ${s.suite.version} (commit ${s.suite.commit}) |`,
    `| Schemas | ${s.schemasFingerprint} |`,
    `| Run | ${s.startedAt} to ${s.endedAt} |`,
    '',
    'Verdicts: PASS holds; FAIL a MUST is broken; NON-STRICT a SHOULD (or an inferred fact) is broken; INFO not judged or information; INCONCLUSIVE the target or network failed; NOT RUN no test decided it in this run.',
    '',
    '| Requirement | Level | Verdict | Requirement text | Decided by | Reason |',
    '|---|---|---|---|---|---|',
    ...s.requirements.map(
      (r) =>
        `| [${r.id}](${r.url ?? ''}) | ${r.level} | ${r.verdict}${r.flaky ? ' (flaky)' : ''} | ${cell(r.text)} | ${cell(r.tests.join('; '))} | ${cell(r.reason)} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

export interface SummaryInput {
  rows: (SummaryRow & RequirementRow)[];
  outcome: VerdictsFile['outcome'];
  line: string;
  profile: string;
  target: string;
  startedAt: Date;
}

/** The summary of a run, checked against its schema (a mismatch is printed, never hidden). */
export function buildSummary({ rows, outcome, line, profile, target, startedAt }: SummaryInput): ConformanceSummary {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  const counts: Record<string, number> = {};
  for (const r of rows) counts[r.verdict] = (counts[r.verdict] ?? 0) + 1;
  const summary: ConformanceSummary = {
    format: 'gws-chat-conformance/summary@1',
    suite: { name: pkg.name, version: pkg.version, commit: gitCommit() },
    schemasFingerprint: schemasFingerprint(),
    target: redactText(target),
    profile: profile as ConformanceSummary['profile'],
    startedAt: startedAt.toISOString(),
    endedAt: new Date().toISOString(),
    outcome,
    exitCode: exitCodeOf(outcome),
    line,
    counts,
    requirements: rows.map(({ id, level, verdict, text, source, url, tests, flaky, reason }) => ({
      id,
      level,
      verdict,
      text,
      source,
      url,
      tests,
      ...(flaky ? { flaky } : {}),
      reason,
    })),
  };
  const checked = validate('ConformanceSummary', summary);
  if (!checked.ok)
    console.error(`summary.json does not match schemas/summary.schema.json: ${checked.errors.map((e) => e.message).join('; ')}`);
  return summary;
}

/** Writes summary.json and summary.md into the reports folder. */
export function writeSummary(reportsDir: string, summary: ConformanceSummary): void {
  mkdirSync(reportsDir, { recursive: true });
  writeFileSync(join(reportsDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  writeFileSync(join(reportsDir, 'summary.md'), markdown(summary));
}
