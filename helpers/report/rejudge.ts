/**
 * Re-judging saved transcripts, offline: the same verdicts the live run printed, one block per file,
 * and the one-line verdict over all of them with its exit code. Requirements that no transcript given
 * decides are NOT RUN: re-judging some of a run's transcripts is PARTIAL, never CONFORMANT.
 *
 * `rejudge` is the one place that folds transcripts into requirement rows as the live run does (each
 * requirement's worst decision over the transcripts of the scenarios that decide it): `npm run judge`
 * prints it, `npm run verify` compares it with a certificate's summary.
 */
import type { Finding, Transcript } from '../contract/generated/payloads.ts';
import { readTranscriptFile } from '../evidence/transcript-file.ts';
import { type JudgingPlan, judgeTranscript, requirementIn, requirementsFor } from '../judges/judge.ts';
import { type Decision, decisionFor, worstFinding } from '../judges/verdicts.ts';
import { foldOpenChoices } from './open-choices.ts';
import { outcomeOf, type RequirementRow, worseRow } from './outcome.ts';

/** One transcript judged again: its findings and its decision on each requirement its scenario decides. */
export interface Rejudged {
  file: string;
  transcript: Transcript;
  findings: Finding[];
  decisions: { id: string; verdict: Decision }[];
}

/**
 * Judges each transcript and folds the decisions into one row per requirement of the catalogue (NOT
 * RUN where no transcript decides it); a row's `tests` are the files that decided it.
 */
export function rejudge(
  plan: JudgingPlan,
  transcripts: { file: string; transcript: Transcript }[],
): { judged: Rejudged[]; rows: RequirementRow[] } {
  const rows = new Map<string, RequirementRow>(
    plan.requirements.map((r) => [r.id, { id: r.id, level: r.level, verdict: 'NOT RUN', tests: [], reason: '' }]),
  );
  const judged = transcripts.map(({ file, transcript }) => {
    const findings = judgeTranscript(plan, transcript);
    const decisions = requirementsFor(plan, transcript.scenario).map((id) => ({ id, verdict: decisionFor(findings, id) }));
    for (const { id, verdict } of decisions) {
      const row = rows.get(id) ?? { id, level: requirementIn(plan, id).level, verdict: 'NOT RUN', tests: [], reason: '' };
      row.verdict = worseRow(row.verdict, verdict);
      row.tests.push(file);
      rows.set(id, row);
    }
    return { file, transcript, findings, decisions };
  });
  return { judged, rows: [...rows.values()] };
}

/** Judges the transcripts in `files`; code 2 (and the problem) for the first file that is not one. */
export function judgeFiles(plan: JudgingPlan, files: string[], profile: string): { text: string; code: number } {
  const read: { file: string; transcript: Transcript }[] = [];
  for (const file of files) {
    const r = readTranscriptFile(file);
    if ('problem' in r) return { text: r.problem, code: 2 };
    read.push({ file, transcript: r.transcript });
  }
  const { judged, rows } = rejudge(plan, read);
  const lines: string[] = [];
  for (const { file, transcript, findings, decisions } of judged) {
    const s = transcript.scenario;
    lines.push(
      `${file}`,
      `  scenario ${s.kind}${s.probe ? ` (${s.probe})` : ''} against ${transcript.target.baseUrl}, recorded ${transcript.startedAt}`,
    );
    for (const { id, verdict } of decisions) {
      const worst = worstFinding(findings, id);
      lines.push(
        `  ${id.padEnd(20)} ${requirementIn(plan, id).level.padEnd(6)} ${verdict.padEnd(14)} ${worst && verdict !== 'PASS' ? `expected ${worst.expected}; observed ${worst.observed}` : ''}`.trimEnd(),
      );
    }
  }
  const choices = foldOpenChoices(
    plan.openChoices,
    judged.flatMap(({ findings }) =>
      findings
        .filter((f) => f.verdict === 'INFO' && f.open)
        .map((f) => ({ requirement: f.requirement, choice: f.open!, answer: f.observed })),
    ),
  );
  if (choices.length > 0) {
    lines.push('', `Open choices (${choices.length}: the docs leave them open, never failures):`);
    for (const c of choices)
      lines.push(`  ${c.requirement} (${c.choice}): ${c.answer}${c.count && c.count > 1 ? ` (${c.count} times)` : ''}`);
  }
  const targets = [...new Set(judged.map((j) => j.transcript.target.baseUrl))];
  const { line, exitCode } = outcomeOf(rows, profile, { target: targets.join(', ') });
  lines.push('', line);
  return { text: lines.join('\n'), code: exitCode };
}
