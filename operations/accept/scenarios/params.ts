/**
 * The parameters scenario: the documented optional parameter saveLAR with each documented value, and a
 * nickname at the boundary of what the docs allow (non-ASCII). Two chats, one per agent, one after the
 * other (the first agent goes NotReady so the second chat is routed to the second agent).
 */

import type { Transcript } from '../../../helpers/contract/generated/payloads.ts';
import { accounts, Drive } from '../../../helpers/scenarios/drive.ts';
import type { Target } from '../../../helpers/target/config.ts';
import { ACCEPT } from '../operation.ts';

/** A nickname with Latin accents, a CJK name and a non-BMP character (an emoji, two UTF-16 units). */
export const NON_ASCII_NICKNAME = 'Zoë Ågren 李雷 🌍';

export async function driveParams(target: Target): Promise<Transcript> {
  const d = new Drive(target, ACCEPT, 'params');
  return d.run(async () => {
    const [firstAccount, secondAccount] = accounts(target, 2);
    const accepts = [
      { account: firstAccount, body: { operationName: 'Accept' as const, nickname: NON_ASCII_NICKNAME, saveLAR: true } },
      { account: secondAccount, body: { operationName: 'Accept' as const, nickname: target.config.nickname, saveLAR: false } },
    ];
    // Both at once, each agent on the chat it is offered: the waits overlap.
    const agents = await Promise.all(accepts.map(({ account }) => d.online(account, 'actor')));
    await Promise.all(accepts.map(() => d.startChat()));
    const chats = await Promise.all(agents.map((agent) => d.offerTo(agent)));
    await d.doneRouting();
    await Promise.all(
      accepts.map(async ({ body }, i) => {
        const agent = agents[i];
        d.recorder.step('accept', agent.actor);
        const from = d.recorder.cursor();
        await agent.http.accept(chats[i], body);
        await d.awaitSequence(agent.actor, chats[i], from);
        await agent.http.setChatReady(false);
      }),
    );
    await d.quietWindow();
  });
}
