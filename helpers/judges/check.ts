/**
 * What a check is, and the few ways it states a result. A check has one job: it names one requirement
 * (judges/requirements.ts), says in one line what it reads, and turns a transcript into findings. The
 * plan (judges/judge.ts) calls the checks of a scenario in order, as the OpenID conformance suite's
 * test plans call their conditions.
 */
import type { Finding, Scenario, Transcript, Verdict } from '../contract/generated/payloads.ts';
import { openChoice, type Requirement, requirement } from './requirements.ts';
import { type AcceptView, acceptView } from './views.ts';

export interface CheckContext {
  transcript: Transcript;
  scenario: Scenario;
}

export interface Check {
  requirement: string;
  /** One line: what this check looks at. */
  does: string;
  run(ctx: CheckContext): Finding[];
}

function broken(r: Requirement): Verdict {
  return r.level === 'MUST' ? 'FAIL' : 'NON-STRICT';
}

/** PASS, or the requirement's broken verdict (FAIL for a MUST, NON-STRICT for a SHOULD). */
export function verdictOf(id: string, ok: boolean, expected: string, observed: string, extra: Partial<Finding> = {}): Finding {
  return { requirement: id, verdict: ok ? 'PASS' : broken(requirement(id)), expected, observed, ...extra };
}

/** The `expected` of an INFO finding that leaves its requirement undecided. */
export const NOT_JUDGED = 'not judged';
/** The `expected` of an INFO finding that says the requirement does not apply to this target (a declared profile). */
export const NOT_APPLICABLE = 'not applicable';

/** INFO: what the requirement is about did not happen, so it is not judged here. */
export function notJudged(id: string, why: string, actor?: string): Finding {
  return { requirement: id, verdict: 'INFO', expected: NOT_JUDGED, observed: why, ...(actor ? { actor } : {}) };
}

/**
 * INFO: the server answered otherwise than the suite's own reading (`expected`), where the docs leave the
 * choice open (`choice`, catalogue/open-choices.ts): listed apart, never NON-STRICT. The check states
 * what holds beside it (a PASS on what the docs do say).
 */
export function openChoiceFinding(id: string, choice: string, expected: string, observed: string, extra: Partial<Finding> = {}): Finding {
  return { requirement: id, verdict: 'INFO', expected, observed, ...extra, open: openChoice(choice).name };
}

/** INFO: the requirement does not apply to this target (the docs leave the feature optional). */
export function notApplicable(id: string, why: string): Finding {
  return { requirement: id, verdict: 'INFO', expected: NOT_APPLICABLE, observed: why };
}

/** A value as short JSON for expected / observed ("(none)" when absent). */
export function json(v: unknown): string {
  if (v === undefined) return '(none)';
  const s = JSON.stringify(v);
  return s.length > 300 ? `${s.slice(0, 297)}...` : s;
}

/** Runs `fn` for each acceptor of the scenario; without an Accept there is nothing to judge. */
export function perAcceptor(fn: (v: AcceptView, ctx: CheckContext) => Finding[]): (ctx: CheckContext) => Finding[] {
  return (ctx) =>
    ctx.scenario.acceptors.flatMap((actor) => {
      const v = acceptView(ctx.transcript, actor);
      if (v.acceptIndex < 0) return [];
      return fn(v, ctx).map((f) => ({ actor, ...f }));
    });
}
