/**
 * The Accept scenario: offer → Accept → statusCode 0 → StatusChange, ParticipantsUpdated,
 * MessageLogUpdated → quiet window, with a second agent online watching for leaks.
 */

import type { Transcript } from '../../../helpers/contract/generated/payloads.ts';
import { accounts, Drive, type DriveHooks } from '../../../helpers/scenarios/drive.ts';
import type { Target } from '../../../helpers/target/config.ts';
import { ACCEPT } from '../operation.ts';

/** offer → Accept → statusCode 0 → StatusChange, ParticipantsUpdated, MessageLogUpdated → quiet window. */
export async function driveAccept(target: Target, hooks: DriveHooks = {}): Promise<Transcript> {
  const d = new Drive(target, ACCEPT, 'accept');
  return d.run(async () => {
    const [acceptorAccount, observerAccount] = accounts(target, hooks.observer === false ? 1 : 2);
    // The observer only has to be subscribed before the Accept: it comes online while the chat is routed.
    const observing = hooks.observer === false ? Promise.resolve(undefined) : d.online(observerAccount, 'observer');
    observing.catch(() => undefined); // awaited below; a failure is reported there
    const acceptor = await d.online(acceptorAccount, 'actor');
    const chatId = await d.offeredOnly(acceptor);
    await observing;
    await hooks.afterOffer?.();
    d.recorder.step('accept', acceptor.actor);
    const from = d.recorder.cursor();
    await acceptor.http.accept(chatId, { operationName: 'Accept', nickname: target.config.nickname });
    await hooks.afterOperation?.();
    await d.awaitSequence(acceptor.actor, chatId, from);
    await d.quietWindow();
  });
}
