/**
 * Checks of what else arrives after Accept: nothing more about the chat for the agent, and nothing
 * about it for anybody else.
 */
import { validate } from '../../../helpers/contract/validator.ts';
import { isObject, isOffer, label, notificationsOf, stepIndex, windowEnd } from '../../../helpers/judges/views.ts';
import { type AcceptCheck, notJudged, verdictOf } from '../judging.ts';
import { perAcceptor } from '../view.ts';

function isWellFormedChatNotification(data: unknown): boolean {
  if (!isObject(data)) return false;
  if (data.messageType === 'ChatStateChangeMessage') return validate('ChatStateChangeMessage', data).ok;
  if (data.messageType === 'MessageLogUpdated') return validate('MessageLogUpdated', { ...data, notificationType: 'NewMessages' }).ok;
  return false;
}

/** Accept's own notifications (StatusChange, ParticipantsUpdated, MessageLogUpdated). */
const THE_THREE: readonly string[] = ['StatusChange', 'ParticipantsUpdated', 'MessageLogUpdated'];

export const nothingElseArrives: AcceptCheck = {
  requirement: 'ACCEPT-QUIET-01',
  does: 'looks for anything else about the chat after Accept, through the quiet window',
  run: perAcceptor((v) => {
    // Well-formed chat notifications beyond the three (PropertiesUpdated, Error, ...). A malformed one
    // (misspelled messageType) is ACCEPT-SCHEMA-01's business, not this one's.
    const others = v.ofChat.filter((n) => !THE_THREE.includes(n.kind) && isWellFormedChatNotification(n.data));
    const foreign = v.notifications.filter((n) => n.chatId !== undefined && n.chatId !== v.chatId);
    const out = [
      verdictOf(
        'ACCEPT-QUIET-01',
        others.length === 0,
        'nothing but the three notifications',
        others.length === 0 ? 'nothing else' : others.map(label).join('; '),
        { evidence: others.map((n) => n.index) },
      ),
    ];
    if (foreign.length > 0)
      out.push({
        requirement: 'ACCEPT-QUIET-01',
        verdict: 'INFO',
        expected: 'notifications about the accepted chat',
        observed: `also about other chats: ${foreign.map(label).join('; ')}`,
      });
    return out;
  }),
};

export const noOtherAgentHears: AcceptCheck = {
  requirement: 'ACCEPT-ISOLATION-01',
  does: "looks for the accepted chat in the observers' notifications",
  run: (ctx) => {
    if (ctx.scenario.observers.length === 0) return [notJudged('ACCEPT-ISOLATION-01', 'no observer agent was online')];
    const t = ctx.transcript;
    const from = Math.min(...ctx.scenario.actors.map((a) => stepIndex(t, 'accept', a)).filter((i) => i >= 0));
    if (!Number.isFinite(from)) return [notJudged('ACCEPT-ISOLATION-01', 'no Accept was made')];
    const chats = ctx.scenario.actors.map((a) => ctx.scenario.chats[a] ?? '').filter(Boolean);
    // A leaked offer is ACCEPT-ISOLATION-02's, even when it arrives after the Accept (delivery is asynchronous).
    const leaked = ctx.scenario.observers.flatMap((o) =>
      notificationsOf(t, o, from, windowEnd(t))
        .filter((n) => chats.some((c) => JSON.stringify(n.data).includes(c)) && !isOffer(n))
        .map((n) => `${o} got ${label(n)}`),
    );
    return [
      verdictOf(
        'ACCEPT-ISOLATION-01',
        leaked.length === 0,
        `no notification about ${chats.join(', ')} to ${ctx.scenario.observers.join(', ')}`,
        leaked.length === 0 ? 'none' : leaked.join('; '),
      ),
    ];
  },
};

export const noOtherAgentHearsBefore: AcceptCheck = {
  requirement: 'ACCEPT-ISOLATION-02',
  does: "looks for the offered chat in the observers' notifications before the Accept",
  run: (ctx) => {
    if (ctx.scenario.observers.length === 0) return [notJudged('ACCEPT-ISOLATION-02', 'no observer agent was online')];
    const t = ctx.transcript;
    const accepts = ctx.scenario.actors.map((a) => stepIndex(t, 'accept', a)).filter((i) => i >= 0);
    if (accepts.length === 0) return [notJudged('ACCEPT-ISOLATION-02', 'no Accept was made')];
    const until = Math.min(...accepts);
    const chats = ctx.scenario.actors.map((a) => ctx.scenario.chats[a] ?? '').filter(Boolean);
    const leaked = ctx.scenario.observers.flatMap((o) =>
      notificationsOf(t, o, -1, windowEnd(t))
        .filter((n) => chats.some((c) => JSON.stringify(n.data).includes(c)) && (n.index < until || isOffer(n)))
        .map((n) => `${o} got ${label(n)}`),
    );
    return [
      verdictOf(
        'ACCEPT-ISOLATION-02',
        leaked.length === 0,
        `no offer of ${chats.join(', ')} to ${ctx.scenario.observers.join(', ')}, and nothing about it before the Accept`,
        leaked.length === 0 ? 'none' : leaked.join('; '),
      ),
    ];
  },
};
