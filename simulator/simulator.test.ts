/**
 * Integration tests of the simulator, driven only through its public APIs: GWS HTTP, CometD (the real
 * `cometd` client with cometd-nodejs-client) and the GMS customer API. No internal calls.
 */
import { Writable } from 'node:stream';
import { test as base, expect } from '@playwright/test';
import type { BayeuxEvent, ChatStateChangeMessage, MessageLogUpdated } from '../helpers/contract/generated/payloads.ts';
import { CHATS_CHANNEL } from '../helpers/contract/endpoints.ts';
import { awaitOffer, bringOnline, stateChangeOf, type OnlineAgent } from '../helpers/target/agent.ts';
import { CometdSession } from '../helpers/target/cometd-session.ts';
import { GmsClient } from '../helpers/target/gms-client.ts';
import { GwsClient } from '../helpers/target/gws-client.ts';
import { TranscriptRecorder, TransportError } from '../helpers/evidence/transcript.ts';
import { validate } from '../helpers/contract/validator.ts';
import { startSimulator, type RunningSimulator, type SimulatorOptions } from './index.ts';

type Fixtures = {
  simOptions: SimulatorOptions;
  sim: RunningSimulator;
  recorder: TranscriptRecorder;
  online: (index: number, ready?: boolean) => Promise<OnlineAgent>;
  customer: GmsClient;
};

const test = base.extend<Fixtures>({
  simOptions: [{}, { option: true }],
  sim: async ({ simOptions }, use) => {
    const sim = await startSimulator({ logLevel: 'silent', ...simOptions });
    await use(sim);
    await sim.stop();
  },
  recorder: async ({ sim }, use) => {
    await use(new TranscriptRecorder({ baseUrl: sim.baseUrl }));
  },
  online: async ({ sim, recorder }, use) => {
    const agents: OnlineAgent[] = [];
    await use(async (index, ready = true) => {
      const agent = await bringOnline({ baseUrl: sim.baseUrl, credentials: sim.agents[index], recorder, ready, timeoutMs: 5000 });
      agents.push(agent);
      return agent;
    });
    await Promise.all(agents.map((a) => a.close()));
  },
  customer: async ({ sim, recorder }, use) => {
    await use(new GmsClient(sim.gmsBase, sim.services[0], recorder));
  },
});

const QUIET_MS = 300;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function chatEvents(recorder: TranscriptRecorder, actor: string, from = 0): BayeuxEvent[] {
  return recorder.events.slice(from).filter((e): e is BayeuxEvent => e.kind === 'bayeux' && e.actor === actor);
}

async function acceptSequence(recorder: TranscriptRecorder, actor: string, from: number): Promise<BayeuxEvent[]> {
  await recorder.waitFor((e) => e.kind === 'bayeux' && e.actor === actor && (e.message as { data?: { messageType?: string } }).data?.messageType === 'MessageLogUpdated', 'MessageLogUpdated', 5000, from);
  await sleep(QUIET_MS);
  return chatEvents(recorder, actor, from);
}

