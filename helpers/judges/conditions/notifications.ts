/**
 * Conditions on the notifications an operation's success sends the agent, as its declaration lists them:
 * each arrives once, on /v2/me/chats, of a documented shape, naming the chat, with the state, referenceId,
 * participants and capabilities declared; nothing else about the chat follows.
 */
import { CHATS_CHANNEL } from '../../contract/endpoints.ts';
import type { Finding, Verdict } from '../../contract/generated/payloads.ts';
import type { NotificationDecl } from '../../contract/operation.ts';
import { validate } from '../../contract/validator.ts';
import type { Check } from '../check.ts';
import { json } from '../check.ts';
import { byKind, chatOf, isObject, isOffer, type Kind, label, lastSegment, type Notification, type OperationView } from '../views.ts';
import { eachActor, type OperationSubject } from './subject.ts';

function declared<Id extends string>(s: OperationSubject<Id>, kind: string): NotificationDecl {
  const d = s.operation.success.notifications.find((n) => n.kind === kind);
  if (!d) throw new Error(`${s.operation.name} declares no ${kind} notification`);
  return d;
}

/**
 * The actor's notifications of `kind` about its chat that the operation sent: an offer of the chat (a
 * StatusChange too) is routing's, judged by the routing conditions.
 */
const sent = (v: OperationView, kind: string) => byKind(v, kind as Kind).filter((n) => !isOffer(n));

const sequenceOf = <Id extends string>(s: OperationSubject<Id>) => s.operation.success.notifications.map((n) => n.kind);

/** Exactly one notification of `kind` about the actor's chat. */
export function exactlyOne<Id extends string>(s: OperationSubject<Id>, id: Id, kind: string): Check<Id> {
  declared(s, kind);
  return {
    requirement: id,
    does: `counts the ${kind} notifications about the chat after ${s.operation.name}`,
    run: eachActor(s, (v) => {
      const found = sent(v, kind);
      return [
        s.judging.verdictOf(
          id,
          found.length === 1,
          `exactly one ${kind} for chat ${v.chatId}`,
          found.length === 0 ? 'none' : `${found.length}: ${found.map(label).join('; ')}`,
          { evidence: found.map((n) => n.index), table: { expected: sequenceOf(s), observed: v.ofChat.map(label) } },
        ),
      ];
    }),
  };
}

/** Every notification about the chat arrives on /v2/me/chats. */
export function onChatsChannel<Id extends string>(s: OperationSubject<Id>, id: Id): Check<Id> {
  return {
    requirement: id,
    does: `reads the channel of every notification about the chat after ${s.operation.name}`,
    run: eachActor(s, (v) => {
      if (v.ofChat.length === 0) return [s.judging.notJudged(id, 'no notification arrived')];
      const wrong = v.ofChat.filter((n) => n.channel !== CHATS_CHANNEL);
      return [
        s.judging.verdictOf(
          id,
          wrong.length === 0,
          `every notification on ${CHATS_CHANNEL}`,
          wrong.length === 0 ? `all ${v.ofChat.length} on ${CHATS_CHANNEL}` : wrong.map(label).join('; '),
          { evidence: wrong.map((n) => n.index) },
        ),
      ];
    }),
  };
}

/**
 * Every notification about the chat is a documented payload (the schemas of schemas/), its channel
 * aside (onChatsChannel judges it): an error on an inferred fact alone is NON-STRICT, an undocumented
 * property INFO.
 */
