/**
 * Fuzz: well over 1,000 malformed requests (bad JSON, wrong types, huge bodies, bad paths, bad
 * credentials, bad Bayeux messages, bad GMS forms, broken HTTP). The simulator must stay up, answer
 * each with a clear error, and change nothing: the offered chat is still offered, the agent received
 * nothing, the customer's transcript is unchanged, and a proper Accept still works afterwards.
 * The generator is seeded, so a failure names the seed and the case that reproduce it.
 */
import { expect, test } from '@playwright/test';
import type { BayeuxEvent } from '../../helpers/contract/generated/payloads.ts';
import { prng } from '../../helpers/evidence/seeded.ts';
import { TranscriptRecorder } from '../../helpers/evidence/transcript.ts';
import { awaitOffer, bringOnline } from '../../helpers/target/agent.ts';
import { GmsClient } from '../../helpers/target/gms-client.ts';
import { startSim } from './fixtures.ts';
import { clearError, generate, rawHttp, send } from './fuzz-cases.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20261125);

test('fuzz: 1,000+ malformed requests leave the simulator up, answered and unchanged', async () => {
  test.setTimeout(180_000);
  const sim = await startSim({ logLevel: 'silent' });
  const recorder = new TranscriptRecorder({ baseUrl: sim.baseUrl });
  try {
    const agent = await bringOnline({ baseUrl: sim.baseUrl, credentials: sim.agents[0], recorder, timeoutMs: 5000 });
    const customer = new GmsClient(sim.gmsBase, sim.services[0], recorder);
    const gmsChat = await customer.startChat({ nickname: 'PersonP' });
    const chatId = await awaitOffer(recorder, agent.actor, 5000);
    const transcriptBefore = await customer.refresh(gmsChat, 1);
    const from = recorder.cursor();

    const cases = generate(chatId, gmsChat.chatId, prng(SEED));
    expect(cases.length).toBeGreaterThanOrEqual(1000);
    const creds = {
      auth: agent.http.authorization(),
      cookie: agent.http.cookieHeader()!,
      csrfName: agent.http.csrfHeaderName!,
      csrf: agent.http.csrfToken!,
    };
    const problems: string[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < cases.length) {
          const c = cases[next++];
          try {
            const why = clearError(c, await send(sim.baseUrl, c, creds));
            if (why) problems.push(`${c.name}: ${why}`);
          } catch (err) {
            problems.push(`${c.name}: no answer (${err instanceof Error ? err.message : String(err)})`);
          }
        }
      }),
    );
    // Broken HTTP on raw sockets: answered 400, connection closed.
    const port = Number(new URL(sim.baseUrl).port);
    const raw = [
      'GARBAGE\r\n\r\n',
      'POST /api/v2/me HTTP/1.1\r\nContent-Length: -5\r\n\r\n',
      'GET / HTTP/9.9\r\n\r\n',
      'POST /api/v2/me HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n',
      '\x00\x01\x02\r\n\r\n',
      'GET /api/v2/me HTTP/1.1\r\nBad Header\r\n\r\n',
    ];
    for (const payload of raw) {
      const answer = await rawHttp(port, payload);
      if (!/^HTTP\/1\.1 4\d\d/.test(answer))
        problems.push(`raw ${JSON.stringify(payload.slice(0, 30))}: answered ${JSON.stringify(answer.slice(0, 40))}`);
    }
    expect(problems, `seed ${SEED}: ${problems.length} of ${cases.length} cases not answered with a clear error`).toEqual([]);

    // Nothing changed: no notification, the chat still offered, the customer's transcript the same.
    const arrived = recorder.events.slice(from).filter((e): e is BayeuxEvent => e.kind === 'bayeux');
    expect(arrived).toEqual([]);
    expect((await agent.http.getChat(chatId)).body).toMatchObject({ chat: { id: chatId, state: 'Invited' } });
    expect((await customer.refresh(gmsChat, 1)).messages).toEqual(transcriptBefore.messages);
    // And the simulator still does its job.
    expect((await agent.http.accept(chatId, { operationName: 'Accept', nickname: 'Marat' })).body).toEqual({ statusCode: 0 });
    await recorder.waitFor(
      (e) => e.kind === 'bayeux' && (e.message as { data?: { messageType?: string } }).data?.messageType === 'MessageLogUpdated',
      'MessageLogUpdated after the fuzz',
      5000,
      from,
    );
    await agent.close();
  } finally {
    await sim.stop();
  }
});
