/**
 * The Reject scenario: a chat offered to the first agent while a second is online and not Ready; the
 * second becomes Ready; the first rejects the chat → the answer → its StatusChange → the chat offered to
 * the second agent → the quiet window.
 */
import type { Transcript } from '../../../helpers/contract/generated/payloads.ts';
import { accounts, Drive, type DriveHooks } from '../../../helpers/scenarios/drive.ts';
import { awaitOffer } from '../../../helpers/target/agent.ts';
import type { Target } from '../../../helpers/target/config.ts';
import { REJECT_STEP } from '../judging.ts';
import { REJECT } from '../operation.ts';

export async function driveReject(target: Target, hooks: DriveHooks = {}): Promise<Transcript> {
  const d = new Drive(target, REJECT, 'reject');
  return d.run(async () => {
    const [rejecterAccount, nextAccount] = accounts(target, 2);
    const [rejecter, next] = await Promise.all([d.online(rejecterAccount, 'actor'), d.online(nextAccount, 'observer')]);
    await d.startChat();
    const chatId = await d.offerTo(rejecter);
    await hooks.afterOffer?.();
    // The second agent becomes Ready while the chat is offered to the first: the one to offer it to next.
    d.recorder.step('ready', next.actor);
    await d.makeReady(next);
    d.recorder.step(REJECT_STEP, rejecter.actor);
    const from = d.recorder.cursor();
    await rejecter.http.chatOperation(chatId, { operationName: 'Reject' });
    await hooks.afterOperation?.();
    await d.awaitSequence(rejecter.actor, chatId, from);
    // Where the chat goes next: an offer to the second agent, if one comes within the offer timeout.
    const again = await awaitOffer(d.recorder, next.actor, target.config.offerTimeoutMs, from).catch(() => undefined);
    // The clean-up rejects an offer the second agent still holds.
    if (again) d.scenario.chats[next.actor] = again;
    d.recorder.step('offered-next', next.actor, { chatId: again ?? null });
    await d.doneRouting();
    await d.quietWindow();
  });
}
