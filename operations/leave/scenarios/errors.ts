/**
 * The Leaves that must be refused, one error case of the declaration per transcript, each sent at the
 * `probe` step: of an unknown chat id; of a chat only offered to the agent (its REST view read before and
 * after).
 */
import type { Transcript } from '../../../helpers/contract/generated/payloads.ts';
import { accounts, Drive } from '../../../helpers/scenarios/drive.ts';
import type { Target } from '../../../helpers/target/config.ts';
import { LEAVE, type LeaveErrorCase } from '../operation.ts';

const LEAVE_BODY = { operationName: 'Leave' } as const;

export async function driveLeaveError(target: Target, probe: LeaveErrorCase): Promise<Transcript> {
  const d = new Drive(target, LEAVE, 'leave-error');
  d.scenario.probe = probe;
  return d.run(async () => {
    const [actorAccount, otherAccount] = accounts(target, 2);
    const [actor] = await Promise.all([d.online(actorAccount, 'actor', probe !== 'unknown-id'), d.online(otherAccount, 'observer')]);
    if (probe === 'unknown-id') return d.probeUnknownChat(actor, LEAVE_BODY);
    await d.probeUnchanged(actor, await d.offeredOnly(actor), LEAVE_BODY);
  });
}
