/**
 * Requests the simulator must refuse: each answered with its statusCode (and HTTP status), and
 * nothing changed.
 */
import { expect } from '@playwright/test';
import { validate } from '../../helpers/contract/validator.ts';
import { awaitOffer } from '../../helpers/target/agent.ts';
import { GwsClient } from '../../helpers/target/gws-client.ts';
import type { RunningSimulator } from '../index.ts';
import { acceptSequence, chatEvents, QUIET_MS, sleep, test } from './fixtures.ts';

test.describe('errors: rejected with a statusCode and nothing changes', () => {
  type Case = {
    name: string;
    status: number;
    statusCode?: number;
    text?: RegExp;
    run: (a: GwsClient, chatId: string, sim: RunningSimulator) => Promise<{ status: number; body: unknown }>;
  };
  const cases: Case[] = [
    {
      name: 'unknown chat id',
      status: 404,
      statusCode: 6,
      run: (a) => a.accept('0000NoSuchChat00', { operationName: 'Accept', nickname: 'M' }),
    },
    {
      name: 'missing nickname',
      status: 400,
      statusCode: 1,
      run: (a, id) => a.request('POST', `/api/v2/me/chats/${id}`, { operationName: 'Accept' }),
    },
    { name: 'empty nickname', status: 400, statusCode: 1, run: (a, id) => a.accept(id, { operationName: 'Accept', nickname: '' }) },
    {
      name: 'nickname not a string',
      status: 400,
      statusCode: 10,
      run: (a, id) => a.request('POST', `/api/v2/me/chats/${id}`, { operationName: 'Accept', nickname: 42 }),
    },
    {
      name: 'saveLAR not a boolean',
      status: 400,
      statusCode: 10,
      run: (a, id) => a.request('POST', `/api/v2/me/chats/${id}`, { operationName: 'Accept', nickname: 'M', saveLAR: 'yes' }),
    },
    {
      name: 'wrong operationName',
      status: 400,
      statusCode: 2,
      run: (a, id) => a.request('POST', `/api/v2/me/chats/${id}`, { operationName: 'accept', nickname: 'M' }),
    },
    {
      name: 'missing operationName',
      status: 400,
      statusCode: 1,
      run: (a, id) => a.request('POST', `/api/v2/me/chats/${id}`, { nickname: 'M' }),
    },
    {
      name: 'malformed JSON',
      status: 400,
      statusCode: 10,
      run: (a, id) => a.request('POST', `/api/v2/me/chats/${id}`, undefined, { rawBody: '{"operationName":"Accept",' }),
    },
    {
      name: 'JSON that is not an object',
      status: 400,
      statusCode: 10,
      run: (a, id) => a.request('POST', `/api/v2/me/chats/${id}`, ['Accept']),
    },
    {
      name: 'body over the size limit',
      status: 413,
      statusCode: 10,
      run: (a, id) => a.request('POST', `/api/v2/me/chats/${id}`, { operationName: 'Accept', nickname: 'x'.repeat(70_000) }),
    },
    {
      name: 'not JSON content type',
      status: 415,
      statusCode: 10,
      run: (a, id) =>
        a.request('POST', `/api/v2/me/chats/${id}`, undefined, {
          rawBody: 'operationName=Accept&nickname=M',
          contentType: 'application/x-www-form-urlencoded',
        }),
    },
    {
      name: 'no credentials',
      status: 401,
      statusCode: 20,
      run: (a, id) => a.request('POST', `/api/v2/me/chats/${id}`, { operationName: 'Accept', nickname: 'M' }, { auth: false }),
    },
    {
      name: 'wrong password',
      status: 401,
      statusCode: 20,
      run: (_a, id, sim) =>
        new GwsClient(sim.baseUrl, { username: sim.agents[0].username, password: 'wrong-password' }).accept(id, {
          operationName: 'Accept',
          nickname: 'M',
        }),
    },
    {
      name: 'no CSRF token',
      status: 403,
      text: /^Missing or invalid Csrf token$/,
      run: (a, id) => a.request('POST', `/api/v2/me/chats/${id}`, { operationName: 'Accept', nickname: 'M' }, { csrf: false }),
    },
    {
      name: 'no session cookie',
      status: 403,
      text: /^Missing or invalid Csrf token$/,
      run: (a, id) => a.request('POST', `/api/v2/me/chats/${id}`, { operationName: 'Accept', nickname: 'M' }, { cookie: false }),
    },
    {
      name: 'chat not offered to this agent',
      status: 404,
      statusCode: 6,
      run: async (_a, id, sim) => {
        const other = new GwsClient(sim.baseUrl, sim.agents[1]);
        await other.login();
        return other.accept(id, { operationName: 'Accept', nickname: 'Intruder' });
      },
    },
  ];

  for (const c of cases) {
    test(`${c.name}: HTTP ${c.status}${c.statusCode === undefined ? '' : `, statusCode ${c.statusCode}`}`, async ({
      sim,
      recorder,
      online,
      customer,
    }) => {
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
