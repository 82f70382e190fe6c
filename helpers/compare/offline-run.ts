/**
 * A run made from transcripts alone, judged offline, as the comparison reads runs: what the self-test
 * compares each fault and variant with the faithful simulator through, without writing reports.
 */
import { schemasFingerprint } from '../contract/fingerprint.ts';
import type { ConformanceSummary, Finding, SummaryRow, Transcript } from '../contract/generated/payloads.ts';
import { type JudgingPlan, judgeTranscript, requirementsFor } from '../judges/judge.ts';
import { decisionFor, worseDecision, worstFinding } from '../judges/verdicts.ts';
import type { Run } from './load.ts';
import { observeRun } from './observe.ts';

export function offlineRun(plan: JudgingPlan, name: string, transcripts: Transcript[], target = name): Run {
  // Each transcript decides its scenario's requirements, as each spec does; the worst decision stands.
  const judged = transcripts.map((t) => ({ t, findings: judgeTranscript(plan, t) }));
  const findings: Finding[] = judged.flatMap((j) => j.findings);
  const requirements: SummaryRow[] = plan.requirements.map((r) => {
    let verdict: SummaryRow['verdict'] = 'NOT RUN';
    for (const { t, findings: f } of judged) {
      if (!requirementsFor(plan, t.scenario).includes(r.id)) continue;
      const d = decisionFor(f, r.id);
      verdict = worseDecision(verdict, d);
    }
    const worst = worstFinding(findings, r.id);
    return {
      id: r.id,
      level: r.level,
      verdict,
      text: r.text,
      source: r.source,
      tests: [],
      reason: worst && verdict !== 'PASS' ? worst.observed : '',
    };
  });
  const broken = requirements.some((r) => r.verdict === 'FAIL');
  const summary: ConformanceSummary = {
    format: 'gws-chat-conformance/summary@2',
    suite: { name: 'gws-chat-conformance', version: 'offline', commit: 'offline' },
    schemasFingerprint: schemasFingerprint(),
    target,
    profile: 'default',
    settings: {},
    startedAt: new Date(0).toISOString(),
    endedAt: new Date(0).toISOString(),
    outcome: broken ? 'non-conformant' : 'conformant',
    exitCode: broken ? 1 : 0,
    line: name,
    causes: [],
    information: [],
    requirements,
  };
  return { folder: name, summary, transcripts, observation: observeRun(transcripts, plan) };
}
