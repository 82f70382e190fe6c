/**
 * Conditions on the chat's REST view. Once Accept's window ended (the drive's `rest-before` step) and
 * after an operation that leaves it Chatting (an entry, a userData change; the `rest-after` step): the
 * chat Chatting, offering what every documented Chatting list holds (CONV-REST-01), its participants the
 * customer and the agent with their notified participantIds (CONV-REST-03) and, after a userData change,
 * its userData as the change left it (CONV-REST-02); the agent's chats over REST list it, Chatting
 * (CONV-REST-04). After Leave or Complete, the chat as they left it where it is still shown
 * (CONV-REST-05). The shapes of GET /api/v2/me/chats/{id} and GET /api/v2/me/chats?fields=* are inferred
 * (docs/gws-chat-api-facts.md §9 14): an answer without a chat resource, or a chats list, in it leaves
 * them not applicable, with what it was.
 */
import { isDeepStrictEqual } from 'node:util';
import { COMMON_CHATTING_CAPABILITIES } from '../../contract/capabilities.ts';
import type { Finding, HttpEvent, Transcript } from '../../contract/generated/payloads.ts';
import { declaredUserData, type OperationDecl } from '../../contract/operation.ts';
import { CONVERSATION_CATALOGUE, type ConversationId } from '../catalogue/conversation-requirements.ts';
import { type Check, json, judgesOf } from '../check.ts';
import { httpAfter, isObject, isOffer, notificationsOf, participantsOf, stepIndex } from '../views.ts';
import { REST_BEFORE_STEP, userDataBefore } from './user-data.ts';

/** The drive's step, after the operation's window, at which the agent reads the chat's REST view. */
export const REST_AFTER_STEP = 'rest-after';

/** The drive's step at which the agent accepts the chat (helpers/scenarios/drive.ts `accepted`). */
const ACCEPT_STEP = 'accept';

const judging = judgesOf(CONVERSATION_CATALOGUE);

/** The agent's chats over REST, each resource whole: the path the drive asks (after any prefix of the base URL). */
const LIST_PATH = '/api/v2/me/chats?fields=*';
const isList = (e: HttpEvent) => e.request.method === 'GET' && e.request.path.endsWith(LIST_PATH);

/**
 * The GET of one chat after the rest-after step of its actor (or, `list`, the GET of the agent's chats):
 * the step's index and the exchange (undefined: no such step).
 */
function viewAfter(t: Transcript, list = false): { index: number; exchange?: HttpEvent } | undefined {
  const index = stepIndex(t, REST_AFTER_STEP);
  if (index < 0) return undefined;
  const actor = t.events[index].actor;
  const wanted = (e: HttpEvent) => (list ? isList(e) : e.request.method === 'GET' && !isList(e));
  return { index, exchange: actor ? httpAfter(t, index, actor, wanted)?.event : undefined };
}

/**
 * The chat's REST views to judge by its state and participants: the one read once Accept's window ended
 * (the drive's rest-before step, where Accept came before it) and the one after the operation and its
 * window. Each with what it follows.
 */
function chatViews(t: Transcript, operation: OperationDecl): { index: number; exchange?: HttpEvent; follows: string }[] {
  const out: { index: number; exchange?: HttpEvent; follows: string }[] = [];
  const before = stepIndex(t, REST_BEFORE_STEP);
  const accept = stepIndex(t, ACCEPT_STEP);
  const actor = before < 0 ? undefined : t.events[before].actor;
  if (actor && accept >= 0 && accept < before)
    out.push({ index: before, exchange: httpAfter(t, before, actor, (e) => e.request.method === 'GET')?.event, follows: 'Accept' });
  const after = viewAfter(t);
  if (after) out.push({ ...after, follows: operation.name });
  return out;
}

/** The chat resource a REST view answered (undefined: none, as inferred, in it). */
function chatIn(exchange: HttpEvent | undefined): Record<string, unknown> | undefined {
  const body = exchange?.response?.status === 200 ? exchange.response.body : undefined;
  return isObject(body) && isObject(body.chat) ? body.chat : undefined;
}

/** Not applicable: the REST view showed no chat resource, with what it answered. */
function noChat(id: ConversationId, exchange: HttpEvent | undefined): Finding {
  return judging.notApplicable(
    id,
    `the chat's REST view answered ${answered(exchange)}: no chat resource in it (the shape of GET /api/v2/me/chats/{id} is inferred, §9 14)`,
  );
}

/** What a REST read answered, for a finding: its status and body, or nothing. */
function answered(exchange: HttpEvent | undefined): string {
  const r = exchange?.response;
  return r ? `HTTP ${r.status} ${json(r.body)}` : 'nothing';
}

/**
 * After Accept, and after the operation, and their windows, the REST view shows the chat in the state
 * they leave it (Chatting), with what every documented Chatting capability list holds.
 */
