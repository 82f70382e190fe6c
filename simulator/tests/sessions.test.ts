/**
 * Sessions: agents' HTTP and CometD sessions never mix, CSRF can be switched off, and the debug log
 * shows every request and Bayeux message without a secret.
 */
import { Writable } from 'node:stream';
import { expect } from '@playwright/test';
import { TranscriptRecorder, TransportError } from '../../helpers/evidence/transcript.ts';
import { awaitOffer, bringOnline } from '../../helpers/target/agent.ts';
import { CometdSession } from '../../helpers/target/cometd-session.ts';
import { GmsClient } from '../../helpers/target/gms-client.ts';
import { GwsClient } from '../../helpers/target/gws-client.ts';
import { acceptSequence, chatEvents, QUIET_MS, sleep, startSim, test } from './fixtures.ts';

test.describe('sessions and notifications of different agents never mix', () => {
  test('two agents accept in parallel; each sees only its own complete sequence', async ({ recorder, online, customer }) => {
    const agents = await Promise.all([online(0), online(1)]);
    expect(agents[0].http.jsessionid).not.toBe(agents[1].http.jsessionid);
    await Promise.all([customer.startChat({ nickname: 'Customer A' }), customer.startChat({ nickname: 'Customer B' })]);
    const ids = await Promise.all(agents.map((a) => awaitOffer(recorder, a.actor, 5000)));
    expect(new Set(ids).size).toBe(2);
    const from = recorder.cursor();
    await Promise.all(agents.map((a, i) => a.http.accept(ids[i], { operationName: 'Accept', nickname: `Nick${i}` })));
    const sequences = await Promise.all(agents.map((a) => acceptSequence(recorder, a.actor, from)));
    sequences.forEach((events, i) => {
      expect(events).toHaveLength(3);
      const text = JSON.stringify(events);
      expect(text).toContain(ids[i]);
      expect(text).not.toContain(ids[1 - i]);
      expect(text).toContain(`Nick${i}`);
      expect(text).not.toContain(`Nick${1 - i}`);
    });
  });

  test('each CometD session is bound to its own HTTP session: a foreign cookie gets the other agent, not a mix', async ({
    sim,
    recorder,
    online,
    customer,
  }) => {
    const a = await online(0);
    const b = await online(1, false);
    // b's CometD client presents a's session cookie but b's credentials: refused.
    await expect(
      CometdSession.open({
        url: `${sim.baseUrl}/api/v2/notifications`,
        cookie: a.http.cookieHeader(),
        headers: b.http.cometdHeaders(),
        actor: 'mixed',
        recorder,
        timeoutMs: 3000,
      }),
    ).rejects.toThrow(TransportError);
    await customer.startChat({ nickname: 'PersonP' });
    await awaitOffer(recorder, a.actor, 5000);
    await sleep(QUIET_MS);
    expect(chatEvents(recorder, b.actor)).toEqual([]);
  });

  test('a CometD handshake without an authenticated HTTP session is refused', async ({ sim, recorder }) => {
    await expect(
      CometdSession.open({ url: `${sim.baseUrl}/api/v2/notifications`, actor: 'anonymous', recorder, timeoutMs: 3000 }),
    ).rejects.toThrow(/handshake .*failed/);
    await expect(
      CometdSession.open({
        url: `${sim.baseUrl}/api/v2/notifications`,
        cookie: 'JSESSIONID=0123456789ABCDEF',
        actor: 'forged',
        recorder,
        timeoutMs: 3000,
      }),
    ).rejects.toThrow(/handshake .*failed/);
  });

  test('subscriptions outside /v2/me/ are refused', async ({ online }) => {
    const agent = await online(0, false);
    await expect(agent.cometd.subscribe('/v2/users')).rejects.toThrow(/subscription to \/v2\/users refused/);
  });
});

test.describe('CSRF switched off', () => {
  test.use({ simOptions: { csrf: false } });
  test('GET sends no CSRF headers and a write without a token is processed', async ({ sim }) => {
    const agent = new GwsClient(sim.baseUrl, sim.agents[0]);
    const me = await agent.login();
    expect(me.headers.get('x-csrf-header')).toBeNull();
    expect((await agent.startContactCenterSession()).body).toEqual({ statusCode: 0 });
  });
});

test.describe('logging', () => {
  test('debug logs every HTTP request and Bayeux message, and no secret', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    const sim = await startSim({ logLevel: 'debug', logStream: stream, password: 'very-secret-password' });
    try {
      const recorder = new TranscriptRecorder({ baseUrl: sim.baseUrl });
      const agent = await bringOnline({ baseUrl: sim.baseUrl, credentials: sim.agents[0], recorder, timeoutMs: 5000 });
      const customer = new GmsClient(sim.gmsBase, sim.services[0], recorder);
      const chat = await customer.startChat({ nickname: 'PersonP' });
      const chatId = await awaitOffer(recorder, agent.actor, 5000);
      await agent.http.accept(chatId, { operationName: 'Accept', nickname: 'Marat' });
      await acceptSequence(recorder, agent.actor, 0);
      await agent.close();
      await sleep(50);
      const log = lines.join('');
      expect(log).toContain('"msg":"http request"');
      expect(log).toContain('"msg":"bayeux out"');
      expect(log).toContain('MessageLogUpdated');
      for (const secret of [
        'very-secret-password',
        agent.http.jsessionid!,
        agent.http.csrfToken!,
        chat.secureKey,
        chat.userId,
        agent.http.authorization().slice(6),
      ]) {
        expect(log.includes(secret), `log contains a secret (${secret.length} chars)`).toBe(false);
      }
      // The transcript is redacted too.
      const transcript = JSON.stringify(
        recorder.toTranscript({
          operation: 'Accept',
          kind: 'accept',
          actors: [agent.actor],
          observers: [],
          chats: { [agent.actor]: chatId },
          nickname: 'Marat',
          customerMessages: [],
          chatSource: 'gms',
        }),
      );
      for (const secret of ['very-secret-password', agent.http.jsessionid!, agent.http.csrfToken!, chat.secureKey, chat.userId])
        expect(transcript.includes(secret)).toBe(false);
    } finally {
      await sim.stop();
    }
  });
});
