/**
 * The Complete scenario: a chat offered to the agent and accepted; a second customer asks for a chat,
 * left waiting while the agent is busy (the waiting-chat step, then the quiet window); the agent
 * completes the first chat → the answer → its StatusChange → the waiting chat offered to it → the quiet
 * window → the completed chat's REST view (`rest-after`) → the first customer reads its GMS transcript.
 */
import type { Transcript } from '../../../helpers/contract/generated/payloads.ts';
import { CUSTOMER_VIEW_STEP, WAITING_CHAT_STEP } from '../../../helpers/judges/conditions/index.ts';
import { REST_AFTER_STEP } from '../../../helpers/judges/conditions/rest-view.ts';
import { Drive, type DriveHooks, sleep } from '../../../helpers/scenarios/drive.ts';
import { offeredNext } from '../../../helpers/scenarios/next-offer.ts';
import type { Target } from '../../../helpers/target/config.ts';
import { COMPLETE_STEP } from '../judging.ts';
import { COMPLETE } from '../operation.ts';

export async function driveComplete(target: Target, hooks: DriveHooks = {}): Promise<Transcript> {
  const d = new Drive(target, COMPLETE, 'complete');
  return d.run(async () => {
    const { agent, chatId } = await d.conversation(hooks);
    if (d.customer) {
      // A second chat, waiting while the agent is busy: a server with room for two offers it now.
      await d.readyForWaitingChat(agent);
      await d.startChat();
      d.recorder.step(WAITING_CHAT_STEP, agent.actor);
      await sleep(target.config.quietWindowMs);
    }
    d.recorder.step(COMPLETE_STEP, agent.actor);
    const from = d.recorder.cursor();
    await agent.http.chatOperation(chatId, { operationName: 'Complete' });
    await hooks.afterOperation?.();
    await d.awaitSequence(agent.actor, chatId, from);
    if (d.customer) await offeredNext(d, agent.actor, from, {});
    await d.quietWindow();
    d.recorder.step(REST_AFTER_STEP, agent.actor);
    await agent.http.getChat(chatId);
    const [first] = d.customerChats;
    if (d.customer && first) {
      d.recorder.step(CUSTOMER_VIEW_STEP, d.customer.actor);
      await d.customer.refresh(first, 1);
    }
  });
}