export function documentedShapes<Id extends string>(s: OperationSubject<Id>, id: Id): Check<Id> {
  return {
    requirement: id,
    does: `validates every notification about the chat after ${s.operation.name} against its schema`,
    run: eachActor(s, (v) => {
      if (v.ofChat.length === 0) return [s.judging.notJudged(id, 'no notification arrived')];
      const out: Finding[] = [];
      const problems: string[] = [];
      let onlyInferred = true;
      for (const n of v.ofChat) {
        const d = n.data;
        const kind =
          isObject(d) && d.messageType === 'MessageLogUpdated'
            ? 'MessageLogUpdated'
            : isObject(d) && d.messageType === 'ChatStateChangeMessage'
              ? 'ChatStateChangeMessage'
              : undefined;
        const result = kind ? validate(kind, d) : validate('ChatsNotification', { channel: CHATS_CHANNEL, data: d });
        for (const e of result.errors) {
          problems.push(
            `event ${n.index} ${e.pointer || '/'}: expected ${e.expected}, got ${e.actual}${e.status === 'inferred' ? ' (inferred fact)' : ''}`,
          );
          if (e.status !== 'inferred') onlyInferred = false;
        }
        for (const u of result.undocumented)
          out.push({
            requirement: id,
            verdict: 'INFO',
            expected: 'documented properties',
            observed: `event ${n.index}: undocumented ${u.pointer} = ${u.actual}`,
            evidence: [n.index],
          });
      }
      const verdict: Verdict = problems.length === 0 ? 'PASS' : onlyInferred ? 'NON-STRICT' : 'FAIL';
      out.unshift({
        requirement: id,
        verdict,
        expected: 'ChatStateChangeMessage / MessageLogUpdated as in schemas/',
        observed: problems.length === 0 ? `${v.ofChat.length} notifications valid` : problems.join('; '),
      });
      return out;
    }),
  };
}

/** The declared notification of `kind` names the actor's chat: chat.id, and chat.uri (its last segment) where it has one. */
export function namesTheChat<Id extends string>(s: OperationSubject<Id>, id: Id, kind: string): Check<Id> {
  declared(s, kind);
  return {
    requirement: id,
    does: `reads the chat id and URI the ${kind} names`,
    run: eachActor(s, (v) => {
      const found = v.notifications.filter((n) => n.kind === kind && !isOffer(n));
      if (found.length === 0) return [s.judging.notJudged(id, `no ${kind} arrived`)];
      const uriOf = (n: Notification) => chatOf(n).uri;
      const wrong = found.filter((n) => n.chatId !== v.chatId || (uriOf(n) !== undefined && lastSegment(uriOf(n)) !== v.chatId));
      const shown = (n: Notification) => `${n.chatId ?? '(none)'}${uriOf(n) === undefined ? '' : ` (uri ${json(uriOf(n))})`}`;
      return [
        s.judging.verdictOf(id, wrong.length === 0, `chat ${v.chatId}`, found.map(shown).join(', '), {
          evidence: wrong.map((n) => n.index),
        }),
      ];
    }),
  };
}

/** The declared notification of `kind` carries the state the declaration gives it. */
export function stateIs<Id extends string>(s: OperationSubject<Id>, id: Id, kind: string): Check<Id> {
  const state = declared(s, kind).state;
  if (!state) throw new Error(`${s.operation.name} declares no state for ${kind}`);
  return {
    requirement: id,
    does: `reads chat.state of the ${kind}`,
    run: eachActor(s, (v) => {
      const found = sent(v, kind);
      if (found.length === 0) return [s.judging.notJudged(id, `no ${kind} arrived`)];
      const wrong = found.filter((n) => chatOf(n).state !== state);
      return [
        s.judging.verdictOf(id, wrong.length === 0, `state ${state}`, found.map((n) => json(chatOf(n).state)).join(', '), {
          evidence: wrong.map((n) => n.index),
        }),
      ];
    }),
  };
}

/**
 * The declared notification of `kind` carries a referenceId (an integer), where the declaration requires
 * one; where it is optional (a sample shows none), it is an integer when it is there.
 */
export function carriesReferenceId<Id extends string>(s: OperationSubject<Id>, id: Id, kind: string): Check<Id> {
  const want = declared(s, kind).referenceId;
  if (want === 'absent') throw new Error(`${s.operation.name}'s ${kind} declares no referenceId`);
  return {
    requirement: id,
    does: `reads referenceId on the ${kind}`,
    run: eachActor(s, (v) => {
      const n = sent(v, kind)[0];
      if (!n) return [s.judging.notJudged(id, `no ${kind} arrived`)];
      const ref = isObject(n.data) ? n.data.referenceId : undefined;
      const ok = Number.isInteger(ref) || (want === 'optional' && ref === undefined);
      return [
        s.judging.verdictOf(id, ok, want === 'required' ? 'an integer referenceId' : 'no referenceId, or an integer', json(ref), {
          evidence: [n.index],
        }),
      ];
    }),
  };
}

