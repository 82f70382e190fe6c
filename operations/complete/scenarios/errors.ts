/**
 * The Completes that must be refused, one error case of the declaration per transcript, each sent at the
 * `probe` step: of an unknown chat id; of a chat only offered to the agent; of a chat the agent has
 * already completed (its REST view read before and after the probe in both).
 */
import type { Transcript } from '../../../helpers/contract/generated/payloads.ts';
import { accounts, Drive, sleep } from '../../../helpers/scenarios/drive.ts';
import type { Target } from '../../../helpers/target/config.ts';
import { COMPLETE_STEP } from '../judging.ts';
import { COMPLETE, type CompleteErrorCase } from '../operation.ts';

const COMPLETE_BODY = { operationName: 'Complete' } as const;

export async function driveCompleteError(target: Target, probe: CompleteErrorCase): Promise<Transcript> {
  const d = new Drive(target, COMPLETE, 'complete-error');
  d.scenario.probe = probe;
  return d.run(async () => {
    if (probe === 'completed') {
      // The chat accepted and completed first (a step named for Complete), its notification through the quiet window.
      const { agent, chatId } = await d.conversation();
      d.recorder.step(COMPLETE_STEP, agent.actor, { operation: 'Complete' });
      const from = d.recorder.cursor();
      await agent.http.chatOperation(chatId, COMPLETE_BODY);
      await d.awaitOperated(agent.actor, chatId, from);
      await sleep(target.config.quietWindowMs);
      return d.probeUnchanged(agent, chatId, COMPLETE_BODY);
    }
    const [actorAccount, otherAccount] = accounts(target, 2);
    const [actor] = await Promise.all([d.online(actorAccount, 'actor', probe !== 'unknown-id'), d.online(otherAccount, 'observer')]);
    if (probe === 'unknown-id') return d.probeUnknownChat(actor, COMPLETE_BODY);
    await d.probeUnchanged(actor, await d.offeredOnly(actor), COMPLETE_BODY);
  });
}
