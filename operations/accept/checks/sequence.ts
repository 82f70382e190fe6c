/**
 * Checks of the notification sequence after Accept: StatusChange, ParticipantsUpdated and
 * MessageLogUpdated, once each, in the documented order, on /v2/me/chats, each of the documented shape.
 */

import { CHATS_CHANNEL } from '../../../helpers/contract/endpoints.ts';
import type { Finding, Verdict } from '../../../helpers/contract/generated/payloads.ts';
import { validate } from '../../../helpers/contract/validator.ts';
import { byKind, isObject, type Kind, label } from '../../../helpers/judges/views.ts';
import { type AcceptCheck, type AcceptId, notJudged, verdictOf } from '../judging.ts';
import { perAcceptor } from '../view.ts';

/** Exactly one notification of `kind` about the accepted chat. */
function exactlyOne(id: AcceptId, kind: Kind): AcceptCheck {
  return {
    requirement: id,
    does: `counts the ${kind} notifications for the accepted chat`,
    run: perAcceptor((v) => {
      const found = byKind(v, kind);
      return [
        verdictOf(
          id,
          found.length === 1,
          `exactly one ${kind} for chat ${v.chatId}`,
          found.length === 0 ? 'none' : `${found.length}: ${found.map(label).join('; ')}`,
          {
            evidence: found.map((n) => n.index),
            table: { expected: ['StatusChange', 'ParticipantsUpdated', 'MessageLogUpdated'], observed: v.ofChat.map(label) },
          },
        ),
      ];
    }),
  };
}

/** ACCEPT-SEQ-01: After Accept, exactly one ChatStateChangeMessage StatusChange arrives for the chat. */
export const oneStatusChange = exactlyOne('ACCEPT-SEQ-01', 'StatusChange');

/** ACCEPT-SEQ-02: After Accept, exactly one ChatStateChangeMessage ParticipantsUpdated arrives for the chat. */
export const oneParticipantsUpdated = exactlyOne('ACCEPT-SEQ-02', 'ParticipantsUpdated');

/** ACCEPT-SEQ-03: After Accept, exactly one MessageLogUpdated NewMessages arrives with the chat history. */
export const oneMessageLogUpdated = exactlyOne('ACCEPT-SEQ-03', 'MessageLogUpdated');

/** ACCEPT-ORDER-01: The three notifications arrive in the documented order: StatusChange, ParticipantsUpdated, MessageLogUpdated. */
export const documentedOrder: AcceptCheck = {
  requirement: 'ACCEPT-ORDER-01',
  does: 'compares the arrival order of the three notifications',
  run: perAcceptor((v) => {
    const order: Kind[] = ['StatusChange', 'ParticipantsUpdated', 'MessageLogUpdated'];
    const seen = v.ofChat.filter((n) => order.includes(n.kind));
    if (order.some((k) => byKind(v, k).length !== 1))
      return [notJudged('ACCEPT-ORDER-01', 'the three notifications did not each arrive once (see ACCEPT-SEQ-01..03)')];
    const observed = seen.map((n) => n.kind);
    return [
      verdictOf('ACCEPT-ORDER-01', observed.join() === order.join(), order.join(' → '), observed.join(' → '), {
        table: { expected: order, observed: seen.map(label) },
      }),
    ];
  }),
};

/** ACCEPT-CHANNEL-01: The notifications of Accept arrive on the channel /v2/me/chats. */
export const onChatsChannel: AcceptCheck = {
  requirement: 'ACCEPT-CHANNEL-01',
  does: 'reads the channel of every notification for the accepted chat',
  run: perAcceptor((v) => {
    if (v.ofChat.length === 0) return [notJudged('ACCEPT-CHANNEL-01', 'no notification arrived')];
    const wrong = v.ofChat.filter((n) => n.channel !== CHATS_CHANNEL);
    return [
      verdictOf(
        'ACCEPT-CHANNEL-01',
        wrong.length === 0,
        `every notification on ${CHATS_CHANNEL}`,
        wrong.length === 0 ? `all ${v.ofChat.length} on ${CHATS_CHANNEL}` : wrong.map(label).join('; '),
        { evidence: wrong.map((n) => n.index) },
      ),
    ];
  }),
};

/** ACCEPT-SCHEMA-01: Every notification of Accept has the documented shape (schemas/chat-state-change-message, message-log-updated). */
export const documentedShape: AcceptCheck = {
  requirement: 'ACCEPT-SCHEMA-01',
  does: 'validates every notification for the accepted chat against its schema',
  run: perAcceptor((v) => {
    if (v.ofChat.length === 0) return [notJudged('ACCEPT-SCHEMA-01', 'no notification arrived')];
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
      // The channel is ACCEPT-CHANNEL-01's business: judge the data as if it came on /v2/me/chats.
      const result = kind ? validate(kind, d) : validate('ChatsNotification', { channel: CHATS_CHANNEL, data: d });
      for (const e of result.errors) {
        problems.push(
          `event ${n.index} ${e.pointer || '/'}: expected ${e.expected}, got ${e.actual}${e.status === 'inferred' ? ' (inferred fact)' : ''}`,
        );
        if (e.status !== 'inferred') onlyInferred = false;
      }
      for (const u of result.undocumented)
        out.push({
          requirement: 'ACCEPT-SCHEMA-01',
          verdict: 'INFO',
          expected: 'documented properties',
          observed: `event ${n.index}: undocumented ${u.pointer} = ${u.actual}`,
          evidence: [n.index],
        });
    }
    const verdict: Verdict = problems.length === 0 ? 'PASS' : onlyInferred ? 'NON-STRICT' : 'FAIL';
    out.unshift({
      requirement: 'ACCEPT-SCHEMA-01',
      verdict,
      expected: 'ChatStateChangeMessage / MessageLogUpdated as in schemas/',
      observed: problems.length === 0 ? `${v.ofChat.length} notifications valid` : problems.join('; '),
    });
    return out;
  }),
};
