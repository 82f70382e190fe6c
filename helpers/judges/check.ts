/**
 * What a check is, and the few ways it states a result. A check has one job: it names one requirement
 * of its operation's catalogue, says in one line what it reads, and turns a transcript into findings.
 * The plan (judges/judge.ts) calls the checks of a scenario in order, as the OpenID conformance suite's
 * test plans call their conditions.
 *
 * An operation states its results with the helpers `judgesOf` binds to its catalogue: their first
 * argument is typed by the catalogue's requirement IDs, so a misspelled ID does not compile.
 */
import type { Finding, Scenario, Transcript } from '../contract/generated/payloads.ts';
import type { OperationDecl } from '../contract/operation.ts';
import type { OpenChoice } from './catalogue/open-choice.ts';
import type { Requirement } from './catalogue/requirement.ts';
import type { OperationView } from './views.ts';

export interface CheckContext {
  transcript: Transcript;
  scenario: Scenario;
  /** The operations' declarations: what each turn of a conversation claims (helpers/judges/attribution.ts). */
  operations?: readonly OperationDecl[];
}

export interface Check<Id extends string = string> {
  requirement: Id;
  /** One line: what this check looks at. */
  does: string;
  run(ctx: CheckContext): Finding[];
}

/** The `expected` of an INFO finding that leaves its requirement undecided. */
export const NOT_JUDGED = 'not judged';
/** The `expected` of an INFO finding that says the requirement does not apply to this target (a declared profile). */
export const NOT_APPLICABLE = 'not applicable';

/** The helpers a catalogue's checks state their results with, typed by its requirement IDs and open choices. */
export interface Judging<Id extends string, Choice extends string> {
  /** PASS, or the requirement's broken verdict (FAIL for a MUST, NON-STRICT for a SHOULD). */
  verdictOf(id: Id, ok: boolean, expected: string, observed: string, extra?: Partial<Finding>): Finding;
  /** INFO: what the requirement is about did not happen, so it is not judged here. */
  notJudged(id: Id, why: string, actor?: string): Finding;
  /** INFO: the requirement does not apply to this target (a declared profile, an optional field absent). */
  notApplicable(id: Id, why: string): Finding;
  /**
   * INFO: the server answered otherwise than the suite's own reading (`expected`), where the docs leave
   * the choice open: listed apart, never NON-STRICT. The check states what holds beside it.
   */
  openChoiceFinding(id: Id, choice: Choice, expected: string, observed: string, extra?: Partial<Finding>): Finding;
}

export function judgesOf<const R extends readonly Requirement[], const C extends readonly OpenChoice[] = []>(
  catalogue: R,
  choices?: C,
): Judging<R[number]['id'], C[number]['name']> {
  const level = (id: string) => {
    const r = catalogue.find((x) => x.id === id);
    if (!r) throw new Error(`unknown requirement ${id}`);
    return r.level;
  };
  return {
    verdictOf: (id, ok, expected, observed, extra = {}) => ({
      requirement: id,
      verdict: ok ? 'PASS' : level(id) === 'MUST' ? 'FAIL' : 'NON-STRICT',
      expected,
      observed,
      ...extra,
    }),
    notJudged: (id, why, actor) => ({ requirement: id, verdict: 'INFO', expected: NOT_JUDGED, observed: why, ...(actor ? { actor } : {}) }),
    notApplicable: (id, why) => ({ requirement: id, verdict: 'INFO', expected: NOT_APPLICABLE, observed: why }),
    openChoiceFinding: (id, choice, expected, observed, extra = {}) => {
      if (!choices?.some((c) => c.name === choice)) throw new Error(`unknown open choice ${choice}`);
      return { requirement: id, verdict: 'INFO', expected, observed, ...extra, open: choice };
    },
  };
}

/** A value as short JSON for expected / observed ("(none)" when absent). */
export function json(v: unknown): string {
  if (v === undefined) return '(none)';
  const s = JSON.stringify(v);
  return s.length > 300 ? `${s.slice(0, 297)}...` : s;
}

/**
 * Runs `fn` for each actor of the scenario, on its view (`view`: an operation's, built on
 * views.ts operationView); an actor that did not carry the operation out leaves nothing to judge.
 */
export function perActor<V extends OperationView>(
  view: (t: Transcript, actor: string, operations?: readonly OperationDecl[]) => V,
  fn: (v: V, ctx: CheckContext) => Finding[],
): (ctx: CheckContext) => Finding[] {
  return (ctx) =>
    ctx.scenario.actors.flatMap((actor) => {
      const v = view(ctx.transcript, actor, ctx.operations);
      if (v.index < 0) return [];
      return fn(v, ctx).map((f) => ({ actor, ...f }));
    });
}
