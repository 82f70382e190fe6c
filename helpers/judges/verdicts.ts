/**
 * The verdict ranking, in one place: how bad a verdict is, the worse of two, and the verdict of one
 * requirement over its findings. Used by the judges, the reports and the re-judge command alike.
 */
import type { Finding, Verdict } from '../contract/generated/payloads.ts';
import { NOT_APPLICABLE, NOT_JUDGED } from './check.ts';

/** How bad a verdict is: FAIL > NON-STRICT > INCONCLUSIVE > PASS > INFO. */
export const VERDICT_RANK: Record<Verdict, number> = { FAIL: 4, 'NON-STRICT': 3, INCONCLUSIVE: 2, PASS: 1, INFO: 0 };

/** The worse of two verdicts. */
export function worse(a: Verdict, b: Verdict): Verdict {
  return VERDICT_RANK[b] > VERDICT_RANK[a] ? b : a;
}

/** The worst finding about one requirement, if any. */
export function worstFinding(findings: Finding[], id: string): Finding | undefined {
  return findings
    .filter((f) => f.requirement === id)
    .reduce<Finding | undefined>((w, f) => (!w || VERDICT_RANK[f.verdict] > VERDICT_RANK[w.verdict] ? f : w), undefined);
}

/** The verdict of one requirement over its findings: the worst one, INFO only when nothing else. */
export function verdictFor(findings: Finding[], id: string): Verdict {
  return worstFinding(findings, id)?.verdict ?? 'INFO';
}

/**
 * What a run decided about one requirement: its worst verdict, or, when the findings are INFO only,
 * NOT APPLICABLE (the target declares a profile the requirement does not apply to) or NOT DECIDED
 * (what it is about did not happen, or no check reached it). A PASS for some actors and "not judged"
 * for another is NOT DECIDED: the requirement is proven only where it was judged.
 */
export type Decision = Exclude<Verdict, 'INFO'> | 'NOT DECIDED' | 'NOT APPLICABLE';

export function decisionFor(findings: Finding[], id: string): Decision {
  const worst = worstFinding(findings, id);
  if (worst?.verdict === 'PASS' && findings.some((f) => f.requirement === id && f.expected === NOT_JUDGED)) return 'NOT DECIDED';
  if (worst && worst.verdict !== 'INFO') return worst.verdict;
  return findings.some((f) => f.requirement === id && f.expected === NOT_APPLICABLE) ? 'NOT APPLICABLE' : 'NOT DECIDED';
}
