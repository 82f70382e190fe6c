/**
 * `npm run judge -- transcript.json [more.json ...]`: judges saved transcripts again, offline, and
 * prints the same verdicts the live run printed. Exit code: 0 conformant, 1 non-conformant,
 * 2 inconclusive or unreadable input.
 */
import { readFileSync } from 'node:fs';
import type { Transcript } from '../contract/generated/payloads.ts';
import { judgeTranscript, requirementsFor } from '../judges/judge.ts';
import { verdictFor, worse, worstFinding } from '../judges/verdicts.ts';
import { requirement } from '../judges/requirements.ts';
import { exitCodeOf, outcomeOf, type RequirementRow } from '../report/verdicts-reporter.ts';
import { validate } from '../contract/validator.ts';

export function judgeFiles(files: string[], profile: string): { text: string; code: number } {
  const lines: string[] = [];
  const rows = new Map<string, RequirementRow>();
  for (const file of files) {
    let transcript: Transcript;
    try {
      const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
      const checked = validate('Transcript', parsed);
      if (!checked.ok) return { text: `${file}: not a transcript of this suite:\n${checked.errors.slice(0, 5).map((e) => `  ${e.message}`).join('\n')}`, code: 2 };
      transcript = checked.value;
    } catch (err) {
      return { text: `${file}: cannot read it as JSON: ${(err as Error).message}`, code: 2 };
    }
    const findings = judgeTranscript(transcript);
    const s = transcript.scenario;
    lines.push(`${file}`, `  scenario ${s.kind}${s.probe ? ` (${s.probe})` : ''} against ${transcript.target.baseUrl}, recorded ${transcript.startedAt}`);
    for (const id of requirementsFor(s)) {
      const verdict = verdictFor(findings, id);
      const r = requirement(id);
      const worst = worstFinding(findings, id);
      lines.push(`  ${id.padEnd(20)} ${r.level.padEnd(6)} ${verdict.padEnd(12)} ${worst && verdict !== 'PASS' ? `expected ${worst.expected}; observed ${worst.observed}` : ''}`.trimEnd());
      const row = rows.get(id) ?? { id, level: r.level, verdict, tests: [], reason: '' };
      if (row.verdict !== 'NOT RUN') row.verdict = worse(row.verdict, verdict);
      row.tests.push(file);
      rows.set(id, row);
    }
  }
  const { outcome, line } = outcomeOf([...rows.values()], profile);
  lines.push('', line);
  return { text: lines.join('\n'), code: exitCodeOf(outcome) };
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: npm run judge -- <transcript.json> [more.json ...]   (transcripts are saved under test-results/**/transcripts/)');
    process.exit(2);
  }
  const { text, code } = judgeFiles(files, process.env.GWS_PROFILE?.trim() || 'default');
  (code === 2 ? console.error : console.log)(text);
  process.exit(code);
}
