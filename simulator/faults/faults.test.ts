/**
 * The fault catalogue's shape, and the faithful simulator's observation: stable from run to run and all
 * documented payloads. That every fault changes what a client observes is proven more strongly by the
 * self-test (helpers/proof/self-test.test.ts): each fault is detected on exactly its declared
 * requirements, which a no-op fault cannot be.
 */
import { expect, test } from '@playwright/test';
import type { BayeuxEvent } from '../../helpers/contract/generated/payloads.ts';
import { validate } from '../../helpers/contract/validator.ts';
import { TranscriptRecorder } from '../../helpers/evidence/transcript.ts';
import { awaitOffer, bringOnline } from '../../helpers/target/agent.ts';
import { GmsClient } from '../../helpers/target/gms-client.ts';
import { type SimulatorOptions, startSimulator } from '../index.ts';
import { FAULTS, VARIANTS } from './index.ts';

const QUIET_MS = 500;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Observation {
  probes: Record<string, unknown>;
  accept: unknown;
  secondAccept: unknown;
  agentEvents: unknown[];
  otherAgentEvents: unknown[];
  raw: { acceptBody: unknown; agentMessages: BayeuxEvent['message'][] };
}

/**
 * Replaces what differs from run to run (ids, ports, clock) by stable tokens that keep the shape:
 * an id becomes ID<n>/<length>, a digit in a timestamp becomes d. Format changes stay visible.
 */
function normalize(value: unknown): unknown {
  const ids = new Map<string, string>();
  const token = (id: string) => {
    if (!ids.has(id)) ids.set(id, `ID${ids.size + 1}/${id.length}`);
    return ids.get(id)!;
  };
  const walk = (v: unknown, key?: string): unknown => {
    if (Array.isArray(v)) return v.map((x) => walk(x));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    if (typeof v !== 'string') return key === 'timestampSeconds' ? 'epoch-ms' : v;
    if (key === 'timestamp') return v.replace(/\d/g, 'd');
    let s = v.replace(/http:\/\/127\.0\.0\.1:\d+/g, 'http://HOST');
    if (key === 'id' || key === 'participantId') return token(s);
    s = s.replace(/\/chats\/([^/\s"]+)/g, (_m, id: string) => `/chats/${token(id)}`);
    s = s.replace(/Chat (\S+) (not found|cannot)/g, (_m, id: string, rest: string) => `Chat ${token(id)} ${rest}`);
    return s;
  };
  return walk(value);
}

async function observe(options: SimulatorOptions): Promise<Observation> {
  const sim = await startSimulator({ logLevel: 'silent', ...options });
  const recorder = new TranscriptRecorder({ baseUrl: sim.baseUrl });
  try {
    const agent = await bringOnline({ baseUrl: sim.baseUrl, credentials: sim.agents[0], recorder, actor: 'agent', timeoutMs: 5000 });
    const other = await bringOnline({
      baseUrl: sim.baseUrl,
      credentials: sim.agents[1],
      recorder,
      actor: 'other',
      ready: false,
      timeoutMs: 5000,
    });
    const customer = new GmsClient(sim.gmsBase, sim.services[0], recorder);
    const chat = await customer.startChat({ nickname: 'PersonP' });
    await customer.send(chat, 'Hello World');
    const chatId = await awaitOffer(recorder, 'agent', 5000);
    const from = recorder.cursor();
    const brief = (r: { status: number; body: unknown }) => ({ status: r.status, body: r.body });
    // Behavioural probes, each an error case for a faithful server.
    const probes: Record<string, unknown> = {
      otherAgentAccepts: brief(await other.http.accept(chatId, { operationName: 'Accept', nickname: 'Intruder' })),
      unknownId: brief(await agent.http.accept('0000NoSuchChat00', { operationName: 'Accept', nickname: 'Marat' })),
      missingNickname: brief(await agent.http.request('POST', `/api/v2/me/chats/${chatId}`, { operationName: 'Accept' })),
      noCsrf: brief(
        await agent.http.request('POST', `/api/v2/me/chats/${chatId}`, { operationName: 'SendMessage', text: 'probe' }, { csrf: false }),
      ),
    };
    const accept = await agent.http.accept(chatId, { operationName: 'Accept', nickname: 'Marat' });
    await sleep(QUIET_MS);
    const secondAccept = await agent.http.accept(chatId, { operationName: 'Accept', nickname: 'Marat' });
    await sleep(100);
    const events = (actor: string) => recorder.events.slice(from).filter((e): e is BayeuxEvent => e.kind === 'bayeux' && e.actor === actor);
    await agent.close();
    await other.close();
    return {
      probes,
      accept: brief(accept),
      secondAccept: brief(secondAccept),
      agentEvents: events('agent').map((e) => ({ channel: e.channel, data: (e.message as { data?: unknown }).data })),
      otherAgentEvents: events('other').map((e) => ({ channel: e.channel, data: (e.message as { data?: unknown }).data })),
      raw: { acceptBody: accept.body, agentMessages: events('agent').map((e) => e.message) },
    };
  } finally {
    await sim.stop();
  }
}

function comparable(o: Observation): unknown {
  const { raw: _raw, ...rest } = o;
  return normalize(rest);
}

let baseline: Promise<Observation> | undefined;
const faithful = () => (baseline ??= observe({}));

test.describe('fault and variant catalogue', () => {
  test('has at least 25 faults and 8 legal variants, uniquely named and described', () => {
    expect(FAULTS.length).toBeGreaterThanOrEqual(25);
    expect(VARIANTS.length).toBeGreaterThanOrEqual(8);
    const names = [...FAULTS, ...VARIANTS].map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    for (const d of [...FAULTS, ...VARIANTS]) {
      expect(d.name, d.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(d.description.length, d.name).toBeGreaterThan(10);
      expect(d.rationale.length, d.name).toBeGreaterThan(10);
    }
  });

  test('the faithful simulator observes the same thing twice (the comparison is stable)', async () => {
    expect(comparable(await observe({}))).toEqual(comparable(await faithful()));
  });

  test('the faithful observation is all documented payloads', async () => {
    const o = await faithful();
    expect(validate('OperationResponse', o.raw.acceptBody).errors).toEqual([]);
    expect(o.raw.agentMessages).toHaveLength(3);
    for (const m of o.raw.agentMessages) expect(validate('ChatsNotification', m).errors).toEqual([]);
    expect(o.otherAgentEvents).toEqual([]);
  });
});
