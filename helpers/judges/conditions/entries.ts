/**
 * Conditions on the transcript entry an operation adds (SendMessage, typing notices, a URL, a notice),
 * as its declaration's `entry` states it: one entry of the declared type, the request's values repeated
 * exactly, from the agent's own participant, with the declared visibility; its index continues the
 * chat's transcript and its timestamp never goes back; the customer sees it (or never does) in the GMS
 * transcript read after it.
 */
import type { Finding, HttpEvent, NoteEvent, Transcript } from '../../contract/generated/payloads.ts';
import { declaredEntry } from '../../contract/operation.ts';
import { gwsTimestampToEpochMs } from '../../contract/timestamp.ts';
import type { Check } from '../check.ts';
import { json } from '../check.ts';
import {
  type EntryLike,
  httpAfter,
  isObject,
  isOffer,
  messagesOf,
  type Notification,
  notificationsOf,
  type OperationView,
  type ParticipantLike,
  participantsOf,
} from '../views.ts';
import { eachActor, type OperationSubject } from './subject.ts';

/** The drive's step, after the operation's quiet window, at which the customer reads its GMS transcript. */
export const CUSTOMER_VIEW_STEP = 'customer-view';

/** The first MessageLogUpdated about the chat after the operation, and its entries. */
function added(v: OperationView): { n?: Notification; entries: EntryLike[] } {
  const n = v.ofChat.find((x) => x.kind === 'MessageLogUpdated');
  return { n, entries: messagesOf(n) ?? [] };
}

/** The entry the operation added: the one entry of its MessageLogUpdated (undefined unless exactly one). */
function theEntry(v: OperationView): { n?: Notification; entry?: EntryLike; why?: string } {
  const { n, entries } = added(v);
  if (!n) return { why: 'no MessageLogUpdated arrived' };
  if (entries.length !== 1) return { n, why: `the MessageLogUpdated carries ${entries.length} entries` };
  return { n, entry: entries[0] };
}

/** The request body the operation sent (the actor's POST after its step). */
const requestOf = (v: OperationView): Record<string, unknown> => {
  const body = (v.answer as HttpEvent | undefined)?.request.body;
  return isObject(body) ? body : {};
};

/** The chat's notifications to the actor before the operation's step (the chat as the agent knew it). */
function before(t: Transcript, v: OperationView): Notification[] {
  return notificationsOf(t, v.actor, -1, v.index).filter((n) => n.chatId === v.chatId && !isOffer(n));
}

/** The MessageLogUpdated of the operation carries exactly one entry, of the declared type. */
export function oneEntryOfType<Id extends string>(s: OperationSubject<Id>, id: Id): Check<Id> {
  const d = declaredEntry(s.operation);
  return {
    requirement: id,
    does: `reads the entries of the MessageLogUpdated after ${s.operation.name}`,
    run: eachActor(s, (v) => {
      const { n, entries } = added(v);
      if (!n) return [s.judging.notJudged(id, 'no MessageLogUpdated arrived')];
      const ok = entries.length === 1 && entries[0].type === d.type;
      return [
        s.judging.verdictOf(id, ok, `one ${d.type} entry`, entries.map((e) => json(e.type)).join(', ') || 'no entry', {
          evidence: [n.index],
        }),
      ];
    }),
  };
}

/** Each field the declaration echoes is exactly the request's parameter (no trimming, escaping or re-encoding). */
export function echoesTheRequest<Id extends string>(s: OperationSubject<Id>, id: Id): Check<Id> {
  const d = declaredEntry(s.operation);
  return {
    requirement: id,
    does: `compares the entry's ${d.echoes.map((e) => e.field).join(', ')} with the request after ${s.operation.name}`,
    run: eachActor(s, (v) => {
      const { n, entry, why } = theEntry(v);
      if (!entry) return [s.judging.notJudged(id, why!)];
      const sent = requestOf(v);
      const wrong = d.echoes.filter((e) => (entry as Record<string, unknown>)[e.field] !== sent[e.param]);
      const show = (pick: (e: { field: string; param: string }) => unknown) =>
        d.echoes.map((e) => `${e.field} ${json(pick(e))}`).join(', ');
      return [
        s.judging.verdictOf(
          id,
          wrong.length === 0,
          show((e) => sent[e.param]),
          show((e) => (entry as Record<string, unknown>)[e.field]),
          { evidence: [n!.index] },
        ),
      ];
    }),
  };
}

