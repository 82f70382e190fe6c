/**
 * Operators on the chat's REST view read after an operation's window (the drive's `rest-after` step,
 * helpers/judges/conditions/rest-view.ts): the chat shown in another state, without SendMessage among
 * its capabilities, or its customer under another nickname; after a userData change, its userData with a key gone, a key added, or a
 * value of another JSON type; the agent's chats over REST without the chat, or listing it in another state.
 */
import { SUITE } from '../../../operations/index.ts';
import type { HttpEvent, NoteEvent, Transcript } from '../../contract/generated/payloads.ts';
import { declaredUserData } from '../../contract/operation.ts';
import { REST_AFTER_STEP } from '../../judges/conditions/rest-view.ts';
import { REST_BEFORE_STEP } from '../../judges/conditions/user-data.ts';
import { isObject } from '../../judges/views.ts';
import type { Mutant, Operator } from './types.ts';

type Made = Omit<Mutant, 'operator'>;
type ChatView = Record<string, unknown>;

const stepOf = (e: NoteEvent) => (e.data as { step?: unknown } | undefined)?.step;

/**
 * Each GET of the agent after one of `steps` (up to the next step) whose answer is `wanted`: its index.
 * Only in a transcript with a rest-after step (the drives that judge the REST view: the conversation
 * reads it before each turn for another purpose).
 */
function restGets(
  t: Transcript,
  wanted: (body: Record<string, unknown>) => boolean,
  steps: readonly unknown[] = [REST_AFTER_STEP],
): number[] {
  const out: number[] = [];
  if (!t.events.some((e) => e.kind === 'note' && stepOf(e as NoteEvent) === REST_AFTER_STEP)) return out;
  let actor: string | undefined;
  t.events.forEach((e, i) => {
    if (e.kind === 'note') {
      actor = steps.includes(stepOf(e as NoteEvent)) ? e.actor : undefined;
      return;
    }
    if (e.kind !== 'http' || e.actor !== actor || (e as HttpEvent).request.method !== 'GET') return;
    const body = (e as HttpEvent).response?.body;
    if (isObject(body) && wanted(body)) out.push(i);
  });
  return out;
}

/** The chat's own REST view after an operation (a chat resource in the answer), and, `afterAccept`, the one once Accept's window ended. */
const restViews = (t: Transcript, afterAccept: boolean) =>
  restGets(t, (body) => isObject(body.chat), afterAccept ? [REST_BEFORE_STEP, REST_AFTER_STEP] : [REST_AFTER_STEP]);
/** The agent's chats over REST after an operation (a list of chats in the answer). */
const restLists = (t: Transcript) => restGets(t, (body) => Array.isArray(body.chats));

/** An operator that changes the chats listed after an operation (`change` says how, or undefined: not here). */
function restListOperator(name: string, does: string, change: (chats: unknown[]) => unknown[] | undefined, says: string): Operator {
  return {
    name,
    does,
    mutate(entry) {
      return restLists(entry.transcript).flatMap((index, n): Made[] => {
        const transcript = structuredClone(entry.transcript) as Transcript;
        const body = (transcript.events[index] as HttpEvent).response!.body as { chats: unknown[] };
        const changed = change(body.chats);
        if (!changed) return [];
        body.chats = changed;
        const label = `${transcript.events[index]!.actor}/rest-list#${n + 1}`;
        return [{ id: `${entry.name}:${name}:${label}`, description: `${label}: ${says}`, transcript }];
      });
    },
  };
}

/** Whether the transcript's operation leaves the chat Chatting (its capabilities and participants are judged then). */
const leavesChatting = (t: Transcript) => SUITE.operations.find((o) => o.name === t.scenario.operation)?.success.stateAfter === 'Chatting';

/** Whether the transcript's operation declares a userData change (the REST view's userData is judged after it). */
const changesUserData = (t: Transcript) => {
  const op = SUITE.operations.find((o) => o.name === t.scenario.operation);
  return op !== undefined && declaredUserData(op) !== undefined;
};

/**
 * An operator that changes the chat of each REST view after an operation (`change` says how, or
 * undefined: not here); `userData`: only after an operation that changes the chat's userData.
 */
