/**
 * The validation scenario: Accepts with invalid values, one after another on one offered chat, each of
 * which must fail and change nothing; then an Accept that must still work.
 */

import type { Transcript } from '../../../helpers/contract/generated/payloads.ts';
import { accounts, Drive } from '../../../helpers/scenarios/drive.ts';
import type { Target } from '../../../helpers/target/config.ts';
import { ACCEPT } from '../operation.ts';
import type { ValidationProbe } from './probes.ts';

/** Each probe: its name and the body it sends (the nickname stands for the configured one). */
export function validationProbes(nickname: string): { probe: ValidationProbe; body: Record<string, unknown> }[] {
  return [
    { probe: 'empty-nickname', body: { operationName: 'Accept', nickname: '' } },
    { probe: 'nickname-not-string', body: { operationName: 'Accept', nickname: 42 } },
    { probe: 'savelar-invalid', body: { operationName: 'Accept', nickname, saveLAR: 'yes' } },
    { probe: 'no-operationname', body: { nickname } },
    { probe: 'unknown-operationname', body: { operationName: 'Accept-Chat', nickname } },
  ];
}

/** The validation scenario: the probes named (default all), one after another on one chat. */
export async function driveValidation(target: Target, only?: readonly string[]): Promise<Transcript> {
  const d = new Drive(target, ACCEPT, 'validation');
  const probes = validationProbes(target.config.nickname).filter((p) => !only || only.includes(p.probe));
  d.scenario.probes = probes.map((p) => p.probe);
  return d.run(async () => {
    const [acceptorAccount, observerAccount] = accounts(target, 2);
    const [acceptor] = await Promise.all([d.online(acceptorAccount, 'actor'), d.online(observerAccount, 'observer')]);
    const chatId = await d.offeredOnly(acceptor);
    const path = `/api/v2/me/chats/${encodeURIComponent(chatId)}`;
    for (const { probe, body } of probes) {
      await d.probe(acceptor.actor, probe, () => acceptor.http.request('POST', path, body));
    }
    d.recorder.step('retry-accept', acceptor.actor);
    const from = d.recorder.cursor();
    await acceptor.http.accept(chatId, { operationName: 'Accept', nickname: target.config.nickname });
    await d.awaitOperated(acceptor.actor, chatId, from);
    d.recorder.step('quiet-end');
  });
}
