/**
 * The fault catalogue's shape, and the faithful simulator's observation: stable from run to run and all
 * documented payloads. That every fault changes what a client observes is proven more strongly by the
 * self-test (helpers/proof/self-test.test.ts): each fault is detected on exactly its declared
 * requirements, which a no-op fault cannot be.
 */
import { expect, test } from '@playwright/test';
import type { BayeuxEvent } from '../../../helpers/contract/generated/payloads.ts';
import { validate } from '../../../helpers/contract/validator.ts';
import { TranscriptRecorder } from '../../../helpers/evidence/transcript.ts';
import { awaitOffer, bringOnline } from '../../../helpers/target/agent.ts';
import { GmsClient } from '../../../helpers/target/gms-client.ts';
import { type SimulatorOptions, startSimulator } from '../../../simulator/index.ts';
import { SUITE } from '../../index.ts';
import { ACCEPT_SIMULATED } from './index.ts';

const FAULTS = ACCEPT_SIMULATED.faults;
const VARIANTS = ACCEPT_SIMULATED.variants;

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

async function observe(options: Omit<SimulatorOptions, 'operations'>): Promise<Observation> {
  // The suite's operations: the observation probes another one (SendMessage without a CSRF token).
  const sim = await startSimulator({ logLevel: 'silent', ...options, operations: SUITE.simulated });
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

/**
 * What each fault declares it breaks, written out here on purpose: a fault added, removed or declared
 * on other requirements changes the self-test's bar, and must change this table with it (in review).
 */
const DECLARED: Readonly<Record<string, readonly string[]>> = {
  'accept-statuscode-nonzero': ['ACCEPT-RESP-01', 'ACCEPT-PARAM-01', 'ACCEPT-ERR-12', 'ACCEPT-CODE-01'],
  'accept-statuscode-missing': ['ACCEPT-RESP-01', 'ACCEPT-PARAM-01', 'ACCEPT-ERR-12'],
  'accept-http-500': ['ACCEPT-HTTP-01', 'ACCEPT-PARAM-01', 'ACCEPT-ERR-12'],
  'accept-response-not-json': ['ACCEPT-RESP-01', 'ACCEPT-RESP-02', 'ACCEPT-PARAM-01', 'ACCEPT-ERR-12'],
  'accept-response-text-plain': ['ACCEPT-RESP-02'],
  'statuschange-missing': ['ACCEPT-SEQ-01', 'ACCEPT-PARAM-01', 'ACCEPT-ERR-12'],
  'participantsupdated-missing': ['ACCEPT-SEQ-02', 'ACCEPT-PARAM-01', 'ACCEPT-ERR-12'],
  'messagelog-missing': ['ACCEPT-SEQ-03', 'ACCEPT-PARAM-01', 'ACCEPT-ERR-12'],
  'statuschange-duplicated': ['ACCEPT-SEQ-01', 'ACCEPT-ERR-12'],
  'participantsupdated-duplicated': ['ACCEPT-SEQ-02', 'ACCEPT-ERR-12'],
  'messagelog-duplicated': ['ACCEPT-SEQ-03', 'ACCEPT-ERR-12'],
  'order-participants-first': ['ACCEPT-ORDER-01'],
  'order-messagelog-first': ['ACCEPT-ORDER-01'],
  'messagetype-misspelled': ['ACCEPT-SCHEMA-01', 'ACCEPT-SEQ-03', 'ACCEPT-PARAM-01', 'ACCEPT-ERR-12'],
  'notificationtype-misspelled': ['ACCEPT-SCHEMA-01', 'ACCEPT-SEQ-01', 'ACCEPT-PARAM-01', 'ACCEPT-ERR-12'],
  'wrong-channel': ['ACCEPT-CHANNEL-01'],
  'extra-notification-after': ['ACCEPT-QUIET-01'],
  'state-not-chatting': ['ACCEPT-STATE-01'],
  'state-not-chatting-in-participants': ['ACCEPT-STATE-01'],
  'capability-missing': ['ACCEPT-CAPS-01'],
  'capability-accept-kept': ['ACCEPT-CAPS-02'],
  'referenceid-missing': ['ACCEPT-REFID-01'],
  'referenceid-inconsistent': ['ACCEPT-REFID-02'],
  'other-chat-id': ['ACCEPT-CHAT-01', 'ACCEPT-SEQ-02', 'ACCEPT-PARAM-01', 'ACCEPT-ERR-12'],
  'wrong-chat-uri': ['ACCEPT-URI-01'],
  'messagelog-wrong-chaturi': ['ACCEPT-CHAT-01', 'ACCEPT-SEQ-03', 'ACCEPT-PARAM-01', 'ACCEPT-ERR-12'],
  'participants-missing-customer': ['ACCEPT-PART-02'],
  'participants-wrong-nickname': ['ACCEPT-PART-01', 'ACCEPT-PARAM-02'],
  'participant-ids-equal': ['ACCEPT-ID-02'],
  'customer-nickname-changed': ['ACCEPT-ID-03'],
  'messagelog-index-from-zero': ['ACCEPT-LOG-03'],
  'messagelog-index-duplicate': ['ACCEPT-LOG-02'],
  'messagelog-index-decreasing': ['ACCEPT-LOG-02', 'ACCEPT-LOG-05'],
  'messagelog-bad-timestamp': ['ACCEPT-SCHEMA-01'],
  'messagelog-agent-join-missing': ['ACCEPT-LOG-04'],
  'messagelog-history-truncated': ['ACCEPT-LOG-01'],
  'agent-join-customer-id': ['ACCEPT-ID-01'],
  'history-customer-id-differs': ['ACCEPT-ID-01'],
  'messagelog-timestamps-backwards': ['ACCEPT-LOG-05'],
  'timestamp-seconds-in-seconds': ['ACCEPT-LOG-06'],
  'messagelog-visibility-agents': ['ACCEPT-LOG-07'],
  'leak-to-other-agents': ['ACCEPT-ISOLATION-01', 'ACCEPT-CONC-01'],
  'concurrent-accepts-crossed': ['ACCEPT-CONC-01'],
  'offer-leak-to-observers': ['ACCEPT-ISOLATION-02'],
  'offer-without-reject': ['ACCEPT-OFFER-01'],
  'second-accept-succeeds': ['ACCEPT-ERR-03', 'ACCEPT-ERR-12'],
  'unknown-id-accepted': ['ACCEPT-ERR-01'],
  'missing-nickname-accepted': ['ACCEPT-ERR-02'],
  'csrf-not-enforced': ['ACCEPT-ERR-05', 'ACCEPT-CSRF-02', 'ACCEPT-CSRF-03', 'ACCEPT-CSRF-04'],
  'other-agent-can-accept': ['ACCEPT-ERR-04'],
  'error-changes-state': ['ACCEPT-ERR-06', 'ACCEPT-ERR-07'],
  'nickname-type-ignored': ['ACCEPT-ERR-08'],
  'savelar-unchecked': ['ACCEPT-ERR-09'],
  'operationname-optional': ['ACCEPT-ERR-10'],
  'unknown-operation-ignored': ['ACCEPT-ERR-11'],
  'error-statuscodes-generic': ['ACCEPT-CODE-01'],
  'error-without-statusmessage': ['ACCEPT-ERR-01', 'ACCEPT-ERR-02', 'ACCEPT-ERR-03', 'ACCEPT-ERR-04', 'ACCEPT-CODE-02'],
  'error-html': ['ACCEPT-CODE-03'],
  'double-accept-race': ['ACCEPT-ERR-12'],
  'password-not-checked': ['ACCEPT-AUTH-01'],
  'credentials-fall-back': ['ACCEPT-AUTH-03'],
  'credentials-refused-as-500': ['ACCEPT-AUTH-01', 'ACCEPT-AUTH-02', 'ACCEPT-AUTH-03'],
  'csrf-token-not-compared': ['ACCEPT-CSRF-02', 'ACCEPT-CSRF-03'],
  'csrf-token-not-bound': ['ACCEPT-CSRF-03'],
  'csrf-without-session': ['ACCEPT-CSRF-04'],
  'handshake-anonymous': ['ACCEPT-BAYEUX-01'],
  'handshake-password-unchecked': ['ACCEPT-BAYEUX-02'],
  'client-publish-broadcast': ['ACCEPT-ISOLATION-03'],
  'savelar-refused': ['ACCEPT-PARAM-01'],
  'nickname-ascii-only': ['ACCEPT-PARAM-02'],
};

/** The legal variants, and what a variant legal only when declared breaks undeclared. */
const LEGAL: Readonly<Record<string, readonly string[]>> = {
  'property-order': [],
  'extra-properties': [],
  'chat-path': [],
  'timestamp-seconds': [],
  'timestamp-space-form': [],
  'response-reference-id': [],
  'notifications-before-response': [],
  'slow-server': [],
  'uuid-ids': [],
  'errors-http-200': [],
  'other-open-choices': [],
  'lenient-nickname': [],
  'websocket-refused': [],
  'non-contiguous-indices': [],
  'no-referenceid-on-participants': [],
  'extended-capabilities': [],
  'participant-details': [],
  'csrf-off': ['ACCEPT-ERR-05', 'ACCEPT-CSRF-02', 'ACCEPT-CSRF-03', 'ACCEPT-CSRF-04'],
};

test.describe('fault and variant catalogue', () => {
  // That each declared ID is one of the requirement catalogue: helpers/proof/self-test.test.ts (the
  // simulator's tests do not read the judges).
  test('every fault declares exactly the requirements written here', () => {
    expect(Object.fromEntries(FAULTS.map((f) => [f.name, [...f.breaks]]))).toEqual(DECLARED);
    for (const f of FAULTS) expect(f.breaks.length, `${f.name} breaks nothing: a variant, not a fault`).toBeGreaterThan(0);
  });

  test('every legal variant breaks nothing (one legal only when declared: exactly what it names, undeclared)', () => {
    expect(Object.fromEntries(VARIANTS.map((v) => [v.name, [...v.breaks, ...(v.declaration?.breaks ?? [])]]))).toEqual(LEGAL);
    for (const v of VARIANTS) expect(v.breaks, v.name).toEqual([]);
  });

  test('faults and variants are uniquely named and described', () => {
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
