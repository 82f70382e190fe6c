/**
 * Conditions on the userData an operation changes (AttachUserData, UpdateUserData, DeleteUserData), as
 * its declaration's `userData` states it: the PropertiesUpdated after it shows the change applied (each
 * key given with the value given, of the same JSON type; or each key named gone), and every other key
 * the chat had before (its REST view read at the `rest-before` step) as it was.
 */
import type { HttpEvent, NoteEvent, Transcript } from '../../contract/generated/payloads.ts';
import { declaredUserData, type UserDataDecl } from '../../contract/operation.ts';
import type { Check } from '../check.ts';
import { json } from '../check.ts';
import { chatOf, httpAfter, isObject, type Notification, notificationsOf, type OperationView } from '../views.ts';
import { eachActor, type OperationSubject } from './subject.ts';

/** The drive's step, before the operation, at which the agent reads the chat's REST view. */
export const REST_BEFORE_STEP = 'rest-before';

function changeOf(s: OperationSubject<string>): UserDataDecl {
  const d = declaredUserData(s.operation);
  if (!d) throw new Error(`${s.operation.name} declares no userData change`);
  return d;
}

/** The operation's PropertiesUpdated about the chat, and the userData its chat shows. */
function after(v: OperationView): { n?: Notification; userData?: Record<string, unknown> } {
  const n = v.ofChat.find((x) => x.kind === 'PropertiesUpdated');
  const userData = n ? chatOf(n).userData : undefined;
  return { n, userData: isObject(userData) ? userData : undefined };
}

/** What the request gave: the key-value pairs to set, or the keys to remove. */
function sentOf(v: OperationView, change: UserDataDecl): { set?: Record<string, unknown>; keys?: string[] } {
  const body = (v.answer as HttpEvent | undefined)?.request.body;
  const given = isObject(body) ? body[change.param] : undefined;
  if (change.change === 'set') return { set: isObject(given) ? given : undefined };
  return { keys: Array.isArray(given) ? given.filter((k): k is string => typeof k === 'string') : undefined };
}

/** The chat's userData in the REST view the actor read at the last rest-before step before event `until` (undefined: no such view). */
export function userDataBefore(t: Transcript, actor: string, until: number): Record<string, unknown> | undefined {
  let index = -1;
  for (let i = 0; i < until; i++) if (isRestBefore(t, i, actor)) index = i;
  if (index < 0) return undefined;
  const body = httpAfter(t, index, actor, (e) => e.request.method === 'GET')?.event.response?.body;
  if (!isObject(body) || !isObject(body.chat)) return undefined;
  return isObject(body.chat.userData) ? body.chat.userData : {};
}

/** The userData of the last notification about the chat before the operation that carried one. */
function shownBefore(t: Transcript, v: OperationView): Record<string, unknown> | undefined {
  const shown = notificationsOf(t, v.actor, -1, v.index)
    .filter((x) => x.chatId === v.chatId)
    .map((x) => chatOf(x).userData)
    .filter(isObject);
  return shown.at(-1);
}

const isRestBefore = (t: Transcript, i: number, actor: string) => {
  const e = t.events[i];
  return e.kind === 'note' && e.actor === actor && ((e as NoteEvent).data as { step?: unknown } | undefined)?.step === REST_BEFORE_STEP;
};

/** The change is applied: each key given has the value given (same JSON type), or each key named is gone. */
export function userDataChanged<Id extends string>(s: OperationSubject<Id>, id: Id): Check<Id> {
  const change = changeOf(s);
  return {
    requirement: id,
    does: `compares the userData of the PropertiesUpdated after ${s.operation.name} with its ${change.param}`,
    run: eachActor(s, (v) => {
      const { n, userData } = after(v);
      if (!n) return [s.judging.notJudged(id, 'no PropertiesUpdated arrived')];
      const sent = sentOf(v, change);
      if (change.change === 'set') {
        if (!sent.set) return [s.judging.notJudged(id, `the request carried no ${change.param} object`)];
        const wrong = Object.entries(sent.set).filter(([k, value]) => userData?.[k] !== value);
        return [
          s.judging.verdictOf(
            id,
            wrong.length === 0,
            Object.entries(sent.set)
              .map(([k, value]) => `${k}: ${json(value)}`)
              .join(', '),
            wrong.map(([k]) => `${k}: ${json(userData?.[k])}`).join(', ') || 'each as sent',
            { evidence: [n.index] },
          ),
        ];
      }
      if (!sent.keys) return [s.judging.notJudged(id, `the request carried no ${change.param} list`)];
      const kept = sent.keys.filter((k) => userData !== undefined && k in userData);
      return [
        s.judging.verdictOf(
          id,
          kept.length === 0,
          `none of ${sent.keys.join(', ')}`,
          kept.map((k) => `${k} still there`).join(', ') || 'none',
          {
            evidence: [n.index],
          },
        ),
      ];
    }),
  };
}

/** Every key the chat had before and the request did not name keeps its value. */
export function otherKeysKept<Id extends string>(s: OperationSubject<Id>, id: Id): Check<Id> {
  const change = changeOf(s);
  return {
    requirement: id,
    does: `compares the userData of the PropertiesUpdated after ${s.operation.name} with the chat's REST view before it`,
    run: eachActor(s, (v, ctx) => {
      const { n, userData } = after(v);
      if (!n) return [s.judging.notJudged(id, 'no PropertiesUpdated arrived')];
      // The REST view read before it; where that shows no chat (its shape is inferred), the last chat
      // notification before it that carried userData.
      const had = userDataBefore(ctx.transcript, v.actor, v.index) ?? shownBefore(ctx.transcript, v);
      if (!had)
        return [s.judging.notJudged(id, "neither the chat's REST view nor a notification before the operation showed its userData")];
      const sent = sentOf(v, change);
      const named = new Set(change.change === 'set' ? Object.keys(sent.set ?? {}) : (sent.keys ?? []));
      const others = Object.entries(had).filter(([k]) => !named.has(k));
      if (others.length === 0) return [s.judging.notJudged(id, 'the chat had no other key before the operation')];
      const lost = others.filter(([k, value]) => userData?.[k] !== value);
      return [
        s.judging.verdictOf(
          id,
          lost.length === 0,
          others.map(([k, value]) => `${k}: ${json(value)}`).join(', '),
          lost.map(([k]) => `${k}: ${json(userData?.[k])}`).join(', ') || 'each kept',
          { evidence: [n.index] },
        ),
      ];
    }),
  };
}
