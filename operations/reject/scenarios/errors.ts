/**
 * The Rejects that must be refused, one error case of the declaration per transcript, each sent at the
 * `probe` step: of an unknown chat id; of a chat the agent has accepted (its REST view read before and
 * after); of a chat offered to another agent (which then rejects it itself, the `retry-reject` step).
 */
import type { Transcript } from '../../../helpers/contract/generated/payloads.ts';
import { accounts, Drive, sleep } from '../../../helpers/scenarios/drive.ts';
import type { Target } from '../../../helpers/target/config.ts';
import { REJECT_STEP } from '../judging.ts';
import { REJECT, type RejectErrorCase } from '../operation.ts';

const REJECT_BODY = { operationName: 'Reject' } as const;

export async function driveRejectError(target: Target, probe: RejectErrorCase): Promise<Transcript> {
  const d = new Drive(target, REJECT, 'reject-error');
  d.scenario.probe = probe;
  const quiet = () => sleep(target.config.quietWindowMs);
  return d.run(async () => {
    const [actorAccount, otherAccount] = accounts(target, 2);
    const [actor, other] = await Promise.all([d.online(actorAccount, 'actor', probe !== 'unknown-id'), d.online(otherAccount, 'observer')]);
    if (probe === 'unknown-id') return d.probeUnknownChat(actor, REJECT_BODY);
    await d.startChat();
    const chatId = await d.offerTo(actor);
    // The chat stays offered to the actor: the run's routing is done (out of the turn for its windows).
    await d.doneRouting();
    if (probe === 'accepted') {
      // The chat accepted first (an Accept, named as such on its step), its notifications through the quiet window.
      await d.accepted(actor, chatId);
      return d.probeUnchanged(actor, chatId, REJECT_BODY);
    }
    // not-offered: the other agent rejects the chat offered to the first, which then rejects it itself.
    // Rejected, the chat goes back to its queue: the run takes the routing turn again before (where runs
    // share a GMS service) and keeps it until its clean-up has ended the chat.
    d.recorder.step('probe', other.actor);
    await other.http.chatOperation(chatId, REJECT_BODY);
    await quiet();
    await d.beforeRequeue();
    d.recorder.step(`retry-${REJECT_STEP}`, actor.actor);
    const from = d.recorder.cursor();
    await actor.http.chatOperation(chatId, REJECT_BODY);
    await d.awaitOperated(actor.actor, chatId, from);
    d.recorder.step('quiet-end');
  });
}
