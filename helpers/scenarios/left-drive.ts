/**
 * The drive of a chat the agent left: the chat accepted, the leaving operation at the `left` step → its
 * notifications → the quiet window, then each operation tried on the chat at a `left-probe` step, then a
 * window. The chat, LeftChat, is the agent's to complete: the clean-up completes it.
 */
import type { ChatOperationRequest, Transcript } from '../contract/generated/payloads.ts';
import type { OperationDecl } from '../contract/operation.ts';
import { LEFT_PROBE_STEP } from '../judges/conditions/left-chat.ts';
import type { Target } from '../target/config.ts';
import { Drive, type DriveHooks, sleep } from './drive.ts';
import { tryOnEndedChat } from './ended-drive.ts';

export async function driveLeftChat(
  target: Target,
  leaving: OperationDecl,
  probes: readonly ChatOperationRequest[],
  hooks: DriveHooks = {},
): Promise<Transcript> {
  const d = new Drive(target, leaving, `left-${leaving.prefix.toLowerCase()}`);
  return d.run(async () => {
    const { agent, chatId } = await d.conversation(hooks);
    d.recorder.step('left', agent.actor);
    const from = d.recorder.cursor();
    await agent.http.chatOperation(chatId, { operationName: leaving.name } as ChatOperationRequest);
    await d.awaitOperated(agent.actor, chatId, from);
    await sleep(target.config.quietWindowMs);
    await tryOnEndedChat(d, agent, chatId, probes, target.config.quietWindowMs, LEFT_PROBE_STEP);
  });
}
