/**
 * The concurrency scenario: several agents, one chat each, all accepting at once.
 */

import type { Transcript } from '../../../helpers/contract/generated/payloads.ts';
import { accounts, Drive } from '../../../helpers/scenarios/drive.ts';
import type { Target } from '../../../helpers/target/config.ts';
import { ACCEPT } from '../operation.ts';

/** Several agents, one chat each, all accepting at once. */
export async function driveConcurrency(target: Target): Promise<Transcript> {
  const d = new Drive(target, ACCEPT, 'concurrency');
  return d.run(async () => {
    const acceptors = await Promise.all(accounts(target, target.config.concurrentAgents).map((a) => d.online(a, 'actor')));
    await Promise.all(acceptors.map(() => d.startChat()));
    const ids = await Promise.all(acceptors.map((a) => d.offerTo(a)));
    await d.doneRouting();
    for (const a of acceptors) d.recorder.step('accept', a.actor);
    const from = d.recorder.cursor();
    await Promise.all(acceptors.map((a, i) => a.http.accept(ids[i], { operationName: 'Accept', nickname: target.config.nickname })));
    await Promise.all(acceptors.map((a, i) => d.awaitSequence(a.actor, ids[i], from)));
    await d.quietWindow();
  });
}
