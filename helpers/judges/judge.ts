/**
 * The plan: which checks judge a transcript of each scenario, in which order, and which requirements it
 * decides. The plan is data the operations declare (operations/index.ts assembles it); judges are pure
 * functions from a transcript to findings.
 *
 * Never a false PASS: a transcript with a failure of the target or the network, or a CometD session
 * cut while the scenario could have been notified (judges/transport.ts), is INCONCLUSIVE on every
 * requirement; a requirement whose subject did not happen (no StatusChange to inspect, say) is
 * INFO "not judged", and the requirement about the missing thing fails on its own.
 */
import type { Finding, HttpEvent, NoteEvent, Scenario, Transcript } from '../contract/generated/payloads.ts';
import type { OperationDecl } from '../contract/operation.ts';
import { unattributed } from './attribution.ts';
import type { OpenChoice } from './catalogue/open-choice.ts';
import type { Requirement } from './catalogue/requirement.ts';
import type { Check, CheckContext } from './check.ts';
import { lostEvidence } from './transport.ts';

/**
 * What of a transcript a scenario judges, for what reads transcripts beyond the checks (the comparison,
 * the mutation engine):
 * - `sequence`: an operation's success and what it causes: its answer, then every notification before
 *   the scenario's last step;
 * - `probes`: requests that must fail, each a probe step; what arrives between a probe and the next
 *   step is the scenario's, and must be nothing (an operation after the probes only shows the chat
 *   could still be operated on: its notifications are the sequence scenario's to judge). `perCase`:
 *   one probe per transcript, a case of its own (the error cases).
 */
export interface ScenarioSubject {
  layout: 'sequence' | 'probes';
  /** The steps whose HTTP exchanges it judges. */
  steps: readonly string[];
  /** The step whose request causes the notifications it judges (moving one before it is an early delivery). */
  cause?: string;
  perCase?: boolean;
}

/** How the transcripts of one scenario (its `kind`) are judged. */
export interface ScenarioJudging {
  /** The scenario's kind, as its transcripts name it. */
  kind: string;
  /** The operation it drives. */
  operation: string;
  checks: readonly Check[];
  subject: ScenarioSubject;
  /**
   * The requirements a transcript of this scenario decides, when a transcript decides some of its
   * checks' only (an error case, a group of probes); default: every requirement its checks name.
   */
  decides?(scenario: Scenario, checked: readonly string[]): readonly string[];
}

/** What the judges need of the suite: every requirement, the open choices, and how each scenario is judged. */
export interface JudgingPlan {
  /** The operations' declarations (a conversation's turns claim their notifications by them). */
  operations?: readonly OperationDecl[];
  requirements: readonly Requirement[];
  openChoices: readonly OpenChoice[];
  scenarios: readonly ScenarioJudging[];
}

/** A requirement of the plan by its ID. */
export function requirementIn(plan: JudgingPlan, id: string): Requirement {
  const r = plan.requirements.find((x) => x.id === id);
  if (!r) throw new Error(`unknown requirement ${id}`);
  return r;
}

/** The scenario a transcript names; a kind the suite does not know is an error (a transcript of another suite). */
export function scenarioIn(plan: JudgingPlan, kind: string): ScenarioJudging {
  const s = plan.scenarios.find((x) => x.kind === kind);
  if (!s) throw new Error(`a transcript of scenario ${JSON.stringify(kind)}, which this suite does not know`);
  return s;
}

/** The requirements a transcript of this scenario decides. */
export function requirementsFor(plan: JudgingPlan, scenario: Scenario): string[] {
  return decidedBy(scenarioIn(plan, scenario.kind), scenario);
}

/** The requirements a transcript of scenario `s` decides, from what it names (probe, probes). */
export function decidedBy(s: ScenarioJudging, scenario: Partial<Scenario> = {}): string[] {
  const checked = [...new Set(s.checks.map((c) => c.requirement))];
  if (!s.decides) return checked;
  const full: Scenario = {
    operation: s.operation,
    kind: s.kind,
    actors: [],
    observers: [],
    chats: {},
    nickname: '',
    customerMessages: [],
    chatSource: 'gms',
    ...scenario,
  };
  return [...s.decides(full, checked)];
}

/** Runs every check of the transcript's scenario. A failure of the target makes all INCONCLUSIVE. */
export function judgeTranscript(plan: JudgingPlan, transcript: Transcript): Finding[] {
  const ctx: CheckContext = { transcript, scenario: transcript.scenario, ...(plan.operations ? { operations: plan.operations } : {}) };
  const failures = transcript.events.filter((e): e is NoteEvent => e.kind === 'failure');
  // Requests of the clean-up (after the evidence is complete) that fail say nothing about the evidence.
  const cleanup = transcript.events.findIndex((e) => e.kind === 'note' && (e.data as { step?: unknown } | undefined)?.step === 'cleanup');
  const broken = transcript.events.filter(
    (e, i): e is HttpEvent => e.kind === 'http' && typeof e.error === 'string' && (cleanup < 0 || i < cleanup),
  );
  const lost = lostEvidence(transcript) ?? (plan.operations ? unattributed(transcript, plan.operations) : undefined);
  if (failures.length > 0 || broken.length > 0 || lost) {
    // The failures the drive recorded say what failed and the setting involved; a request that got no
    // answer speaks for itself only when nothing else was recorded; a CometD session cut in the
    // scenario's window may have lost a notification.
    const cause = (
      failures.length > 0
        ? failures.map((f) => f.text)
        : broken.length > 0
          ? broken.map((b) => `${b.request.method} ${b.request.path}: ${b.error}`)
          : [lost!]
    ).join('; ');
    return requirementsFor(plan, transcript.scenario).map((id) => ({
      requirement: id,
      verdict: 'INCONCLUSIVE',
      expected: requirementIn(plan, id).text,
      observed: `the run could not decide: ${cause}`,
    }));
  }
  return scenarioIn(plan, transcript.scenario.kind).checks.flatMap((check) => check.run(ctx));
}

/**
 * `decides` for a scenario of several probes (validation, security) that a transcript may run some of
 * (a group): its probes' requirements, and those of its checks no probe owns.
 */
export function decidedByProbes(byProbe: Readonly<Record<string, string>>): NonNullable<ScenarioJudging['decides']> {
  return (scenario, checked) => {
    if (!scenario.probes) return checked;
    const own = new Set(scenario.probes.map((p) => byProbe[p]).filter(Boolean));
    const owned = new Set(Object.values(byProbe));
    return checked.filter((id) => own.has(id) || !owned.has(id));
  };
}
