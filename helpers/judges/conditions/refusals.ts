/**
 * Conditions on an operation that must be refused (one error case of its declaration per transcript,
 * named by scenario.probe, sent at the drive's `probe` step): a non-zero statusCode, one the Return
 * Values table allows for the case; and nothing changed: no notification about the chat, the chat still
 * where it was (the REST view after the `rest-view` step, as after the `rest-before` step), and still open to the operation by the agent
 * it is offered to (the `retry-<step>` step).
 */
import type { Finding, HttpEvent, Transcript } from '../../contract/generated/payloads.ts';
import { validate } from '../../contract/validator.ts';
import { refusalCases } from '../catalogue/chatting-requirements.ts';
import type { Check } from '../check.ts';
import { json } from '../check.ts';
import { changesBetween, chatsOf, httpAfter, isObject, label, notificationsOf, stepIndex, windowEnd } from '../views.ts';
import { declaredSuccess, type OperationSubject } from './subject.ts';

interface Refusal {
  probe: string;
  actor: string;
  index: number;
  exchange?: HttpEvent;
}

function refusalIn(t: Transcript): Refusal | undefined {
  const index = stepIndex(t, 'probe');
  const actor = index < 0 ? undefined : t.events[index].actor;
  if (!t.scenario.probe || !actor) return undefined;
  return { probe: t.scenario.probe, actor, index, exchange: httpAfter(t, index, actor, () => true)?.event };
}

function caseOf<Id extends string>(s: OperationSubject<Id>, name: string) {
  const c = s.operation.errors.find((e) => e.name === name);
  if (!c) throw new Error(`${s.operation.name} declares no error case ${name}`);
  return c;
}

/** The error case `name` is refused: a non-zero statusCode (the Return Values table's failure body). */
export function refused<Id extends string>(s: OperationSubject<Id>, id: Id, name: string): Check<Id> {
  const c = caseOf(s, name);
  return {
    requirement: id,
    does: `reads the answer to ${s.operation.name} of ${c.what}`,
    run: (ctx) => {
      const p = refusalIn(ctx.transcript);
      if (p?.probe !== name) return [];
      const r = p.exchange?.response;
      if (!r) return [s.judging.notJudged(id, 'the probe got no response')];
      const checked = validate('OperationResponse', r.body);
      const ok = checked.ok && checked.value.statusCode !== 0 && !declaredSuccess(s.operation, p.exchange);
      return [
        s.judging.verdictOf(id, ok, 'refused: a non-zero statusCode with a statusMessage', `HTTP ${r.status} ${json(r.body)}`, {
          evidence: [p.index],
        }),
      ];
    },
  };
}

/** The statusCode of a refusal is one the Return Values table allows for its case (the declaration's). */
export function statusCodeOfTheCase<Id extends string>(s: OperationSubject<Id>, id: Id): Check<Id> {
  return {
    requirement: id,
    does: `compares the statusCode of a refused ${s.operation.name} with the codes its case allows`,
    run: (ctx) => {
      const p = refusalIn(ctx.transcript);
      if (!p) return [];
      const c = caseOf(s, p.probe);
      const code = isObject(p.exchange?.response?.body) ? p.exchange.response.body.statusCode : undefined;
      if (typeof code !== 'number' || code === 0)
        return [s.judging.notJudged(id, `no non-zero statusCode to read (HTTP ${p.exchange?.response?.status ?? 'none'})`)];
      return [
        s.judging.verdictOf(
          id,
          c.statusCodes.includes(code),
          `for ${c.what}: statusCode ${c.statusCodes.join(' or ')}`,
          `statusCode ${code}`,
          {
            evidence: [p.index],
          },
        ),
      ];
    },
  };
}

