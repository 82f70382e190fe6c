/**
 * The drive of an error case of an operation on a Chatting chat declared by its kind (an entry, a
 * userData change), each case at the `probe` step.
 */
import type { ChatOperationRequest, Transcript } from '../contract/generated/payloads.ts';
import type { OperationDecl } from '../contract/operation.ts';
import type { Target } from '../target/config.ts';
import { accounts, Drive, sleep } from './drive.ts';

/**
 * An error case of an operation on a Chatting chat: an unknown chat id; a chat only offered; or, for a
 * `missing-<param>` case, the operation without its parameter in the accepted chat, then with it.
 */
export async function driveChattingRefusal(
  target: Target,
  operation: OperationDecl,
  kind: string,
  step: string,
  body: ChatOperationRequest,
  probe: string,
): Promise<Transcript> {
  const d = new Drive(target, operation, kind);
  d.scenario.probe = probe;
  return d.run(async () => {
    const missing = probe.startsWith('missing-') ? { param: probe.slice('missing-'.length) } : undefined;
    if (missing) {
      // In the accepted chat, the operation without its parameter, then with it.
      const { agent, chatId } = await d.conversation();
      d.recorder.step('probe', agent.actor);
      const without = Object.fromEntries(Object.entries(body).filter(([k]) => k !== missing.param));
      await agent.http.chatOperation(chatId, without as unknown as ChatOperationRequest);
      await sleep(target.config.quietWindowMs);
      d.recorder.step(`retry-${step}`, agent.actor);
      const from = d.recorder.cursor();
      await agent.http.chatOperation(chatId, body);
      await d.awaitOperated(agent.actor, chatId, from);
      d.recorder.step('quiet-end');
      return;
    }
    const [actorAccount, otherAccount] = accounts(target, 2);
    const [actor] = await Promise.all([d.online(actorAccount, 'actor', probe !== 'unknown-id'), d.online(otherAccount, 'observer')]);
    if (probe === 'unknown-id') return d.probeUnknownChat(actor, body);
    if (probe !== 'offered') throw new Error(`${operation.name} declares no error case ${probe}`);
    await d.probeUnchanged(actor, await d.offeredOnly(actor), body);
  });
}
