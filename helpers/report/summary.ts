/**
 * The conformance summary a vendor hands in (summary.json, schemas/summary.schema.json; summary.md):
 * the outcome, the target, the settings used, suite version and commit, schemas fingerprint, the causes
 * of what could not be decided (each once), one row per requirement, the open choices met (apart), and
 * the information found.
 * Written however the run ended: a configuration error or an interruption gets one too.
 */

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemasFingerprint } from '../contract/fingerprint.ts';
import type { ConformanceSummary, SummaryRow } from '../contract/generated/payloads.ts';
import { validate } from '../contract/validator.ts';
import { redactText } from '../evidence/redact.ts';
import { openChoicesMarkdown } from './open-choices.ts';
import type { Outcome, RequirementRow, RequirementText } from './outcome.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function gitCommit(): string {
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
    ...(s.causes.length > 0 ? ['## What could not be decided, and why', '', ...s.causes.map((c, i) => `${i + 1}. ${c}`), ''] : []),
    '| | |',
    '|---|---|',
    `| Target | ${cell(s.target)} |`,
    `| Profile | ${s.profile} |`,
    `| Exit code | ${s.exitCode} |`,
    `| Suite | ${s.suite.name} ${s.suite.version} (commit ${s.suite.commit}) |`,
    `| Schemas | ${s.schemasFingerprint} |`,
    `| Run | ${s.startedAt} to ${s.endedAt} |`,
    `| Declared profile | ${declaredProfile(s)} |`,
    ...(s.settingsUsed ? [] : Object.entries(s.settings).map(([k, v]) => `| Setting ${k} | ${cell(String(v))} |`)),
    ...(s.transportUsed ? [`| CometD transport used | ${cell(s.transportUsed)} |`] : []),
    '',
    ...(s.settingsUsed
      ? [
          '## Settings used',
          '',
          '| Setting | Value | From |',
          '|---|---|---|',
          ...s.settingsUsed.map((u) => `| \`${u.name}\` | ${cell(u.value)} | ${u.source} |`),
          '',
        ]
      : []),
    'Verdicts: PASS holds; FAIL a MUST is broken; NON-STRICT a SHOULD the docs state or show in a sample is broken (where the docs leave a choice open, the other answer is an open choice, listed apart below); INCONCLUSIVE the target or network failed; NOT DECIDED a test ran but nothing decided it; NOT APPLICABLE the server is declared without what it is about (GWS_SERVER_WITHOUT), or the optional field it is about never appeared; NOT RUN no test of this run decided it.',
    '',
    '| Requirement | Level | Verdict | Requirement text | Decided by | Reason |',
    '|---|---|---|---|---|---|',
    ...s.requirements.map(
      (r) =>
        `| [${r.id}](${r.url ?? ''}) | ${r.level} | ${r.verdict}${r.flaky ? ' (flaky)' : ''} | ${cell(r.text)} | ${cell(r.tests.join('; '))} | ${cell(r.reason)} |`,
    ),
    '',
    ...openChoicesMarkdown(s.openChoices ?? []),
    `## Information (${s.information.length} kinds, never failures)`,
    '',
    ...(s.information.length > 0
      ? s.information.map((i) => `- ${i.requirement}: ${cell(i.text)}${i.count && i.count > 1 ? ` (${i.count} times)` : ''}`)
      : ['None: no undocumented property was seen.']),
    '',
  ];
  return lines.join('\n');
}

/** The declared profile in one cell: what the user declared the server is without, and what then does not apply. */
function declaredProfile(s: ConformanceSummary): string {
  const without = s.declared?.without ?? [];
  if (without.length === 0) return 'nothing declared off: every requirement applies (GWS_SERVER_WITHOUT unset)';
  return without.map((w) => `without ${w.name} (${w.what}): ${w.requirements.join(', ')} not applicable`).join('; ');
}

export interface SummaryInput {
  rows: RequirementRow[];
  outcome: Outcome;
  exitCode: 0 | 1 | 2 | 3;
  line: string;
  profile: string;
  target: string;
  settings: Record<string, string | number | boolean>;
  settingsUsed?: ConformanceSummary['settingsUsed'];
  declared?: ConformanceSummary['declared'];
  /** The CometD transport the sessions used (fall-back included), from the run's transcripts. */
  transportUsed?: string;
  causes: string[];
  information: ConformanceSummary['information'];
  /** Where the docs leave a choice open and the server chose otherwise: listed apart. */
  openChoices?: ConformanceSummary['openChoices'];
  startedAt: Date;
  /** The suite's requirement catalogue: one row each, in its order. */
  requirements: readonly RequirementText[];
}

/** Rows for every requirement of the catalogue: those a run did not reach are NOT RUN. */
export function completeRows(requirements: readonly RequirementText[], rows: RequirementRow[]): RequirementRow[] {
  return requirements.map(
    (r) =>
      rows.find((x) => x.id === r.id) ?? {
        id: r.id,
        level: r.level,
        verdict: 'NOT RUN',
        tests: [],
        reason: 'no test of this run decided it',
      },
  );
}

/** The summary of a run, checked against its schema (a mismatch is printed, never hidden). */
export function buildSummary(input: SummaryInput): ConformanceSummary {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  const rows: SummaryRow[] = completeRows(input.requirements, input.rows).map((row) => {
    const r = input.requirements.find((x) => x.id === row.id)!;
    return {
      id: r.id,
      level: r.level,
      verdict: row.verdict,
      text: r.text,
      source: r.source,
      url: r.url,
      tests: row.tests,
      ...(row.flaky ? { flaky: true } : {}),
      reason: redactText(row.reason),
    };
  });
  const counts: Record<string, number> = {};
  for (const r of rows) counts[r.verdict] = (counts[r.verdict] ?? 0) + 1;
  const summary: ConformanceSummary = {
    format: 'gws-chat-conformance/summary@2',
    suite: { name: pkg.name, version: pkg.version, commit: gitCommit() },
    schemasFingerprint: schemasFingerprint(),
    target: redactText(input.target),
    profile: input.profile === 'strict' ? 'strict' : 'default',
    settings: input.settings,
    ...(input.settingsUsed ? { settingsUsed: input.settingsUsed.map((u) => ({ ...u, value: redactText(u.value) })) } : {}),
    ...(input.declared ? { declared: input.declared } : {}),
    ...(input.transportUsed ? { transportUsed: input.transportUsed } : {}),
    startedAt: input.startedAt.toISOString(),
    endedAt: new Date().toISOString(),
    outcome: input.outcome,
    exitCode: input.exitCode,
    line: redactText(input.line),
    counts,
    causes: input.causes.map(redactText),
    openChoices: (input.openChoices ?? []).map((c) => ({ ...c, answer: redactText(c.answer) })),
    information: input.information.map((i) => ({ ...i, text: redactText(i.text) })),
    requirements: rows,
  };
  const checked = validate('ConformanceSummary', summary);
  if (!checked.ok)
    console.error(`summary.json does not match schemas/summary.schema.json: ${checked.errors.map((e) => e.message).join('; ')}`);
  return summary;
}

/** Writes summary.json and summary.md into the reports folder; returns their paths. */
export function writeSummary(reportsDir: string, summary: ConformanceSummary): string[] {
  mkdirSync(reportsDir, { recursive: true });
  const json = join(reportsDir, 'summary.json');
  const md = join(reportsDir, 'summary.md');
  writeFileSync(json, `${JSON.stringify(summary, null, 2)}\n`);
  writeFileSync(md, markdown(summary));
  return [md, json];
}