/** The entry has none of the fields the declaration says it has none of (a typing notice carries no text). */
export function carriesNothingElse<Id extends string>(s: OperationSubject<Id>, id: Id): Check<Id> {
  const d = declaredEntry(s.operation);
  return {
    requirement: id,
    does: `looks for ${d.without.join(', ')} on the entry after ${s.operation.name}`,
    run: eachActor(s, (v) => {
      const { n, entry, why } = theEntry(v);
      if (!entry) return [s.judging.notJudged(id, why!)];
      const present = d.without.filter((f) => (entry as Record<string, unknown>)[f] !== undefined);
      return [
        s.judging.verdictOf(
          id,
          present.length === 0,
          `no ${d.without.join(', ')}`,
          present.map((f) => `${f} present`).join(', ') || 'none',
          {
            evidence: [n!.index],
          },
        ),
      ];
    }),
  };
}

/**
 * The entry is the agent's: type Agent, the nickname it accepted with, and a participantId the agent was
 * known by before (in the chat's participants, or as the sender of its own entries). Whether every
 * notification gives the agent the same participantId is Accept's identity requirement.
 */
export function fromTheAgent<Id extends string>(s: OperationSubject<Id>, id: Id): Check<Id> {
  const d = declaredEntry(s.operation);
  return {
    requirement: id,
    does: `compares the entry's from with the agent's participant in the chat before ${s.operation.name}`,
    run: eachActor(s, (v, ctx) => {
      const { n, entry, why } = theEntry(v);
      if (!entry) return [s.judging.notJudged(id, why!)];
      const earlier = before(ctx.transcript, v);
      const isMe = (p: ParticipantLike | undefined) => p?.type === 'Agent' && p.nickname === ctx.scenario.nickname;
      // A renaming entry may come under the nickname its request announces (the docs' sample does).
      const announced = d.from === 'the agent, renamed' && d.echoes[0] ? requestOf(v)[d.echoes[0].param] : undefined;
      const nicknames = [ctx.scenario.nickname, ...(typeof announced === 'string' ? [announced] : [])];
      const ids = new Set(
        [...earlier.flatMap((x) => participantsOf(x)), ...earlier.flatMap((x) => messagesOf(x) ?? []).map((e) => e.from)]
          .filter(isMe)
          .map((p) => p!.participantId),
      );
      if (ids.size === 0)
        return [s.judging.notJudged(id, `no notification before it showed the agent's participant (${ctx.scenario.nickname})`)];
      const from = entry.from ?? {};
      const ok = from.type === 'Agent' && nicknames.includes(from.nickname as string) && ids.has(from.participantId);
      return [
        s.judging.verdictOf(
          id,
          ok,
          `from ${nicknames.map((nickname) => json({ nickname, type: 'Agent' })).join(' or ')} with participantId ${[...ids].map((x) => json(x)).join(' or ')}`,
          `from ${json({ nickname: from.nickname, type: from.type, participantId: from.participantId })}`,
          { evidence: [n!.index] },
        ),
      ];
    }),
  };
}

/** The entry has the declared visibility. */
export function hasVisibility<Id extends string>(s: OperationSubject<Id>, id: Id): Check<Id> {
  const d = declaredEntry(s.operation);
  return {
    requirement: id,
    does: `reads the visibility of the entry after ${s.operation.name}`,
    run: eachActor(s, (v) => {
      const { n, entry, why } = theEntry(v);
      if (!entry) return [s.judging.notJudged(id, why!)];
      return [
        s.judging.verdictOf(id, entry.visibility === d.visibility, `visibility ${d.visibility}`, json(entry.visibility), {
          evidence: [n!.index],
        }),
      ];
    }),
  };
}

/** The entry's index continues the chat's transcript: an integer above every index the agent was sent before (gaps are legal). */
export function indexContinues<Id extends string>(s: OperationSubject<Id>, id: Id): Check<Id> {
  return {
    requirement: id,
    does: `compares the entry's index with the indices of the chat's entries before ${s.operation.name}`,
    run: eachActor(s, (v, ctx) => {
      const { n, entry, why } = theEntry(v);
      if (!entry) return [s.judging.notJudged(id, why!)];
      const seen = before(ctx.transcript, v)
        .flatMap((x) => messagesOf(x) ?? [])
        .map((e) => e.index)
        .filter((i): i is number => Number.isInteger(i));
      const last = seen.length > 0 ? Math.max(...seen) : 0;
      const ok = Number.isInteger(entry.index) && (entry.index as number) > last;
      return [
        s.judging.verdictOf(
          id,
          ok,
          seen.length > 0 ? `an integer index above ${last} (the last one before)` : 'an integer index above 0',
          `index ${json(entry.index)}`,
          { evidence: [n!.index] },
        ),
      ];
    }),
  };
}

