/**
 * The drives of an operation that adds one entry to the transcript: in an accepted chat, once Accept's
 * window ended, the chat's REST view (`rest-before`) → the operation at its step → the answer → its notification → the quiet window → the chat's REST view (`rest-after`) →
 * the customer reads its GMS transcript
 * (its error cases: helpers/scenarios/refusal-drive.ts).
 */
import type { ChatOperationRequest, Transcript } from '../contract/generated/payloads.ts';
import type { OperationDecl } from '../contract/operation.ts';
import { CUSTOMER_VIEW_STEP } from '../judges/conditions/entries.ts';
import { REST_AFTER_STEP } from '../judges/conditions/rest-view.ts';
import { REST_BEFORE_STEP } from '../judges/conditions/user-data.ts';
import type { Target } from '../target/config.ts';
import { Drive, type DriveHooks } from './drive.ts';

export async function driveEntry(
  target: Target,
  operation: OperationDecl,
  kind: string,
  step: string,
  body: ChatOperationRequest,
  hooks: DriveHooks = {},
): Promise<Transcript> {
  const d = new Drive(target, operation, kind);
  return d.run(async () => {
    const { agent, chatId } = await d.conversation(hooks);
    // The chat's REST view once Accept's window ended (judged as the view after the operation is).
    d.recorder.step(REST_BEFORE_STEP, agent.actor);
    await agent.http.getChat(chatId);
    d.recorder.step(step, agent.actor);
    const from = d.recorder.cursor();
    await agent.http.chatOperation(chatId, body);
    await hooks.afterOperation?.();
    await d.awaitSequence(agent.actor, chatId, from);
    await d.quietWindow();
    d.recorder.step(REST_AFTER_STEP, agent.actor);
    await agent.http.getChat(chatId);
    await agent.http.listChats();
    const [chat] = d.customerChats;
    if (d.customer && chat) {
      d.recorder.step(CUSTOMER_VIEW_STEP, d.customer.actor);
      await d.customer.refresh(chat, 1);
    }
  });
}