function restViewOperator(
  name: string,
  does: string,
  change: (chat: ChatView) => string | undefined,
  scope: 'any' | 'chatting' | 'userData' = 'any',
): Operator {
  const userData = scope === 'userData';
  return {
    name,
    does,
    mutate(entry) {
      if (userData && !changesUserData(entry.transcript)) return [];
      // Capabilities and participants are judged where the chat stays Chatting (not after Leave or Complete).
      if (scope === 'chatting' && !leavesChatting(entry.transcript)) return [];
      // The userData view before the operation is the baseline of the change: only the one after it is bent.
      return restViews(entry.transcript, !userData).flatMap((index, n): Made[] => {
        const transcript = structuredClone(entry.transcript) as Transcript;
        const body = (transcript.events[index] as HttpEvent).response!.body as { chat: ChatView };
        const says = change(body.chat);
        const label = `${transcript.events[index]!.actor}/rest-view#${n + 1}`;
        return says ? [{ id: `${entry.name}:${name}:${label}`, description: `${label}: ${says}`, transcript }] : [];
      });
    },
  };
}

const userDataOf = (chat: ChatView) => (isObject(chat.userData) ? chat.userData : undefined);

export const REST_OPERATORS: Operator[] = [
  restListOperator(
    'rest-list-chat-gone',
    "leaves the chats being chatted in out of the agent's chats over REST",
    (chats) =>
      chats.some((c) => isObject(c) && c.state === 'Chatting') ? chats.filter((c) => !(isObject(c) && c.state === 'Chatting')) : undefined,
    'the Chatting chats left out',
  ),
  restListOperator(
    'rest-list-state',
    "lists the chats being chatted in, in the agent's chats over REST, in another state (the offer's, Invited)",
    (chats) =>
      chats.some((c) => isObject(c) && c.state === 'Chatting')
        ? chats.map((c) => (isObject(c) && c.state === 'Chatting' ? { ...c, state: 'Invited' } : c))
        : undefined,
    'the Chatting chats listed Invited',
  ),
  restViewOperator('rest-state', "shows the chat in another state in its REST view (the offer's, Invited)", (chat) => {
    if (chat.state === 'Invited') return undefined;
    chat.state = 'Invited';
    return 'state Invited';
  }),
  restViewOperator(
    'rest-capability-gone',
    "drops SendMessage from the chat's capabilities in its REST view",
    (chat) => {
      if (!Array.isArray(chat.capabilities) || !chat.capabilities.includes('SendMessage')) return undefined;
      chat.capabilities = chat.capabilities.filter((c) => c !== 'SendMessage');
      return 'capabilities without SendMessage';
    },
    'chatting',
  ),
  restViewOperator(
    'rest-customer-renamed',
    "names the customer otherwise in the chat's participants in its REST view",
    (chat) => {
      const customer = Array.isArray(chat.participants) ? chat.participants.find((p) => isObject(p) && p.type === 'Customer') : undefined;
      if (!isObject(customer)) return undefined;
      customer.nickname = 'Customer';
      return 'the customer named "Customer"';
    },
    'chatting',
  ),
  restViewOperator(
    'rest-participant-id',
    "gives the agent another participantId in the chat's participants in its REST view",
    (chat) => {
      const agent = Array.isArray(chat.participants) ? chat.participants.find((p) => isObject(p) && p.type === 'Agent') : undefined;
      if (!isObject(agent) || typeof agent.participantId !== 'string') return undefined;
      agent.participantId = agent.participantId === 'FFFFFFFFFFFFFFFF' ? '0000000000000000' : 'FFFFFFFFFFFFFFFF';
      return `the agent as ${agent.participantId}`;
    },
    'chatting',
  ),
  restViewOperator(
    'rest-userdata-key-gone',
    "drops the last key of the chat's userData in its REST view",
    (chat) => {
      const data = userDataOf(chat);
      const last = data && Object.keys(data).at(-1);
      if (!data || last === undefined) return undefined;
      delete data[last];
      return `userData without ${last}`;
    },
    'userData',
  ),
  restViewOperator(
    'rest-userdata-key-added',
    "adds a key to the chat's userData in its REST view",
    (chat) => {
      chat.userData = { ...(userDataOf(chat) ?? {}), ConformanceMutant: 'added' };
      return 'userData with ConformanceMutant';
    },
    'userData',
  ),
  restViewOperator(
    'rest-userdata-type',
    "gives the first value of the chat's userData another JSON type in its REST view",
    (chat) => {
      const data = userDataOf(chat);
      const first = data && Object.keys(data)[0];
      if (!data || first === undefined) return undefined;
      data[first] = typeof data[first] === 'string' ? 0 : String(data[first]);
      return `userData ${first} of another JSON type`;
    },
    'userData',
  ),
];
