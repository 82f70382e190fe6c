/**
 * The verdict ranking, in one place: how bad a verdict is, the worse of two, and the verdict of one
 * requirement over its findings. Used by the judges, the reports and the re-judge command alike.
 */
import type { Finding, Verdict } from '../contract/generated/payloads.ts';
import { NOT_APPLICABLE, NOT_JUDGED } from './check.ts';

/** A requirement's verdict in a run's summary: a decision, or NOT RUN (no test of the run decided it). */
export type RowVerdict = Decision | 'NOT RUN';

/**
 * How bad a requirement's verdict is, to fold the tests or transcripts (or shards) that decided it: a
 * decision beats NOT DECIDED, which beats NOT RUN; a broken requirement beats one that holds.
 */
export const DECISION_RANK: Record<RowVerdict, number> = {
  FAIL: 6,
  'NON-STRICT': 5,
  INCONCLUSIVE: 4,
  PASS: 3,
  'NOT APPLICABLE': 2,
  'NOT DECIDED': 1,
  'NOT RUN': 0,
};

/** How bad a finding's verdict is, on the ranking of decisions (DECISION_RANK): INFO ranks with NOT RUN. */
export const VERDICT_RANK: Record<Verdict, number> = {
  FAIL: DECISION_RANK.FAIL,
  'NON-STRICT': DECISION_RANK['NON-STRICT'],
  INCONCLUSIVE: DECISION_RANK.INCONCLUSIVE,
  PASS: DECISION_RANK.PASS,
  INFO: DECISION_RANK['NOT RUN'],
};

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

/** The worse of two requirement verdicts. */
export function worseDecision(a: RowVerdict, b: RowVerdict): RowVerdict {
  return DECISION_RANK[b] > DECISION_RANK[a] ? b : a;
}

/** How broken a decided requirement is, from the same ranking: FAIL 2, NON-STRICT 1, anything that holds 0. */
export function brokenness(v: RowVerdict): number {
  return Math.max(0, DECISION_RANK[v] - DECISION_RANK.INCONCLUSIVE);
}

export function decisionFor(findings: Finding[], id: string): Decision {
  const worst = worstFinding(findings, id);
  if (worst?.verdict === 'PASS' && findings.some((f) => f.requirement === id && f.expected === NOT_JUDGED)) return 'NOT DECIDED';
  if (worst && worst.verdict !== 'INFO') return worst.verdict;
  return findings.some((f) => f.requirement === id && f.expected === NOT_APPLICABLE) ? 'NOT APPLICABLE' : 'NOT DECIDED';
}