test.describe('faithful simulator: Accept as the seed documents it', () => {
  test('offer, Accept, statusCode 0, then StatusChange, ParticipantsUpdated, MessageLogUpdated', async ({ recorder, online, customer }) => {
    const agent = await online(0);
    const chat = await customer.startChat({ nickname: 'PersonP' });
    await customer.send(chat, 'Hello World');
    const chatId = await awaitOffer(recorder, agent.actor, 5000);

    const offer = stateChangeOf(chatEvents(recorder, agent.actor)[0])!;
    expect(validate('ChatStateChangeMessage', offer).errors).toEqual([]);
    expect(offer.chat).toMatchObject({ id: chatId, state: 'Invited', capabilities: ['Accept', 'Reject'] });

    const from = recorder.cursor();
    const response = await agent.http.accept(chatId, { operationName: 'Accept', nickname: 'Marat' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ statusCode: 0 });

    const events = await acceptSequence(recorder, agent.actor, from);
    expect(events.map((e) => e.channel)).toEqual([CHATS_CHANNEL, CHATS_CHANNEL, CHATS_CHANNEL]);
    for (const e of events) expect(validate('ChatsNotification', e.message).errors).toEqual([]);
    const [status, participants, log] = events.map((e) => (e.message as { data: unknown }).data) as [ChatStateChangeMessage, ChatStateChangeMessage, MessageLogUpdated];

    expect(status).toMatchObject({ messageType: 'ChatStateChangeMessage', notificationType: 'StatusChange', chat: { id: chatId, state: 'Chatting', participants: [] } });
    expect(status.chat.capabilities).toEqual(['Transfer', 'Complete', 'Leave', 'InFocus', 'SendMessage', 'SendStartTypingNotification', 'SendStopTypingNotification']);
    expect(typeof status.referenceId).toBe('number');
    expect(status.chat.uri).toBe(`${new URL(agent.http.baseUrl).origin}/api/v2/chats/${chatId}`);

    expect(participants).toMatchObject({ notificationType: 'ParticipantsUpdated', referenceId: status.referenceId, chat: { id: chatId, uri: status.chat.uri, state: 'Chatting' } });
    expect(participants.chat.participants?.map((p) => [p.type, p.nickname])).toEqual([
      ['Agent', 'Marat'],
      ['Customer', 'PersonP'],
    ]);

    expect(log).toMatchObject({ messageType: 'MessageLogUpdated', notificationType: 'NewMessages', chatUri: status.chat.uri });
    expect(log.messages.map((m) => [m.index, m.type, m.from.type, m.text ?? null])).toEqual([
      [1, 'ParticipantJoined', 'Customer', null],
      [2, 'Text', 'Customer', 'Hello World'],
      [3, 'ParticipantJoined', 'Agent', null],
    ]);
    expect(log.messages[2].from.participantId).toBe(participants.chat.participants![0].participantId);

    const state = await agent.http.getChat(chatId);
    expect(state.body).toMatchObject({ statusCode: 0, chat: { id: chatId, state: 'Chatting' } });
  });

  test('saveLAR is accepted', async ({ recorder, online, customer }) => {
    const agent = await online(0);
    await customer.startChat({ nickname: 'PersonP' });
    const chatId = await awaitOffer(recorder, agent.actor, 5000);
    const response = await agent.http.accept(chatId, { operationName: 'Accept', nickname: 'Marat', saveLAR: true });
    expect(response.body).toEqual({ statusCode: 0 });
  });

  test('the customer sees the agent join and the agent messages; the agent sees the customer messages', async ({ recorder, online, customer }) => {
    const agent = await online(0);
    const chat = await customer.startChat({ nickname: 'PersonP' });
    const chatId = await awaitOffer(recorder, agent.actor, 5000);
    await agent.http.accept(chatId, { operationName: 'Accept', nickname: 'Marat' });
    expect((await agent.http.chatOperation(chatId, { operationName: 'SendMessage', text: 'How may I help you?' })).body).toEqual({ statusCode: 0 });
    const refreshed = await customer.refresh(chat, 1);
    expect(refreshed.messages?.map((m) => [m.type, m.from.type, m.text ?? null])).toEqual([
      ['ParticipantJoined', 'Client', null],
      ['ParticipantJoined', 'Agent', null],
      ['Message', 'Agent', 'How may I help you?'],
    ]);
    const from = recorder.cursor();
    await customer.send(chat, 'I need help');
    const note = await recorder.waitFor((e) => e.kind === 'bayeux' && e.actor === agent.actor && JSON.stringify(e.message).includes('I need help'), 'customer message', 5000, from);
    expect(validate('ChatsNotification', (note as BayeuxEvent).message).ok).toBe(true);
  });

  test('with no Ready agent the chat waits, and is offered when an agent becomes Ready', async ({ recorder, online, customer }) => {
    const agent = await online(0, false);
    await customer.startChat({ nickname: 'Waiting' });
    await sleep(QUIET_MS);
    expect(chatEvents(recorder, agent.actor)).toEqual([]);
    await agent.http.setChatReady(true);
    await awaitOffer(recorder, agent.actor, 5000);
  });

  test('Reject answers statusCode 0, notifies Completed, and the chat is offered to another agent', async ({ recorder, online, customer }) => {
    const first = await online(0);
    const second = await online(1);
    await customer.startChat({ nickname: 'PersonP' });
    const chatId = await awaitOffer(recorder, first.actor, 5000); // Ready longest
    const from = recorder.cursor();
    expect((await first.http.chatOperation(chatId, { operationName: 'Reject' })).body).toEqual({ statusCode: 0 });
    const reoffered = await awaitOffer(recorder, second.actor, 5000, from);
    expect(reoffered).toBe(chatId);
    await recorder.waitFor((e) => e.kind === 'bayeux' && e.actor === first.actor, 'the Completed notification', 5000, from);
    await sleep(QUIET_MS);
    const rejected = chatEvents(recorder, first.actor, from).map((e) => stateChangeOf(e)!);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ notificationType: 'StatusChange', chat: { id: chatId, state: 'Completed', participants: [] } });
    expect(rejected[0].chat.capabilities).toBeUndefined();
    expect(typeof rejected[0].referenceId).toBe('number');
  });

  test('Complete frees the agent for the next chat', async ({ recorder, online, customer }) => {
    const agent = await online(0);
    await customer.startChat({ nickname: 'One' });
    const first = await awaitOffer(recorder, agent.actor, 5000);
    await agent.http.accept(first, { operationName: 'Accept', nickname: 'Marat' });
    const from = recorder.cursor();
    await customer.startChat({ nickname: 'Two' });
    await sleep(QUIET_MS);
    expect(chatEvents(recorder, agent.actor, from).filter((e) => stateChangeOf(e)?.chat.state === 'Invited')).toEqual([]); // capacity 1
    expect((await agent.http.chatOperation(first, { operationName: 'Complete' })).body).toEqual({ statusCode: 0 });
    const second = await awaitOffer(recorder, agent.actor, 5000, from);
    expect(second).not.toBe(first);
  });
});

