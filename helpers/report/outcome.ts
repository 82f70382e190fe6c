/**
 * The outcome of a run from its requirement rows: CONFORMANT, NON-CONFORMANT, INCONCLUSIVE or NOTHING
 * RUN, the one-line verdict, and the exit code (0, 1, 2). The verdicts file is what the reporter hands
 * the conformance command.
 */
import { readFileSync } from 'node:fs';
import type { ConformanceSummary, SummaryRow } from '../contract/generated/payloads.ts';

export type RequirementRow = Pick<SummaryRow, 'id' | 'level' | 'verdict' | 'tests' | 'reason'> & { flaky?: boolean };

export interface VerdictsFile {
  rows: RequirementRow[];
  line: string;
  outcome: ConformanceSummary['outcome'];
  profile: string;
}

export function outcomeOf(rows: RequirementRow[], profile: string): { outcome: VerdictsFile['outcome']; line: string } {
  const count = (v: RequirementRow['verdict']) => rows.filter((r) => r.verdict === v).length;
  const ids = (v: RequirementRow['verdict']) =>
    rows
      .filter((r) => r.verdict === v)
      .map((r) => r.id)
      .join(', ');
  const run = rows.filter((r) => r.verdict !== 'NOT RUN');
  if (run.length === 0) return { outcome: 'nothing-run', line: 'NOTHING RUN: no conformance test decided a requirement' };
  const failed = count('FAIL') + (profile === 'strict' ? count('NON-STRICT') : 0);
  const rest = `${count('PASS')} passed${count('NON-STRICT') && profile !== 'strict' ? `, ${count('NON-STRICT')} non-strict` : ''}${count('INCONCLUSIVE') ? `, ${count('INCONCLUSIVE')} inconclusive` : ''}${count('INFO') ? `, ${count('INFO')} not judged (info)` : ''}`;
  if (failed > 0)
    return {
      outcome: 'non-conformant',
      line: `NON-CONFORMANT: ${failed} failed (${[ids('FAIL'), profile === 'strict' ? ids('NON-STRICT') : ''].filter(Boolean).join(', ')}), ${rest}`,
    };
  if (count('INCONCLUSIVE') > 0)
    return {
      outcome: 'inconclusive',
      line: `INCONCLUSIVE: ${count('INCONCLUSIVE')} requirements could not be decided (${ids('INCONCLUSIVE')}), ${count('PASS')} passed`,
    };
  return {
    outcome: 'conformant',
    line: `CONFORMANT: ${count('PASS')} requirements passed, ${count('NON-STRICT')} non-strict${count('INFO') ? `, ${count('INFO')} info` : ''}${count('NOT RUN') ? `, ${count('NOT RUN')} not run` : ''}`,
  };
}

export function exitCodeOf(outcome: VerdictsFile['outcome']): 0 | 1 | 2 {
  return outcome === 'conformant' ? 0 : outcome === 'non-conformant' ? 1 : 2;
}

/** Reads the verdicts file the reporter wrote (GWS_VERDICTS_FILE). */
export function readVerdictsFile(file: string): VerdictsFile {
  return JSON.parse(readFileSync(file, 'utf8')) as VerdictsFile;
}
