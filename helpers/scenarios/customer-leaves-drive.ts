/**
 * The customer-leaves drive: a chat offered to the agent and accepted, the customer disconnects (GMS),
 * the chat's first notification after it awaited, then the quiet window; the clean-up completes the chat.
 */
import type { Transcript } from '../contract/generated/payloads.ts';
import type { OperationDecl } from '../contract/operation.ts';
import { CUSTOMER_LEAVES_STEP } from '../judges/conditions/conversation.ts';
import type { Target } from '../target/config.ts';
import { Drive, type DriveHooks } from './drive.ts';

export async function driveCustomerLeaves(target: Target, wayIn: OperationDecl, hooks: DriveHooks = {}): Promise<Transcript> {
  const d = new Drive(target, wayIn, 'customer-leaves');
  return d.run(async () => {
    const { agent, chatId } = await d.conversation(hooks);
    const [chat] = d.customerChats;
    if (!d.customer || !chat) return;
    d.recorder.step(CUSTOMER_LEAVES_STEP, d.customer.actor);
    const from = d.recorder.cursor();
    await d.customer.disconnect(chat);
    await d.awaitOperated(agent.actor, chatId, from);
    await d.quietWindow();
  });
}