export function restViewState(operation: OperationDecl): Check<ConversationId> {
  const id = 'CONV-REST-01';
  const state = operation.success.stateAfter;
  const common = state === 'Chatting' ? COMMON_CHATTING_CAPABILITIES : [];
  return {
    requirement: id,
    does: `reads the chat's REST view after Accept and after ${operation.name}, and their windows`,
    run: ({ transcript }) =>
      chatViews(transcript, operation).map((view) => {
        const chat = chatIn(view.exchange);
        if (!chat) return noChat(id, view.exchange);
        const caps: unknown[] = Array.isArray(chat.capabilities) ? chat.capabilities : [];
        const missing = common.filter((c) => !caps.includes(c));
        return judging.verdictOf(
          id,
          chat.state === state && missing.length === 0,
          `after ${view.follows}: the chat ${state}${common.length > 0 ? `, offering ${common.join(', ')}` : ''}`,
          `the chat ${json(chat.state)}${missing.length > 0 ? `, without ${missing.join(', ')}` : ''}`,
          { evidence: [view.index] },
        );
      }),
  };
}

/**
 * The REST view's participants whose participantId differs from the one the last notification before
 * the view that listed the chat's participants gave the participant of the same type and nickname: each
 * said with both ids. A participant without a participantId, or none notified, is not compared (the
 * view's shape is inferred), nor are notified ids that are not distinct: a wrong notification is blamed
 * once, by Accept's requirements.
 */
function otherIds(t: Transcript, at: number, chat: Record<string, unknown>, participants: Record<string, unknown>[]): string[] {
  const actor = t.events[at].actor;
  if (!actor) return [];
  const notified = notificationsOf(t, actor, -1, at)
    .filter((n) => n.chatId === chat.id && !isOffer(n))
    .map(participantsOf)
    .filter((list) => list.length > 0)
    .at(-1);
  // Notified participants sharing an id are Accept's requirements' to blame (ACCEPT-ID-02): nothing to compare with.
  if (!notified || new Set(notified.map((q) => q.participantId)).size !== notified.length) return [];
  return participants.flatMap((p) => {
    const same = notified.find((q) => q.type === p.type && q.nickname === p.nickname);
    if (!same || p.participantId === undefined || same.participantId === p.participantId) return [];
    return [`the ${json(p.type)} ${json(p.nickname)} as ${json(p.participantId)}, notified as ${json(same.participantId)}`];
  });
}

/**
 * After Accept, and after the operation, and their windows, the REST view lists the chat's participants: the customer under
 * the nickname it started the chat with (where the suite started it: GMS), and the agent.
 */
export function restViewParticipants(operation: OperationDecl): Check<ConversationId> {
  const id = 'CONV-REST-03';
  return {
    requirement: id,
    does: `reads the participants of the chat's REST view after Accept and after ${operation.name}, and their windows`,
    run: ({ transcript }) =>
      chatViews(transcript, operation).map((view) => {
        const chat = chatIn(view.exchange);
        if (!chat) return noChat(id, view.exchange);
        const participants = (Array.isArray(chat.participants) ? chat.participants : []).filter(isObject);
        const nickname = transcript.scenario.customerNickname;
        const customer = participants.some((p) => p.type === 'Customer' && (nickname === undefined || p.nickname === nickname));
        const agent = participants.some((p) => p.type === 'Agent');
        const renamed = otherIds(transcript, view.index, chat, participants);
        return judging.verdictOf(
          id,
          customer && agent && renamed.length === 0,
          `after ${view.follows}: participants, the customer${nickname === undefined ? '' : ` (${json(nickname)})`} and the agent, with the participantIds the notifications gave them`,
          !customer || !agent
            ? json(participants.map((p) => ({ type: p.type, nickname: p.nickname })))
            : renamed.length > 0
              ? renamed.join(', ')
              : 'both',
          { evidence: [view.index] },
        );
      }),
  };
}

/**
 * After the operation and its window, the agent's chats over REST list the chat in the state the
 * operation leaves it. An answer without a `chats` list, or listing the chat without its state, shows
 * nothing to judge by (the collection's shape is inferred): not applicable, with what it answered.
 */
export function restListState(operation: OperationDecl): Check<ConversationId> {
  const id = 'CONV-REST-04';
  const state = operation.success.stateAfter;
  return {
    requirement: id,
    does: `reads the agent's chats over REST after ${operation.name} and its window`,
    run: ({ transcript: t }) => {
      const view = viewAfter(t, true);
      if (!view) return [];
      const r = view.exchange?.response;
      const chats = r?.status === 200 && isObject(r.body) && Array.isArray(r.body.chats) ? r.body.chats.filter(isObject) : undefined;
      if (!chats)
        return [
          judging.notApplicable(
            id,
            `the agent's chats over REST answered ${answered(view.exchange)}: no chats list in it (the shape of GET ${LIST_PATH} is inferred, §9 14)`,
          ),
        ];
      // The chat the drive operated on: the one it read over REST at the same step.
      const one = viewAfter(t)?.exchange?.request.path;
      const chatId = one ? decodeURIComponent(one.split('?')[0].split('/').pop() ?? '') : undefined;
      if (!chatId) return [judging.notJudged(id, 'no REST view of the chat at the same step, to know which chat to look for')];
      const listed = chats.find((c) => c.id === chatId);
      if (listed && listed.state === undefined)
        return [judging.notApplicable(id, `the agent's chats over REST list the chat without its state: ${json(listed)}`)];
      return [
        judging.verdictOf(
          id,
          listed?.state === state,
          `the chat ${chatId} listed, ${state}`,
          listed ? `listed, ${json(listed.state)}` : `not listed among ${json(chats.map((c) => c.id))}`,
          { evidence: [view.index] },
        ),
      ];
    },
  };
}

