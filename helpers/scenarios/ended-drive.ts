/**
 * The drives of a chat that has ended for the agent: every operation tried on it, each at an
 * ended-probe step, then a quiet window (what the conversation does once it completed its chat); and
 * the scenario of an operation that ends an offer: a chat offered to the agent while a second agent is
 * Ready for it next, ended by the operation, then every other operation tried on it.
 */
import type { ChatOperationRequest, Transcript } from '../contract/generated/payloads.ts';
import type { OperationDecl } from '../contract/operation.ts';
import { ENDED_PROBE_STEP } from '../judges/conditions/conversation.ts';
import type { OnlineAgent } from '../target/agent.ts';
import type { Target } from '../target/config.ts';
import { accounts, Drive, type DriveHooks, sleep } from './drive.ts';
import { offeredNext } from './next-offer.ts';

/**
 * Each request tried on the chat at its ended-probe step (or `step`: the chat left), then a window (none
 * without a request): the quiet window, or the one given (a conversation's turn window).
 */
export async function tryOnEndedChat(
  d: Drive,
  agent: OnlineAgent,
  chatId: string,
  probes: readonly ChatOperationRequest[],
  windowMs = d.config.quietWindowMs,
  step = ENDED_PROBE_STEP,
): Promise<void> {
  const off = new Set<string>(d.config.serverWithout);
  const tried = probes.filter((b) => !off.has(b.operationName));
  for (const body of tried) {
    d.recorder.step(step, agent.actor, { probe: body.operationName });
    await agent.http.chatOperation(chatId, body);
  }
  if (tried.length > 0) await sleep(windowMs);
}

export async function driveEndedOffer(
  target: Target,
  ending: OperationDecl,
  probes: readonly ChatOperationRequest[],
  hooks: DriveHooks = {},
): Promise<Transcript> {
  const d = new Drive(target, ending, `ended-${ending.prefix.toLowerCase()}`);
  return d.run(async () => {
    const [agentAccount, nextAccount] = accounts(target, 2);
    const [agent, next] = await Promise.all([d.online(agentAccount, 'actor'), d.online(nextAccount, 'observer')]);
    await d.startChat();
    const chatId = await d.offerTo(agent);
    await hooks.afterOffer?.();
    // A second agent Ready for the chat next: routing offers it there, not back to the one that ended it.
    await d.makeReady(next);
    d.recorder.step('ended', agent.actor);
    const from = d.recorder.cursor();
    await agent.http.chatOperation(chatId, { operationName: ending.name } as ChatOperationRequest);
    await d.awaitOperated(agent.actor, chatId, from);
    // Side by side on one GMS service: the chat's next offer lands here before another run is Ready, and
    // the run's routing is done before its quiet window, not after (the window needs no turn).
    if (target.gate) await offeredNext(d, next.actor, from);
    await sleep(target.config.quietWindowMs);
    await tryOnEndedChat(d, agent, chatId, probes);
  });
}
