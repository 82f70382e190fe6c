/**
 * The clean-up of one agent: the chats it may still hold released (an accepted chat completed, a chat
 * only offered rejected), then NotReady and its contact-center session ended, its CometD session
 * closed. Never a failure: the target may be gone. A chat left offered to an account blocks it (its
 * capacity) for the next run on that account, of this suite run or of the next.
 */
import { setTimeout as pause } from 'node:timers/promises';
import type { TranscriptEvent } from '../contract/generated/payloads.ts';
import { TransportError } from '../evidence/transcript.ts';
import { isObject, lastSegment } from '../judges/views.ts';
import { isOfferTo, type OnlineAgent, stateChangeOf } from '../target/agent.ts';

/**
 * `n` tries shared by the clean-up requests of one agent (or one customer's chat): a request that got no
 * answer is sent again after a pause. The cut that failed a run (a load balancer's restart) cuts the
 * clean-up's first requests too, on the connections kept alive; the next connections work. A request
 * that was answered, whatever the answer, is not sent again; a target gone costs `n` failed requests.
 */
export function tries(n = 3, pauseMs = 250): <T>(request: () => Promise<T>) => Promise<T> {
  let left = n;
  return async (request) => {
    for (;;) {
      try {
        return await request();
      } catch (err) {
        if (!(err instanceof TransportError) || --left <= 0) throw err;
        await pause(pauseMs);
      }
    }
  };
}

/**
 * Did the run meet trouble (a failure recorded, a request without answer, a CometD connection lost or a
 * re-handshake)? Then an offer may have been left: one the run failed before taking, or one whose
 * notification was lost.
 */
export function troubled(events: readonly TranscriptEvent[]): boolean {
  return events.some(
    (e) =>
      e.kind === 'failure' ||
      (e.kind === 'http' && e.error !== undefined) ||
      (e.kind === 'note' && ['lost', 'rehandshake'].includes(String((e.data as { transportEvent?: unknown } | undefined)?.transportEvent))),
  );
}

/**
 * The chat ids an answer of GET /api/v2/me/chats names: `uris` (each a chat's URI, its id last) or
 * `chats` (each with its id, as fields=* gives them). Anything else names none: the shape is inferred
 * from the generic GET rules, so it is read leniently; it only serves the clean-up.
 */
export function listedChats(body: unknown): string[] {
  const b = isObject(body) ? body : {};
  const uris = Array.isArray(b.uris) ? b.uris.map(lastSegment) : [];
  const chats = Array.isArray(b.chats) ? b.chats.map((c) => (isObject(c) ? c.id : undefined)) : [];
  return [...uris, ...chats].filter((id): id is string => typeof id === 'string');
}

/**
 * The chats `agent` may still hold beyond `known` (the run's own, those it kept for the clean-up): after
 * trouble, every chat offered to it in `events` and those the agent API lists (GET /api/v2/me/chats).
 */
async function strayChats(
  agent: OnlineAgent,
  events: readonly TranscriptEvent[],
  known: ReadonlySet<string>,
  again: ReturnType<typeof tries>,
): Promise<string[]> {
  if (!troubled(events)) return [];
  const listed = await again(() => agent.http.request('GET', '/api/v2/me/chats', undefined, { timeoutMs: 3000 }));
  const ids = [...events.filter(isOfferTo(agent.actor)).map((e) => stateChangeOf(e)!.chat.id), ...listedChats(listed.body)];
  return [...new Set(ids.filter((id) => id !== '' && !known.has(id)))];
}

const succeeded = (r: { body: unknown }) => (r.body as { statusCode?: unknown } | undefined)?.statusCode === 0;

export async function releaseAgent(
  agent: OnlineAgent,
  events: readonly TranscriptEvent[],
  known: readonly (string | undefined)[],
  nickname: string,
  beforeRequeue: () => Promise<unknown> = async () => undefined,
): Promise<void> {
  const options = { timeoutMs: 3000 };
  const again = tries();
  // A Reject sends the chat back to its service's queue: side by side on one GMS service, where another
  // run may have an agent Ready, only in the routing turn (beforeRequeue takes it, kept to the end).
  const op = async (chatId: string, operationName: 'Complete' | 'Reject') => {
    if (operationName === 'Reject') await beforeRequeue();
    return again(() => agent.http.chatOperation(chatId, { operationName }, options));
  };
  const own = new Set(known.filter((id): id is string => typeof id === 'string' && id !== ''));
  try {
    for (const chatId of own) {
      // Complete an accepted chat; a chat still only offered is rejected, so it does not block the agent
      // (its customer, the run's, leaves it).
      if (!succeeded(await op(chatId, 'Complete'))) await op(chatId, 'Reject');
    }
    for (const chatId of await strayChats(agent, events, own, again)) {
      // A chat whose customer the run may not know (its GMS answer lost): ended, not handed back to the
      // queue, where it would reach the next run's agent as if it were that run's.
      if (succeeded(await again(() => agent.http.accept(chatId, { operationName: 'Accept', nickname }, options))))
        await op(chatId, 'Complete');
      else if (!succeeded(await op(chatId, 'Complete'))) await op(chatId, 'Reject');
    }
    await again(() => agent.http.setChatReady(false));
    await again(() => agent.http.endContactCenterSession());
  } catch {
    // the target may be gone: nothing to clean
  }
  await agent.close();
}
