/**
 * The Leave scenario: a chat offered to the agent and accepted; the agent leaves it → the answer → its
 * StatusChange → the quiet window → the chat's REST view (`rest-after`) → the customer reads its GMS
 * transcript. The chat, LeftChat, is the
 * agent's to complete: the clean-up completes it.
 */
import type { Transcript } from '../../../helpers/contract/generated/payloads.ts';
import { CUSTOMER_VIEW_STEP } from '../../../helpers/judges/conditions/index.ts';
import { REST_AFTER_STEP } from '../../../helpers/judges/conditions/rest-view.ts';
import { Drive, type DriveHooks } from '../../../helpers/scenarios/drive.ts';
import type { Target } from '../../../helpers/target/config.ts';
import { LEAVE_STEP } from '../judging.ts';
import { LEAVE } from '../operation.ts';

export async function driveLeave(target: Target, hooks: DriveHooks = {}): Promise<Transcript> {
  const d = new Drive(target, LEAVE, 'leave');
  return d.run(async () => {
    const { agent, chatId } = await d.conversation(hooks);
    d.recorder.step(LEAVE_STEP, agent.actor);
    const from = d.recorder.cursor();
    await agent.http.chatOperation(chatId, { operationName: 'Leave' });
    await hooks.afterOperation?.();
    await d.awaitSequence(agent.actor, chatId, from);
    await d.quietWindow();
    d.recorder.step(REST_AFTER_STEP, agent.actor);
    await agent.http.getChat(chatId);
    const [chat] = d.customerChats;
    if (d.customer && chat) {
      d.recorder.step(CUSTOMER_VIEW_STEP, d.customer.actor);
      await d.customer.refresh(chat, 1);
    }
  });
}
