import { expect, test } from '@playwright/test';
import { SUITE } from '../../operations/index.ts';
import type { TranscriptEvent } from '../contract/generated/payloads.ts';
import { TranscriptRecorder, TransportError } from '../evidence/transcript.ts';
import { judgeTranscript } from '../judges/judge.ts';
import { decisionFor } from '../judges/verdicts.ts';
import { bringOnline, isOfferTo } from '../target/agent.ts';
import { resolveTarget } from '../target/resolve.ts';
import { Drive, sleep } from './drive.ts';
import { listedChats, tries, troubled } from './release.ts';

test('listedChats: the ids of GET /api/v2/me/chats, as uris or as chats; none from anything else', () => {
  expect(listedChats({ statusCode: 0, uris: ['https://gws/api/v2/me/chats/00A1', 'https://gws/api/v2/me/chats/a%2Fb'] })).toEqual([
    '00A1',
    'a/b',
  ]);
  expect(listedChats({ statusCode: 0, chats: [{ id: '00B2' }, { state: 'Chatting' }, null] })).toEqual(['00B2']);
  for (const body of [undefined, 'text', { uris: 'x' }, { chats: {} }]) expect(listedChats(body)).toEqual([]);
});

test('troubled: a failure, a request without answer, a CometD connection lost or re-handshaken; nothing else', () => {
  const note = (transportEvent: string) => ({ kind: 'note', at: 0, text: '', data: { transportEvent } }) as TranscriptEvent;
  expect(troubled([{ kind: 'failure', at: 0, text: 'cut' } as TranscriptEvent])).toBe(true);
  expect(troubled([{ kind: 'http', at: 0, request: { method: 'GET', path: '/' }, error: 'socket hang up' } as TranscriptEvent])).toBe(true);
  expect(troubled([note('lost')])).toBe(true);
  expect(troubled([note('rehandshake')])).toBe(true);
  expect(
    troubled([
      note('restored'),
      { kind: 'http', at: 0, request: { method: 'GET', path: '/' }, response: { status: 200 } } as TranscriptEvent,
    ]),
  ).toBe(false);
});

test('tries: a request without answer is sent again, up to the tries shared; an answer or another error is final', async () => {
  const failing = (failures: number, err: Error = new TransportError('socket hang up', 'cleanup')) => {
    let sent = 0;
    return {
      request: async () => {
        if (++sent <= failures) throw err;
        return 'answered';
      },
      sent: () => sent,
    };
  };
  const twice = failing(2);
  expect(await tries(3, 1)(twice.request)).toBe('answered');
  expect(twice.sent()).toBe(3);
  const always = failing(9);
  await expect(tries(3, 1)(always.request)).rejects.toThrow('socket hang up');
  expect(always.sent()).toBe(3);
  const broken = failing(9, new Error('a bug'));
  await expect(tries(3, 1)(broken.request)).rejects.toThrow('a bug');
  expect(broken.sent()).toBe(1);
  // Shared: two requests of one clean-up spend the same tries.
  const shared = tries(3, 1);
  const first = failing(2);
  const second = failing(1);
  await shared(first.request);
  await expect(shared(second.request)).rejects.toThrow('socket hang up');
  expect(second.sent()).toBe(1);
});

test('a run cut after its chat was offered, the chat unknown to it (its GMS answer lost), leaves the account free and the chat ended', async () => {
  const { target, stop } = await resolveTarget(
    { GWS_BASE_URL: 'simulator', GWS_QUIET_WINDOW_MS: '500', GWS_NOTIFICATION_TIMEOUT_MS: '2000', GWS_OFFER_TIMEOUT_MS: '3000' },
    SUITE.simulated,
  );
  try {
    const [a1, a2, a3, a4] = target.config.agents;
    const cut = new Drive({ ...target, config: { ...target.config, agents: [a1!, a2!] } }, SUITE.operations[0]!, 'cut');
    await cut.run(async () => {
      const agent = await cut.online(a1!, 'actor');
      await cut.startChat();
      cut.customerChats.length = 0; // as if the answer to the GMS request had been lost: the chat is the target's only
      await cut.recorder.waitFor(isOfferTo(agent.actor), 'the offer', 3000);
      throw new TransportError('the network was cut', 'offer');
    });
    // The chat was ended, not handed back to the service's queue: an agent Ready now is offered nothing.
    const recorder = new TranscriptRecorder({ baseUrl: target.label, profile: 'default' });
    const ready = await bringOnline({
      baseUrl: target.config.baseUrl,
      credentials: a4!,
      recorder,
      actor: 'agent-ready',
      notificationsPath: target.config.cometdPath,
      transport: target.config.transport,
      ready: true,
      timeoutMs: 3000,
    });
    await sleep(500);
    expect(recorder.events.filter(isOfferTo('agent-ready'))).toEqual([]);
    await ready.http.setChatReady(false);
    await ready.close();
    // The same accounts again, and others: each run is offered a chat of its own and decides everything.
    for (const agents of [
      [a1!, a2!],
      [a3!, a4!],
    ]) {
      const findings = judgeTranscript(SUITE, await SUITE.main.drive({ ...target, config: { ...target.config, agents } }));
      const ids = [...new Set(findings.map((f) => f.requirement))];
      expect(ids.filter((id) => decisionFor(findings, id) !== 'PASS' && decisionFor(findings, id) !== 'NOT APPLICABLE')).toEqual([]);
    }
  } finally {
    await stop();
  }
});
