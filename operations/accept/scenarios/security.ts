/**
 * The security scenario: on one offered chat, requests the server must refuse (no credentials, an
 * unknown user, a wrong password with and without the session, a wrong token, another session's token,
 * no session cookie), CometD handshakes it must refuse (no credentials nor session; a wrong password
 * without, and with, the session cookie), and a message another
 * agent's client publishes on /v2/me/chats, which must reach nobody. Then an Accept that must still work.
 */

import { CHATS_CHANNEL } from '../../../helpers/contract/endpoints.ts';
import type { Transcript } from '../../../helpers/contract/generated/payloads.ts';
import { PUBLISHED_MARK } from '../../../helpers/evidence/published-mark.ts';
import { accounts, Drive } from '../../../helpers/scenarios/drive.ts';
import { CometdSession } from '../../../helpers/target/cometd-session.ts';
import type { Target } from '../../../helpers/target/config.ts';
import { targetUrl } from '../../../helpers/target/gws-client.ts';
import { ACCEPT } from '../operation.ts';
import { SECURITY_GROUPS, type SecurityGroup } from './probes.ts';

/** Not anybody's password or token: what a probe sends instead of the real one. */
const WRONG = 'conformance-wrong-0000';
/** A user name no contact center gives an agent. */
const UNKNOWN_USER = 'gws-chat-conformance-nobody';

const ALL_GROUPS = Object.keys(SECURITY_GROUPS) as SecurityGroup[];

/** The security scenario, with every group of probes (the default) or those named, on one chat. */
export async function driveSecurity(target: Target, groups: readonly SecurityGroup[] = ALL_GROUPS): Promise<Transcript> {
  const d = new Drive(target, ACCEPT, 'security');
  d.scenario.probes = groups.flatMap((g) => [...SECURITY_GROUPS[g]]);
  return d.run(async () => {
    const [acceptorAccount, observerAccount] = accounts(target, 2);
    const [acceptor, observer] = await Promise.all([d.online(acceptorAccount, 'actor'), d.online(observerAccount, 'observer')]);
    const chatId = await d.offeredOnly(acceptor);
    const path = `/api/v2/me/chats/${encodeURIComponent(chatId)}`;
    const accept = { operationName: 'Accept' as const, nickname: target.config.nickname };
    const http = acceptor.http;
    if (groups.includes('credentials')) {
      // Credentials: a read of the offered chat, so nothing can change whatever the answer.
      await d.probe(acceptor.actor, 'no-credentials', () => http.request('GET', path, undefined, { auth: false, cookie: false }), false);
      await d.probe(
        acceptor.actor,
        'unknown-user',
        () => http.request('GET', path, undefined, { username: UNKNOWN_USER, password: WRONG, cookie: false }),
        false,
      );
      await d.probe(
        acceptor.actor,
        'wrong-password',
        () => http.request('GET', path, undefined, { password: WRONG, cookie: false }),
        false,
      );
      await d.probe(acceptor.actor, 'wrong-password-with-session', () => http.request('GET', path, undefined, { password: WRONG }), false);
    }
    if (groups.includes('csrf')) {
      // CSRF: writes, each of which must be refused before it touches the chat.
      await d.probe(acceptor.actor, 'wrong-csrf-token', () => http.request('POST', path, accept, { csrfToken: WRONG }));
      await d.probe(acceptor.actor, 'foreign-csrf-token', () =>
        http.request('POST', path, accept, { csrfToken: observer.http.csrfToken ?? WRONG }),
      );
      await d.probe(acceptor.actor, 'no-session-cookie', () => http.request('POST', path, accept, { cookie: false }));
    }
    if (groups.includes('cometd')) {
      // The CometD handshake.
      const url = targetUrl(target.config.baseUrl, target.config.cometdPath).href;
      const base = { url, transport: target.config.transport, timeoutMs: target.config.requestTimeoutMs };
      await d.probe(
        acceptor.actor,
        'handshake-anonymous',
        () => CometdSession.probeHandshake({ ...base, actor: `${acceptor.actor}-anonymous` }),
        false,
      );
      await d.probe(
        acceptor.actor,
        'handshake-wrong-password-no-session',
        () =>
          CometdSession.probeHandshake({
            ...base,
            actor: `${acceptor.actor}-wrong-password-no-session`,
            headers: { Authorization: http.authorization(WRONG) },
          }),
        false,
      );
      await d.probe(
        acceptor.actor,
        'handshake-wrong-password',
        () =>
          CometdSession.probeHandshake({
            ...base,
            actor: `${acceptor.actor}-wrong-password`,
            cookie: http.cookieHeader(),
            headers: { Authorization: http.authorization(WRONG) },
          }),
        false,
      );
      // Per-agent channels: what one client publishes on /v2/me/chats must reach no other agent.
      await d.probe(observer.actor, 'publish', () =>
        observer.cometd.publish(CHATS_CHANNEL, {
          messageType: 'ChatStateChangeMessage',
          notificationType: 'PropertiesUpdated',
          chat: { id: chatId },
          conformanceMark: PUBLISHED_MARK,
        }),
      );
    }
    // The chat can still be accepted after all that.
    d.recorder.step('retry-accept', acceptor.actor);
    const from = d.recorder.cursor();
    await http.accept(chatId, accept);
    await d.awaitOperated(acceptor.actor, chatId, from);
    d.recorder.step('quiet-end');
  });
}
