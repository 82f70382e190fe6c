/**
 * The SendMessages that must be refused, one error case of the declaration per transcript, each sent at
 * the `probe` step: in an unknown chat id; without text in a chat the agent accepted (then a SendMessage
 * with text, the `retry-send-message` step, shows nothing changed); in a chat only offered to the agent
 * (its REST view read before and after).
 */
import { randomBytes } from 'node:crypto';
import type { Transcript } from '../../../helpers/contract/generated/payloads.ts';
import { accounts, Drive, sleep } from '../../../helpers/scenarios/drive.ts';
import type { Target } from '../../../helpers/target/config.ts';
import { SEND_MESSAGE_STEP } from '../judging.ts';
import { SEND_MESSAGE, type SendMessageErrorCase } from '../operation.ts';
import { MESSAGE_TEXT } from './send-message.ts';

const WITH_TEXT = { operationName: 'SendMessage', text: MESSAGE_TEXT } as const;

export async function driveSendMessageError(target: Target, probe: SendMessageErrorCase): Promise<Transcript> {
  const d = new Drive(target, SEND_MESSAGE, 'send-message-error');
  d.scenario.probe = probe;
  const quiet = () => sleep(target.config.quietWindowMs);
  return d.run(async () => {
    const [actorAccount, otherAccount] = accounts(target, 2);
    const [actor] = await Promise.all([d.online(actorAccount, 'actor'), d.online(otherAccount, 'observer')]);
    if (probe === 'unknown-id') {
      d.recorder.step('probe', actor.actor);
      await actor.http.chatOperation(`0000${randomBytes(6).toString('hex').toUpperCase()}`, WITH_TEXT);
      await d.quietWindow();
      return;
    }
    await d.startChat();
    const chatId = await d.offerTo(actor);
    if (probe === 'offered') {
      d.recorder.step('rest-before', actor.actor);
      await actor.http.getChat(chatId);
      d.recorder.step('probe', actor.actor);
      await actor.http.chatOperation(chatId, WITH_TEXT);
      await quiet();
      d.recorder.step('rest-view', actor.actor);
      await actor.http.getChat(chatId);
      d.recorder.step('quiet-end');
      return;
    }
    // missing-text: in the accepted chat, a SendMessage without text, then one with it.
    await d.accepted(actor, chatId);
    d.recorder.step('probe', actor.actor);
    await actor.http.chatOperation(chatId, { operationName: 'SendMessage' });
    await quiet();
    d.recorder.step(`retry-${SEND_MESSAGE_STEP}`, actor.actor);
    const from = d.recorder.cursor();
    await actor.http.chatOperation(chatId, WITH_TEXT);
    await d.awaitOperated(actor.actor, chatId, from);
    d.recorder.step('quiet-end');
  });
}