/** The entry's timestamp is not before the timestamp of any entry the agent was sent before (the documented format is the schema's). */
export function timestampInOrder<Id extends string>(s: OperationSubject<Id>, id: Id): Check<Id> {
  const at = (e: EntryLike) => (typeof e.timestamp === 'string' ? gwsTimestampToEpochMs(e.timestamp) : null);
  return {
    requirement: id,
    does: `compares the entry's timestamp with those of the chat's entries before ${s.operation.name}`,
    run: eachActor(s, (v, ctx) => {
      const { n, entry, why } = theEntry(v);
      if (!entry) return [s.judging.notJudged(id, why!)];
      const mine = at(entry);
      if (mine === null) return [s.judging.notJudged(id, `no timestamp in the documented format to read (${json(entry.timestamp)})`)];
      const earlier = before(ctx.transcript, v)
        .flatMap((x) => messagesOf(x) ?? [])
        .map((e) => ({ e, ms: at(e) }))
        .filter((x): x is { e: EntryLike; ms: number } => x.ms !== null);
      const latest = earlier.reduce<{ e: EntryLike; ms: number } | undefined>((a, x) => (!a || x.ms > a.ms ? x : a), undefined);
      return [
        s.judging.verdictOf(
          id,
          !latest || mine >= latest.ms,
          latest ? `not before ${json(latest.e.timestamp)} (the latest entry before)` : 'a timestamp',
          json(entry.timestamp),
          { evidence: [n!.index] },
        ),
      ];
    }),
  };
}

/** The GMS answer the customer read at the first customer-view step after event `after` (undefined: none). */
export function customerView(t: Transcript, after = -1): { index: number; exchange?: HttpEvent } | undefined {
  const index = t.events.findIndex(
    (e, i) => i > after && e.kind === 'note' && ((e as NoteEvent).data as { step?: unknown } | undefined)?.step === CUSTOMER_VIEW_STEP,
  );
  if (index < 0) return undefined;
  return { index, exchange: httpAfter(t, index, t.events[index].actor ?? 'customer', () => true)?.event };
}

/** The fields of a GMS message that may carry an entry's value: no page shows how GMS renders a URL or a notice. */
const CARRIERS = ['text', 'url', 'noticeText'] as const;

/**
 * The customer's GMS transcript shows the entry once, from an agent (matched by the value of the first
 * parameter it echoes, in whichever field carries it, or else by its type); or never, for an entry the
 * customer does not see.
 */
export function customerSees<Id extends string>(s: OperationSubject<Id>, id: Id): Check<Id> {
  const d = declaredEntry(s.operation);
  const echo = d.echoes[0];
  return {
    requirement: id,
    does: `reads the customer's GMS transcript after ${s.operation.name}`,
    run: eachActor(s, (v, ctx): Finding[] => {
      if (ctx.scenario.chatSource !== 'gms')
        return [s.judging.notApplicable(id, 'no customer side: the chat was started outside the suite')];
      const view = customerView(ctx.transcript, v.index);
      const body = view?.exchange?.response?.body;
      if (!view || !isObject(body) || !Array.isArray(body.messages))
        return [s.judging.notJudged(id, 'the customer read no transcript after the operation')];
      const sent = echo ? requestOf(v)[echo.param] : undefined;
      const what = echo ? json(sent) : `a ${d.type} entry`;
      const carries = (m: Record<string, unknown>) => CARRIERS.some((f) => m[f] === sent);
      // An entry the customer must never see counts by its value or by its type.
      const never = d.customer === 'never sees it';
      const shown = body.messages.filter(isObject).filter((m) => (echo && carries(m)) || ((!echo || never) && m.type === d.type));
      const fromAgent = shown.filter((m) => isObject(m.from) && m.from.type === 'Agent');
      const ok = d.customer === 'sees it' ? shown.length === 1 && fromAgent.length === 1 : shown.length === 0;
      return [
        s.judging.verdictOf(
          id,
          ok,
          d.customer === 'sees it' ? `${what} once, from the agent` : `no ${what}`,
          shown.length === 0
            ? `not in the ${body.messages.length} messages`
            : shown
                .map((m) => `${json(echo && carries(m) ? sent : m.type)} from ${json(isObject(m.from) ? m.from.type : undefined)}`)
                .join('; '),
          { evidence: [view.index] },
        ),
      ];
    }),
  };
}
