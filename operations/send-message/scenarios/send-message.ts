/**
 * The SendMessage scenario: a chat offered to the agent and accepted; the agent sends a message whose
 * text tries what a server could alter (Unicode beyond the BMP, combining marks, spacing, markup and
 * entities, a line break) → the answer → its MessageLogUpdated → the quiet window → the customer reads
 * its GMS transcript.
 */
import type { Transcript } from '../../../helpers/contract/generated/payloads.ts';
import { CUSTOMER_VIEW_STEP } from '../../../helpers/judges/conditions/index.ts';
import { Drive, type DriveHooks } from '../../../helpers/scenarios/drive.ts';
import type { Target } from '../../../helpers/target/config.ts';
import { SEND_MESSAGE_STEP } from '../judging.ts';
import { SEND_MESSAGE } from '../operation.ts';

/** The text sent: every character kind a server could trim, escape, normalise or re-encode. */
export const MESSAGE_TEXT = 'Grüße 👋 e\u0301  two spaces, <b>markup</b> &amp; "quotes"\nsecond line ';

export async function driveSendMessage(target: Target, hooks: DriveHooks = {}): Promise<Transcript> {
  const d = new Drive(target, SEND_MESSAGE, 'send-message');
  return d.run(async () => {
    const { agent, chatId } = await d.conversation(hooks);
    d.recorder.step(SEND_MESSAGE_STEP, agent.actor);
    const from = d.recorder.cursor();
    await agent.http.chatOperation(chatId, { operationName: 'SendMessage', text: MESSAGE_TEXT });
    await hooks.afterOperation?.();
    await d.awaitSequence(agent.actor, chatId, from);
    await d.quietWindow();
    const [chat] = d.customerChats;
    if (d.customer && chat) {
      d.recorder.step(CUSTOMER_VIEW_STEP, d.customer.actor);
      await d.customer.refresh(chat, 1);
    }
  });
}
