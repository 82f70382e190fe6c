/**
 * The Completes that must be refused, one error case of the declaration per transcript, each sent at the
 * `probe` step: of an unknown chat id; of a chat only offered to the agent; of a chat the agent has
 * already completed (its REST view read before and after the probe in both).
 */
import { randomBytes } from 'node:crypto';
import type { Transcript } from '../../../helpers/contract/generated/payloads.ts';
import { accounts, Drive, sleep } from '../../../helpers/scenarios/drive.ts';
import type { OnlineAgent } from '../../../helpers/target/agent.ts';
import type { Target } from '../../../helpers/target/config.ts';
import { COMPLETE_STEP } from '../judging.ts';
import { COMPLETE, type CompleteErrorCase } from '../operation.ts';

const COMPLETE_BODY = { operationName: 'Complete' } as const;

export async function driveCompleteError(target: Target, probe: CompleteErrorCase): Promise<Transcript> {
  const d = new Drive(target, COMPLETE, 'complete-error');
  d.scenario.probe = probe;
  const quiet = () => sleep(target.config.quietWindowMs);
  /** The probe between two reads of the chat's REST view. */
  const refusedAndUnchanged = async (actor: OnlineAgent, chatId: string) => {
    d.recorder.step('rest-before', actor.actor);
    await actor.http.getChat(chatId);
    d.recorder.step('probe', actor.actor);
    await actor.http.chatOperation(chatId, COMPLETE_BODY);
    await quiet();
    d.recorder.step('rest-view', actor.actor);
    await actor.http.getChat(chatId);
    d.recorder.step('quiet-end');
  };
  return d.run(async () => {
    const [actorAccount, otherAccount] = accounts(target, 2);
    const [actor] = await Promise.all([d.online(actorAccount, 'actor'), d.online(otherAccount, 'observer')]);
    if (probe === 'unknown-id') {
      d.recorder.step('probe', actor.actor);
      await actor.http.chatOperation(`0000${randomBytes(6).toString('hex').toUpperCase()}`, COMPLETE_BODY);
      await d.quietWindow();
      return;
    }
    await d.startChat();
    const chatId = await d.offerTo(actor);
    if (probe === 'completed') {
      // The chat accepted and completed first (a step named for Complete), its notification through the quiet window.
      await d.accepted(actor, chatId);
      d.recorder.step(COMPLETE_STEP, actor.actor, { operation: 'Complete' });
      const from = d.recorder.cursor();
      await actor.http.chatOperation(chatId, COMPLETE_BODY);
      await d.awaitOperated(actor.actor, chatId, from);
      await quiet();
    }
    await refusedAndUnchanged(actor, chatId);
  });
}
