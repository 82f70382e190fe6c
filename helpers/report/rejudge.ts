/**
 * Re-judging saved transcripts, offline: the same verdicts the live run printed, one block per file,
 * and the one-line verdict over all of them with its exit code. Requirements that no transcript given
 * decides are NOT RUN: re-judging some of a run's transcripts is PARTIAL, never CONFORMANT.
 */
import { readTranscriptFile } from '../evidence/transcript-file.ts';
import { judgeTranscript, requirementsFor } from '../judges/judge.ts';
import { REQUIREMENTS, requirement } from '../judges/requirements.ts';
import { decisionFor, worstFinding } from '../judges/verdicts.ts';
import { outcomeOf, type RequirementRow, worseRow } from './outcome.ts';

/** Judges the transcripts in `files`; code 2 (and the problem) for the first file that is not one. */
export function judgeFiles(files: string[], profile: string): { text: string; code: number } {
  const lines: string[] = [];
  const rows = new Map<string, RequirementRow>(
    REQUIREMENTS.map((r) => [r.id, { id: r.id, level: r.level, verdict: 'NOT RUN', tests: [], reason: '' }]),
  );
  const targets = new Set<string>();
  for (const file of files) {
    const read = readTranscriptFile(file);
    if ('problem' in read) return { text: read.problem, code: 2 };
    const transcript = read.transcript;
    const findings = judgeTranscript(transcript);
    const s = transcript.scenario;
    targets.add(transcript.target.baseUrl);
    lines.push(
      `${file}`,
      `  scenario ${s.kind}${s.probe ? ` (${s.probe})` : ''} against ${transcript.target.baseUrl}, recorded ${transcript.startedAt}`,
    );
    for (const id of requirementsFor(s)) {
      const verdict = decisionFor(findings, id);
      const r = requirement(id);
      const worst = worstFinding(findings, id);
      lines.push(
        `  ${id.padEnd(20)} ${r.level.padEnd(6)} ${verdict.padEnd(14)} ${worst && verdict !== 'PASS' ? `expected ${worst.expected}; observed ${worst.observed}` : ''}`.trimEnd(),
      );
      const row = rows.get(id) ?? { id, level: r.level, verdict: 'NOT RUN', tests: [], reason: '' };
      row.verdict = worseRow(row.verdict, verdict);
      row.tests.push(file);
      rows.set(id, row);
    }
  }
  const { line, exitCode } = outcomeOf([...rows.values()], profile, { target: [...targets].join(', ') });
  lines.push('', line);
  return { text: lines.join('\n'), code: exitCode };
}
