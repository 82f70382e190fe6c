/**
 * The scenario of the error cases of an operation on a Chatting chat declared by its kind (an entry, a
 * userData change): each declared case (an unknown chat id, a chat only offered, its required parameter
 * missing, then sent with it) a transcript deciding the requirement refusalCases gives it, and every
 * case nothing changed (ERR-03) and the statusCode of the case (CODE-01).
 */
import type { ChatOperationRequest } from '../contract/generated/payloads.ts';
import type { OperationDecl } from '../contract/operation.ts';
import { type RefusalId, refusalCases } from '../judges/catalogue/chatting-requirements.ts';
import type { Check } from '../judges/check.ts';
import { errorScenario } from './error-scenario.ts';
import type { ScenarioDef } from './scenario.ts';

// The drive loads when a run is driven: listing the scenarios needs none.
const drives = () => import('./refusal-drive.ts');

/**
 * The windows of the cases driveChattingRefusal waits more than one (ScenarioRun.windows): a case
 * without a parameter is tried in the accepted chat, the Accept's window, then its own.
 */
export function chattingRefusalWindows<Case extends string>(cases: readonly Case[]): Partial<Record<Case, number>> {
  return Object.fromEntries(cases.filter((c) => c.startsWith('missing-')).map((c) => [c, 2])) as Partial<Record<Case, number>>;
}

export function chattingRefusalScenario<P extends string, Id extends string>(d: {
  operation: OperationDecl & { prefix: P };
  /** The operation's main scenario kind: this one is `<kind>-error`. */
  kind: string;
  step: string;
  body: ChatOperationRequest;
  checks: readonly Check<Id>[];
}): ScenarioDef {
  const name = d.operation.name;
  const title = (probe: string) =>
    probe === 'unknown-id'
      ? `${name} in an unknown chat id is refused and changes nothing`
      : probe === 'offered'
        ? `${name} in a chat only offered to the agent is refused; the chat stays offered`
        : `${name} without ${probe.slice('missing-'.length)} is refused; ${name} with it still succeeds`;
  const cases = d.operation.errors.map((e) => e.name);
  return errorScenario({
    operation: d.operation,
    kind: `${d.kind}-error`,
    title: `${name} that must be refused`,
    step: d.step,
    checks: d.checks,
    caseRequirement: refusalCases(d.operation) as Record<string, RefusalId<P> & Id>,
    everyCase: [`${d.operation.prefix}-ERR-03`, `${d.operation.prefix}-CODE-01`] as (RefusalId<P> & Id)[],
    titles: Object.fromEntries(cases.map((c) => [c, title(c)])),
    // A case without a required parameter sends the operation again with it: nothing changed.
    retries: cases.some((c) => c.startsWith('missing-')),
    windows: chattingRefusalWindows(cases),
    drive: async (target, probe: string) =>
      (await drives()).driveChattingRefusal(target, d.operation, `${d.kind}-error`, d.step, d.body, probe),
  });
}