/** The declared notification of `kind` lists no participants (an empty list), where the declaration shows none. */
export function listsNoParticipants<Id extends string>(s: OperationSubject<Id>, id: Id, kind: string): Check<Id> {
  if (declared(s, kind).participants !== 'none') throw new Error(`${s.operation.name}'s ${kind} declares participants`);
  return {
    requirement: id,
    does: `reads chat.participants of the ${kind}`,
    run: eachActor(s, (v) => {
      const n = sent(v, kind)[0];
      if (!n) return [s.judging.notJudged(id, `no ${kind} arrived`)];
      const listed = chatOf(n).participants;
      const none = listed === undefined || (Array.isArray(listed) && listed.length === 0);
      return [s.judging.verdictOf(id, none, 'participants: []', json(chatOf(n).participants), { evidence: [n.index] })];
    }),
  };
}

/** The declared notification of `kind` offers no capabilities (no key, or an empty list), where the declaration shows none. */
export function offersNoCapabilities<Id extends string>(s: OperationSubject<Id>, id: Id, kind: string): Check<Id> {
  if (declared(s, kind).capabilities !== 'none') throw new Error(`${s.operation.name}'s ${kind} declares capabilities`);
  return {
    requirement: id,
    does: `reads chat.capabilities of the ${kind}`,
    run: eachActor(s, (v) => {
      const n = sent(v, kind)[0];
      if (!n) return [s.judging.notJudged(id, `no ${kind} arrived`)];
      const caps = chatOf(n).capabilities;
      const none = caps === undefined || (Array.isArray(caps) && caps.length === 0);
      return [
        s.judging.verdictOf(id, none, 'no capabilities (no key, or [])', json(chatOf(n).capabilities), {
          evidence: [n.index],
        }),
      ];
    }),
  };
}

/** The declared notification of `kind` offers each capability of `include` and none of `exclude` (others may come and go). */
export function offersCapabilities<Id extends string>(
  s: OperationSubject<Id>,
  id: Id,
  kind: string,
  lists: { include: readonly string[]; exclude: readonly string[] },
): Check<Id> {
  return {
    requirement: id,
    does: `reads chat.capabilities of the ${kind}`,
    run: eachActor(s, (v) => {
      const n = sent(v, kind)[0];
      if (!n) return [s.judging.notJudged(id, `no ${kind} arrived`)];
      const caps = chatOf(n).capabilities;
      const list: unknown[] = Array.isArray(caps) ? caps : [];
      const ok = lists.include.every((c) => list.includes(c)) && !lists.exclude.some((c) => list.includes(c));
      const want = [
        ...(lists.include.length ? [`including ${lists.include.join(', ')}`] : []),
        ...(lists.exclude.length ? [`none of ${lists.exclude.join(', ')}`] : []),
      ].join(', ');
      return [s.judging.verdictOf(id, ok, `capabilities ${want}`, json(caps), { evidence: [n.index] })];
    }),
  };
}

/** Nothing but the declared notifications (and offers, which routing conditions judge) arrives about the chat. */
export function nothingElse<Id extends string>(s: OperationSubject<Id>, id: Id): Check<Id> {
  return {
    requirement: id,
    does: `looks for other notifications about the chat after ${s.operation.name}, through the quiet window`,
    run: eachActor(s, (v) => {
      const extra = v.ofChat.filter((n) => !sequenceOf(s).includes(n.kind) && !isOffer(n));
      return [
        s.judging.verdictOf(
          id,
          extra.length === 0,
          `nothing but ${sequenceOf(s).join(', ')}`,
          extra.map(label).join('; ') || 'nothing else',
          {
            evidence: extra.map((n) => n.index),
          },
        ),
      ];
    }),
  };
}
