/**
 * The scenario of an operation's error cases, from its declaration: one transcript per case, the
 * refused request at its `probe` step (and, where a case shows nothing changed by the operation
 * succeeding afterwards, its `retry-<step>` step); judged by the refusal checks, each transcript
 * deciding its case's requirement and the ones every case decides.
 */
import type { Transcript } from '../contract/generated/payloads.ts';
import type { OperationDecl } from '../contract/operation.ts';
import type { Check } from '../judges/check.ts';
import { decidedBy, type ScenarioJudging } from '../judges/judge.ts';
import type { Target } from '../target/config.ts';
import type { ScenarioDef } from './scenario.ts';

export interface ErrorScenarioDecl<Case extends string, Id extends string> {
  operation: OperationDecl;
  /** The scenario's kind (its transcripts' name; each run is `<kind>-<case>`). */
  kind: string;
  title: string;
  /** The operation's step: a case may retry it (`retry-<step>`) to show nothing changed. */
  step: string;
  checks: readonly Check<Id>[];
  /** The requirement each error case decides. */
  caseRequirement: Readonly<Record<Case, Id>>;
  /** The requirements every case decides beside its own. */
  everyCase: readonly Id[];
  /** Each case's test, in one line. */
  titles: Readonly<Record<Case, string>>;
  /** Whether a case retries the operation after the refusal (its exchange is then the scenario's too). */
  retries: boolean;
  /** The windows of the cases that wait more than one (ScenarioRun.windows): a case in an accepted chat. */
  windows?: Partial<Record<Case, number>>;
  drive(target: Target, probe: Case): Promise<Transcript>;
}

export function errorScenario<Case extends string, Id extends string>(d: ErrorScenarioDecl<Case, Id>): ScenarioDef {
  const retry = `retry-${d.step}`;
  // The cases in the declaration's order, each with the requirement it decides.
  const cases = d.operation.errors.map((e) => e.name as Case);
  const without = cases.filter((c) => !d.caseRequirement[c]);
  if (without.length > 0) throw new Error(`${d.operation.name}: no requirement decides the error case ${without.join(', ')}`);
  const judging: ScenarioJudging = {
    kind: d.kind,
    operation: d.operation.name,
    // The refused request, and the operation after it that shows nothing changed, where a case retries it.
    subject: d.retries
      ? { layout: 'probes', steps: ['probe', retry], cause: retry, perCase: true }
      : { layout: 'probes', steps: ['probe'], perCase: true },
    checks: d.checks,
    decides: (scenario) => [...(scenario.probe ? [d.caseRequirement[scenario.probe as Case]] : []), ...d.everyCase],
  };
  return {
    ...judging,
    title: d.title,
    runs: cases.map((probe) => ({
      name: `${d.kind}-${probe}`,
      drive: (target) => d.drive(target, probe),
      ...(d.windows?.[probe] ? { windows: d.windows[probe] } : {}),
      tests: [{ title: d.titles[probe], requirements: decidedBy(judging, { probe }) }],
    })),
    whole: cases.map((probe) => ({ name: `${d.kind}-${probe}`, drive: (target) => d.drive(target, probe) })),
  };
}