test.describe('errors: rejected with a statusCode and nothing changes', () => {
  type Case = { name: string; status: number; statusCode?: number; text?: RegExp; run: (a: GwsClient, chatId: string, sim: RunningSimulator) => Promise<{ status: number; body: unknown }> };
  const cases: Case[] = [
    { name: 'unknown chat id', status: 404, statusCode: 6, run: (a) => a.accept('0000NoSuchChat00', { operationName: 'Accept', nickname: 'M' }) },
    { name: 'missing nickname', status: 400, statusCode: 1, run: (a, id) => a.request('POST', `/api/v2/me/chats/${id}`, { operationName: 'Accept' }) },
    { name: 'empty nickname', status: 400, statusCode: 1, run: (a, id) => a.accept(id, { operationName: 'Accept', nickname: '' }) },
    { name: 'nickname not a string', status: 400, statusCode: 10, run: (a, id) => a.request('POST', `/api/v2/me/chats/${id}`, { operationName: 'Accept', nickname: 42 }) },
    { name: 'saveLAR not a boolean', status: 400, statusCode: 10, run: (a, id) => a.request('POST', `/api/v2/me/chats/${id}`, { operationName: 'Accept', nickname: 'M', saveLAR: 'yes' }) },
    { name: 'wrong operationName', status: 400, statusCode: 2, run: (a, id) => a.request('POST', `/api/v2/me/chats/${id}`, { operationName: 'accept', nickname: 'M' }) },
    { name: 'missing operationName', status: 400, statusCode: 1, run: (a, id) => a.request('POST', `/api/v2/me/chats/${id}`, { nickname: 'M' }) },
    { name: 'malformed JSON', status: 400, statusCode: 10, run: (a, id) => a.request('POST', `/api/v2/me/chats/${id}`, undefined, { rawBody: '{"operationName":"Accept",' }) },
    { name: 'JSON that is not an object', status: 400, statusCode: 10, run: (a, id) => a.request('POST', `/api/v2/me/chats/${id}`, ['Accept']) },
    { name: 'body over the size limit', status: 413, statusCode: 10, run: (a, id) => a.request('POST', `/api/v2/me/chats/${id}`, { operationName: 'Accept', nickname: 'x'.repeat(70_000) }) },
    { name: 'not JSON content type', status: 415, statusCode: 10, run: (a, id) => a.request('POST', `/api/v2/me/chats/${id}`, undefined, { rawBody: 'operationName=Accept&nickname=M', contentType: 'application/x-www-form-urlencoded' }) },
    { name: 'no credentials', status: 401, statusCode: 20, run: (a, id) => a.request('POST', `/api/v2/me/chats/${id}`, { operationName: 'Accept', nickname: 'M' }, { auth: false }) },
    { name: 'wrong password', status: 401, statusCode: 20, run: (_a, id, sim) => new GwsClient(sim.baseUrl, { username: sim.agents[0].username, password: 'wrong-password' }).accept(id, { operationName: 'Accept', nickname: 'M' }) },
    { name: 'no CSRF token', status: 403, text: /^Missing or invalid Csrf token$/, run: (a, id) => a.request('POST', `/api/v2/me/chats/${id}`, { operationName: 'Accept', nickname: 'M' }, { csrf: false }) },
    { name: 'no session cookie', status: 403, text: /^Missing or invalid Csrf token$/, run: (a, id) => a.request('POST', `/api/v2/me/chats/${id}`, { operationName: 'Accept', nickname: 'M' }, { cookie: false }) },
    { name: 'chat not offered to this agent', status: 404, statusCode: 6, run: async (_a, id, sim) => {
        const other = new GwsClient(sim.baseUrl, sim.agents[1]);
        await other.login();
        return other.accept(id, { operationName: 'Accept', nickname: 'Intruder' });
      } },
  ];

  for (const c of cases) {
    test(`${c.name}: HTTP ${c.status}${c.statusCode === undefined ? '' : `, statusCode ${c.statusCode}`}`, async ({ sim, recorder, online, customer }) => {
      const agent = await online(0);
      await customer.startChat({ nickname: 'PersonP' });
      const chatId = await awaitOffer(recorder, agent.actor, 5000);
      const from = recorder.cursor();
      const result = await c.run(agent.http, chatId, sim);
      expect(result.status).toBe(c.status);
      if (c.statusCode !== undefined) {
        expect(validate('OperationResponse', result.body).errors).toEqual([]);
        expect(result.body).toMatchObject({ statusCode: c.statusCode, statusMessage: expect.any(String) });
      } else {
        expect(String(result.body)).toMatch(c.text!);
      }
      await sleep(QUIET_MS);
      expect(chatEvents(recorder, agent.actor, from)).toEqual([]);
      expect((await agent.http.getChat(chatId)).body).toMatchObject({ chat: { id: chatId, state: 'Invited' } });
      // ... and the chat can still be accepted.
      expect((await agent.http.accept(chatId, { operationName: 'Accept', nickname: 'Marat' })).body).toEqual({ statusCode: 0 });
    });
  }

  test('a chat accepted twice: the second Accept fails with statusCode 2 and sends nothing', async ({ recorder, online, customer }) => {
    const agent = await online(0);
    await customer.startChat({ nickname: 'PersonP' });
    const chatId = await awaitOffer(recorder, agent.actor, 5000);
    await agent.http.accept(chatId, { operationName: 'Accept', nickname: 'Marat' });
    await acceptSequence(recorder, agent.actor, 0);
    const from = recorder.cursor();
    const again = await agent.http.accept(chatId, { operationName: 'Accept', nickname: 'Marat' });
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ statusCode: 2 });
    await sleep(QUIET_MS);
    expect(chatEvents(recorder, agent.actor, from)).toEqual([]);
  });
});

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

  test('each CometD session is bound to its own HTTP session: a foreign cookie gets the other agent, not a mix', async ({ sim, recorder, online, customer }) => {
    const a = await online(0);
    const b = await online(1, false);
    // b's CometD client presents a's session cookie but b's credentials: refused.
    await expect(
      CometdSession.open({ url: `${sim.baseUrl}/api/v2/notifications`, cookie: a.http.cookieHeader(), headers: b.http.cometdHeaders(), actor: 'mixed', recorder, timeoutMs: 3000 }),
    ).rejects.toThrow(TransportError);
    await customer.startChat({ nickname: 'PersonP' });
    await awaitOffer(recorder, a.actor, 5000);
    await sleep(QUIET_MS);
    expect(chatEvents(recorder, b.actor)).toEqual([]);
  });

  test('a CometD handshake without an authenticated HTTP session is refused', async ({ sim, recorder }) => {
    await expect(CometdSession.open({ url: `${sim.baseUrl}/api/v2/notifications`, actor: 'anonymous', recorder, timeoutMs: 3000 })).rejects.toThrow(/handshake .*failed/);
    await expect(CometdSession.open({ url: `${sim.baseUrl}/api/v2/notifications`, cookie: 'JSESSIONID=0123456789ABCDEF', actor: 'forged', recorder, timeoutMs: 3000 })).rejects.toThrow(/handshake .*failed/);
  });

  test('subscriptions outside /v2/me/ are refused', async ({ online }) => {
    const agent = await online(0, false);
    await expect(agent.cometd.subscribe('/v2/users')).rejects.toThrow(/subscription to \/v2\/users failed/);
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
    const sim = await startSimulator({ logLevel: 'debug', logStream: stream, password: 'very-secret-password' });
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
      for (const secret of ['very-secret-password', agent.http.jsessionid!, agent.http.csrfToken!, chat.secureKey, chat.userId, agent.http.authorization().slice(6)]) {
        expect(log.includes(secret), `log contains a secret (${secret.length} chars)`).toBe(false);
      }
      // The transcript is redacted too.
      const transcript = JSON.stringify(recorder.toTranscript({ kind: 'accept', acceptors: [agent.actor], observers: [], chats: { [agent.actor]: chatId }, nickname: 'Marat', customerMessages: [], chatSource: 'gms' }));
      for (const secret of ['very-secret-password', agent.http.jsessionid!, agent.http.csrfToken!, chat.secureKey, chat.userId]) expect(transcript.includes(secret)).toBe(false);
    } finally {
      await sim.stop();
    }
  });
});
