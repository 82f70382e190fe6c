/**
 * The drive of an operation that changes a chat's userData: a chat started with the scenario's userData,
 * offered and accepted; the chat's REST view read (`rest-before`); the operation at its step → the
 * answer → its notification → the quiet window → the chat's REST view again (`rest-after`).
 */
import type { ChatOperationRequest, Transcript } from '../contract/generated/payloads.ts';
import type { OperationDecl } from '../contract/operation.ts';
import { REST_AFTER_STEP } from '../judges/conditions/rest-view.ts';
import { REST_BEFORE_STEP } from '../judges/conditions/user-data.ts';
import type { Target } from '../target/config.ts';
import { Drive, type DriveHooks } from './drive.ts';

/** The userData every such scenario's chat starts with (GMS userData fields: strings). */
export const START_USER_DATA: Readonly<Record<string, string>> = { ConformanceTier: 'silver', ConformanceChannel: 'web' };

export async function driveProperties(
  target: Target,
  operation: OperationDecl,
  kind: string,
  step: string,
  body: ChatOperationRequest,
  hooks: DriveHooks = {},
): Promise<Transcript> {
  const d = new Drive(target, operation, kind);
  d.chatUserData = { ...START_USER_DATA };
  return d.run(async () => {
    const { agent, chatId } = await d.conversation(hooks);
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
  });
}