/** The chat's state in the REST view the GET after step `step` of its actor shows (undefined: no such view). */
function restState(t: Transcript, step: string): { actor: string; state: unknown; status?: number } | undefined {
  const index = stepIndex(t, step);
  const actor = index < 0 ? undefined : t.events[index].actor;
  if (!actor) return undefined;
  const got = httpAfter(t, index, actor, (e) => e.request.method === 'GET')?.event.response;
  return { actor, state: isObject(got?.body) && isObject(got.body.chat) ? got.body.chat.state : undefined, status: got?.status };
}

/** After a refusal nothing has changed: no notification, the REST view unchanged, the operation still open to the chat's agent. */
export function nothingChanged<Id extends string>(s: OperationSubject<Id>, id: Id): Check<Id> {
  const retryStep = `retry-${s.step}`;
  return {
    requirement: id,
    does: `looks for notifications after the refused ${s.operation.name}, reads the chat's REST view, and retries it`,
    run: (ctx): Finding[] => {
      const t = ctx.transcript;
      const p = refusalIn(t);
      if (!p) return [];
      if (!p.exchange?.response || declaredSuccess(s.operation, p.exchange))
        return [s.judging.notJudged(id, `the ${p.probe} probe was not refused`)];
      const retry = stepIndex(t, retryStep);
      const view = stepIndex(t, 'rest-view');
      const end = [retry, view].filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? windowEnd(t);
      const problems = changesBetween(t, ctx.scenario, p.index, end).map(({ actor, n }) => `${actor} got ${label(n)}`);
      if (view >= 0) {
        // The REST view of the chat after the refusal is the one before it.
        const before = restState(t, 'rest-before');
        const after = restState(t, 'rest-view');
        if (after?.state !== before?.state)
          problems.push(
            `the REST view shows the chat ${json(after?.state)} (HTTP ${after?.status ?? 'none'}), it showed ${json(before?.state)} before`,
          );
      }
      if (retry >= 0) {
        const chats = chatsOf(ctx.scenario);
        const actor = t.events[retry].actor!;
        const again = httpAfter(t, retry, actor, (e) => e.request.method === 'POST')?.event;
        const followed = notificationsOf(t, actor, retry, windowEnd(t)).some(
          (n) => n.kind !== 'other' && n.chatId !== undefined && chats.includes(n.chatId),
        );
        if (!declaredSuccess(s.operation, again) || !followed)
          problems.push(
            `${s.operation.name} by ${actor} afterwards did not succeed (answered ${again?.response ? `HTTP ${again.response.status} ${json(again.response.body)}` : 'nothing'}${followed ? '' : ', no notification followed'})`,
          );
      }
      return [
        s.judging.verdictOf(
          id,
          problems.length === 0,
          `no notification, the chat as it was${retry >= 0 ? `, and ${s.operation.name} by its agent still succeeds` : ''}`,
          problems.join('; ') || 'nothing changed',
          { evidence: [p.index] },
        ),
      ];
    },
  };
}

/**
 * The checks of an operation's error cases, in the declaration's order: each case refused (the
 * requirement it decides), nothing changed by any (`unchanged`), and the statusCode the case allows
 * (`code`).
 */
export function refusalChecks<Id extends string>(
  s: OperationSubject<Id>,
  caseRequirement: Readonly<Record<string, Id>>,
  unchanged: Id,
  code: Id,
): Check<Id>[] {
  return [
    ...s.operation.errors.map((c) => refused(s, caseRequirement[c.name], c.name)),
    nothingChanged(s, unchanged),
    statusCodeOfTheCase(s, code),
  ];
}

/**
 * The refusals of an operation on a Chatting chat declared by its kind (an entry, a userData change):
 * each declared case refused (refusalCases), nothing changed (ERR-03), the statusCode of the case (CODE-01).
 */
export function chattingRefusalChecks<Id extends string>(s: OperationSubject<Id>, prefix: string): Check<Id>[] {
  const decl = { ...s.operation, prefix };
  return refusalChecks(s, refusalCases(decl) as Record<string, Id>, `${prefix}-ERR-03` as Id, `${prefix}-CODE-01` as Id);
}
