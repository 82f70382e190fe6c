/**
 * The SendMessages that must be refused, one error case of the declaration per transcript, each sent at
 * the `probe` step: in an unknown chat id; without text in a chat the agent accepted (then a SendMessage
 * with text, the `retry-send-message` step, shows nothing changed); in a chat only offered to the agent
 * (its REST view read before and after).
 */
import type { Transcript } from '../../../helpers/contract/generated/payloads.ts';
import { accounts, Drive, sleep } from '../../../helpers/scenarios/drive.ts';
import type { Target } from '../../../helpers/target/config.ts';
import { SEND_MESSAGE_STEP } from '../judging.ts';
import { SEND_MESSAGE, type SendMessageErrorCase } from '../operation.ts';
import { MESSAGE_TEXT } from './text.ts';

const WITH_TEXT = { operationName: 'SendMessage', text: MESSAGE_TEXT } as const;

export async function driveSendMessageError(target: Target, probe: SendMessageErrorCase): Promise<Transcript> {
  const d = new Drive(target, SEND_MESSAGE, 'send-message-error');
  d.scenario.probe = probe;
  return d.run(async () => {
    if (probe === 'missing-text') {
      // In the accepted chat, a SendMessage without text, then one with it.
      const { agent, chatId } = await d.conversation();
      d.recorder.step('probe', agent.actor);
      await agent.http.chatOperation(chatId, { operationName: 'SendMessage' });
      await sleep(target.config.quietWindowMs);
      d.recorder.step(`retry-${SEND_MESSAGE_STEP}`, agent.actor);
      const from = d.recorder.cursor();
      await agent.http.chatOperation(chatId, WITH_TEXT);
      await d.awaitOperated(agent.actor, chatId, from);
      d.recorder.step('quiet-end');
      return;
    }
    const [actorAccount, otherAccount] = accounts(target, 2);
    const [actor] = await Promise.all([d.online(actorAccount, 'actor'), d.online(otherAccount, 'observer')]);
    if (probe === 'unknown-id') return d.probeUnknownChat(actor, WITH_TEXT);
    await d.startChat();
    await d.probeUnchanged(actor, await d.offerTo(actor), WITH_TEXT);
  });
}
