/**
 * The whole conversation's drive: a chat started with the customer's userData, offered and accepted;
 * each turn at its step (the chat's REST view read first where the turn asks), its first notification
 * awaited, then what the configuration has it wait (config.turnWaitMs): nothing (the next turn follows
 * at once; each turn's notifications are told by what its declaration claims, helpers/judges/attribution.ts,
 * and a notification no single turn claims has the turns taken again, each waiting its window), or its
 * window on the embedded simulator with a deviation that sends late; the customer writing between
 * turns; the customer reads its transcript;
 * then the last turn (a chat left waiting while the agent is busy, the turn, the waiting chat offered
 * next), its window, the customer's transcript again, and every operation tried on the completed chat
 * (`probes`), followed by the turn window.
 */
import type { ChatOperationRequest, Transcript } from '../contract/generated/payloads.ts';
import type { OperationDecl } from '../contract/operation.ts';
import { CUSTOMER_MESSAGE_STEP, firstUnclaimed, turnsOf, unattributed } from '../judges/attribution.ts';
import { CUSTOMER_VIEW_STEP } from '../judges/conditions/entries.ts';
import { WAITING_CHAT_STEP } from '../judges/conditions/lifecycle.ts';
import { REST_BEFORE_STEP } from '../judges/conditions/user-data.ts';
import type { Target } from '../target/config.ts';
import { Drive, type DriveHooks, sleep } from './drive.ts';
import { tryOnEndedChat } from './ended-drive.ts';
import { offeredNext } from './next-offer.ts';
import { START_USER_DATA } from './properties-drive.ts';

/** One operation's turn: its step, its request, and whether the chat's REST view is read before it. */
export interface Turn {
  operation: string;
  step: string;
  body: ChatOperationRequest;
  rest: boolean;
}

/** The customer writes after every CUSTOMER_EVERY-th turn (from the second on): a few lines, each followed by the turn window. */
const CUSTOMER_EVERY = 4;

/** What the customer writes between turns (each once: the transcripts are compared by text). */
const customerLine = (i: number) => `Customer line ${i + 1}: still there?`;

export async function driveConversation(
  target: Target,
  operations: readonly OperationDecl[],
  turns: readonly Turn[],
  last: Turn | undefined,
  probes: readonly ChatOperationRequest[],
  hooks: DriveHooks = {},
): Promise<Transcript> {
  const wait = target.config.turnWaitMs;
  const first = await driveOnce(target, operations, turns, last, probes, hooks, wait);
  // Turns taken at once that left a notification no single turn claims are taken again with their windows.
  const why = wait < target.config.turnWindowMs ? unattributed(first, operations) : undefined;
  if (why === undefined || first.events.some((e) => e.kind === 'failure')) return first;
  return driveOnce(target, operations, turns, last, probes, hooks, target.config.turnWindowMs, why);
}

async function driveOnce(
  target: Target,
  operations: readonly OperationDecl[],
  turns: readonly Turn[],
  last: Turn | undefined,
  probes: readonly ChatOperationRequest[],
  hooks: DriveHooks,
  wait: number,
  again?: string,
): Promise<Transcript> {
  const d = new Drive(target, operations[0]!, 'conversation');
  d.chatUserData = { ...START_USER_DATA };
  d.scenario.settings = { ...d.scenario.settings, turnWaitMs: wait };
  if (again) d.recorder.note(`the turns taken again, each waiting its window: in the attempt without windows, ${again}`);
  const off = new Set<string>(target.config.serverWithout);
  return d.run(async () => {
    const { agent, chatId } = await d.conversation(hooks);
    const [chat] = d.customerChats;
    // A turn's own notification, then its window; without a window, the first notification of the chat
    // that no earlier turn claims (a late one of an earlier turn does not end the wait).
    const settle = async (from: number) => {
      if (wait > 0) {
        await d.awaitOperated(agent.actor, chatId, from);
        await sleep(wait);
        return;
      }
      const events = d.recorder.events;
      const earlier = turnsOf({ events }, agent.actor, chatId, operations, from).map((x) => x.claim);
      let checked = from; // the first event not looked at yet (firstUnclaimed reads after its `from`)
      await d.recorder.until(() => {
        const found = firstUnclaimed(events, agent.actor, chatId, earlier, checked - 1, events.length) !== undefined;
        checked = events.length;
        return found;
      }, target.config.notificationTimeoutMs);
    };
    const take = async (t: Turn) => {
      if (t.rest) {
        d.recorder.step(REST_BEFORE_STEP, agent.actor, { operation: t.operation });
        await agent.http.getChat(chatId);
      }
      d.recorder.step(t.step, agent.actor, { operation: t.operation });
      const from = d.recorder.cursor();
      await agent.http.chatOperation(chatId, t.body);
      return from;
    };
    for (const [i, t] of turns.entries()) {
      if (off.has(t.operation)) continue;
      await settle(await take(t));
      if (d.customer && chat && i % CUSTOMER_EVERY === 1) {
        // The customer answers: a step of the way in, so the turn before it keeps its own window.
        d.recorder.step(CUSTOMER_MESSAGE_STEP, d.customer.actor);
        const from = d.recorder.cursor();
        await d.customer.send(chat, customerLine(i));
        // Its notification to the agent (and the turn's wait) before the next turn starts: what the
        // customer's message causes is judged by the conversation's rules, never blamed on the next turn
        // (without a wait, its Text entry carries the line: the attribution gives it to the line).
        await settle(from);
      }
    }
    if (d.customer && chat) {
      d.recorder.step(CUSTOMER_VIEW_STEP, d.customer.actor);
      await d.customer.refresh(chat, 1);
    }
    if (!last || off.has(last.operation)) return;
    if (d.customer) {
      await d.readyForWaitingChat(agent);
      await d.startChat();
      d.recorder.step(WAITING_CHAT_STEP, agent.actor, { operation: last.operation });
      await sleep(target.config.turnWindowMs);
    }
    const from = await take(last);
    await d.awaitOperated(agent.actor, chatId, from);
    if (d.customer) await offeredNext(d, agent.actor, from, { operation: last.operation });
    // The last turn's window, whatever the turns waited: what any turn sends late arrives before it ends.
    await d.quietWindow(target.config.turnWindowMs);
    if (d.customer && chat) {
      d.recorder.step(CUSTOMER_VIEW_STEP, d.customer.actor);
      await d.customer.refresh(chat, 1);
    }
    // Every operation tried on the completed chat, then the turn window: each must be refused, nothing follow.
    await tryOnEndedChat(d, agent, chatId, probes, target.config.turnWindowMs);
  });
}