/** After a userData change and its window, the REST view shows the userData the change left, every other key as before. */
export function restViewUserData(operation: OperationDecl, step: string): Check<ConversationId> {
  const id = 'CONV-REST-02';
  const change = declaredUserData(operation);
  if (!change) throw new Error(`${operation.name} declares no userData change`);
  return {
    requirement: id,
    does: `compares the userData of the chat's REST view after ${operation.name} with the one before it and the change sent`,
    run: ({ transcript: t }) => {
      const view = viewAfter(t);
      if (!view) return [];
      const chat = chatIn(view.exchange);
      if (!chat) return [noChat(id, view.exchange)];
      const at = stepIndex(t, step);
      const actor = at < 0 ? undefined : t.events[at].actor;
      const sent = actor ? httpAfter(t, at, actor, (e) => e.request.method === 'POST')?.event : undefined;
      const body = sent?.request.body;
      const given = isObject(body) ? body[change.param] : undefined;
      const had = actor ? userDataBefore(t, actor, at) : undefined;
      if (!had || (change.change === 'set' ? !isObject(given) : !Array.isArray(given)))
        return [judging.notJudged(id, `no REST view before ${operation.name}, or no ${change.param} in its request, to compare with`)];
      const expected: Record<string, unknown> = { ...had };
      if (change.change === 'set') Object.assign(expected, given);
      else for (const k of given as unknown[]) if (typeof k === 'string') delete expected[k];
      const shown = isObject(chat.userData) ? chat.userData : {};
      const keys = [...new Set([...Object.keys(expected), ...Object.keys(shown)])];
      const wrong = keys.filter((k) => !isDeepStrictEqual(shown[k], expected[k]));
      return [
        judging.verdictOf(
          id,
          wrong.length === 0,
          `userData ${json(expected)}`,
          wrong.length === 0 ? 'as expected' : wrong.map((k) => `${k}: ${json(shown[k])}`).join(', '),
          { evidence: [view.index] },
        ),
      ];
    },
  };
}

/**
 * After an operation that ends the agent's part in the chat (Leave, Complete) and its window, the REST
 * view, where it still shows the chat, shows it in the state the operation left it. One that no longer
 * shows it (a 404, say) follows no page and breaks none: not applicable, with what it answered.
 */
export function restViewEnded(operation: OperationDecl): Check<ConversationId> {
  const id = 'CONV-REST-05';
  const state = operation.success.stateAfter;
  return {
    requirement: id,
    does: `reads the chat's REST view after ${operation.name} and its window`,
    run: ({ transcript }) => {
      const view = viewAfter(transcript);
      if (!view) return [];
      const chat = chatIn(view.exchange);
      if (!chat)
        return [
          judging.notApplicable(
            id,
            `the chat's REST view after ${operation.name} answered ${answered(view.exchange)}: the chat no longer shown (no page says whether it stays readable, §9 14)`,
          ),
        ];
      return [
        judging.verdictOf(id, chat.state === state, `the chat ${state}, as ${operation.name} left it`, `the chat ${json(chat.state)}`, {
          evidence: [view.index],
        }),
      ];
    },
  };
}

/** The test of the REST view after an operation that ends the agent's part in the chat. */
export const REST_VIEW_ENDED_TEST: { title: string; requirements: ConversationId[] } = {
  title: "after its window, the chat's REST view, where it still shows the chat, shows it as the operation left it",
  requirements: ['CONV-REST-05'],
};

/**
 * The checks of the chat's REST view after `operation` (its `rest-after` step), and the test that shows
 * their verdicts: the chat's state and participants, the agent's chats listing it and, after a userData
 * change (`userDataStep`: the operation's step), its userData.
 */
export function restViewChecks(operation: OperationDecl, userDataStep?: string): Check<ConversationId>[] {
  return [
    restViewState(operation),
    ...(userDataStep === undefined ? [] : [restViewUserData(operation, userDataStep)]),
    restViewParticipants(operation),
    restListState(operation),
  ];
}

export function restViewTest(userData: boolean): { title: string; requirements: ConversationId[] } {
  return {
    title: `after its window, the chat's REST view shows the chat Chatting${userData ? ', with the userData it left' : ''}, its participants the customer and the agent, and the agent's chats list it`,
    requirements: ['CONV-REST-01', ...(userData ? (['CONV-REST-02'] as const) : []), 'CONV-REST-03', 'CONV-REST-04'],
  };
}
