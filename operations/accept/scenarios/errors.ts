/**
 * The error cases of Accept: each on its own chat, the failed Accept (the `probe` step), the quiet
 * window, and where a chat is offered an Accept that must still work afterwards.
 */

import { randomBytes } from 'node:crypto';
import type { Transcript } from '../../../helpers/contract/generated/payloads.ts';
import { accounts, Drive, sleep } from '../../../helpers/scenarios/drive.ts';
import type { Target } from '../../../helpers/target/config.ts';
import { ACCEPT } from '../operation.ts';
import type { ErrorProbe } from './probes.ts';

/** One error case: the failed Accept, the quiet window, and (where a chat is offered) an Accept that must still work. */
export async function driveError(target: Target, probe: ErrorProbe): Promise<Transcript> {
  const d = new Drive(target, ACCEPT, 'error');
  d.scenario.probe = probe;
  return d.run(async () => {
    const [acceptorAccount, observerAccount] = accounts(target, 2);
    const [acceptor, observer] = await Promise.all([
      d.online(acceptorAccount, 'actor', probe !== 'unknown-id'),
      d.online(observerAccount, 'observer'),
    ]);
    const body = { operationName: 'Accept' as const, nickname: target.config.nickname };
    if (probe === 'unknown-id') {
      // No chat is offered in this case: the acceptor came online unrouted.
      d.recorder.step('probe', acceptor.actor);
      await acceptor.http.accept(`0000${randomBytes(6).toString('hex').toUpperCase()}`, body);
      await d.quietWindow();
    } else {
      const chatId = await d.offeredOnly(acceptor);
      if (probe === 'accepted-at-once') {
        // Two Accepts of the offered chat, sent together: one may succeed, and one sequence follow.
        d.recorder.step('probe', acceptor.actor);
        const from = d.recorder.cursor();
        await Promise.all([acceptor.http.accept(chatId, body), acceptor.http.accept(chatId, body)]);
        await d.awaitSequence(acceptor.actor, chatId, from);
        await d.quietWindow();
      } else if (probe === 'accepted-twice') {
        d.recorder.step('accept', acceptor.actor);
        const from = d.recorder.cursor();
        await acceptor.http.accept(chatId, body);
        await d.awaitSequence(acceptor.actor, chatId, from);
        await sleep(target.config.quietWindowMs);
        d.recorder.step('probe', acceptor.actor);
        await acceptor.http.accept(chatId, body);
        await d.quietWindow();
      } else {
        const by = probe === 'not-offered' ? observer : acceptor;
        d.recorder.step('probe', by.actor);
        if (probe === 'missing-nickname')
          await acceptor.http.request('POST', `/api/v2/me/chats/${encodeURIComponent(chatId)}`, { operationName: 'Accept' });
        else if (probe === 'not-offered') await observer.http.accept(chatId, body);
        else await acceptor.http.accept(chatId, body, { csrf: false });
        await sleep(target.config.quietWindowMs);
        d.recorder.step('retry-accept', acceptor.actor);
        const from = d.recorder.cursor();
        await acceptor.http.accept(chatId, body);
        // The chat could still be accepted: its first notification shows it (the sequence is the accept scenario's).
        await d.awaitOperated(acceptor.actor, chatId, from);
        d.recorder.step('quiet-end');
      }
    }
  });
}
