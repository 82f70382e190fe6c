/**
 * The documented example as a transcript: the seed's response and three notifications, preceded by the
 * offer, recorded as the drive would record them. An Accept plan (the simulator's, faults and variants
 * applied) becomes a transcript the judges read offline; the mutation engine starts from it too.
 */
import { seedAccept } from '../contract/fixtures.ts';
import type { Scenario, Transcript, TranscriptEvent } from '../contract/generated/payloads.ts';
import { TRANSCRIPT_FORMAT } from '../evidence/transcript.ts';
import type { JsonObject, Plan } from '../target/embedded-simulator.ts';
import { parseBody } from '../target/recorded-fetch.ts';

const seed = seedAccept();
/** The seed's chat (its Accept POSTs to 0071023821aec011: a transcription defect, aligned here). */
export const SEED_CHAT = '0000Na9B26EF002X';
export const SEED_API = 'http://localhost:8080/api/v2';

export function seedPlan(): Plan {
  return {
    status: 200,
    body: { statusCode: 0 },
    notifications: seed.notifications.map((n) => ({ channel: '/v2/me/chats', data: structuredClone(n) as unknown as JsonObject })),
    notifyBeforeResponse: false,
    notifyDelayMs: 0,
    later: [],
    leakToOthers: false,
    alsoTo: [],
  };
}

export const acceptScenario = (over: Partial<Scenario> = {}): Scenario => ({
  operation: 'Accept',
  kind: 'accept',
  actors: ['agent1'],
  observers: ['agent2'],
  chats: { agent1: SEED_CHAT },
  nickname: 'Marat',
  customerNickname: 'PersonP',
  customerMessages: ['Hello World'],
  chatSource: 'gms',
  csrf: true,
  ...over,
});

/** Builds a transcript event by event, with increasing times. */
export class TranscriptBuilder {
  events: TranscriptEvent[] = [];
  private t = 0;
  /** A builder of a transcript driving `operation`: its steps name it. */
  constructor(readonly operation = 'Accept') {}
  at() {
    this.t += 1;
    return this.t;
  }
  step(step: string, actor?: string) {
    this.events.push({
      kind: 'note',
      at: this.at(),
      text: `step: ${step}`,
      ...(actor ? { actor } : {}),
      data: { step, operation: this.operation },
    });
  }
  http(actor: string, path: string, body: unknown, status: number, responseBody: unknown, contentType = 'application/json;charset=UTF-8') {
    this.events.push({
      kind: 'http',
      actor,
      at: this.at(),
      durationMs: 1,
      request: { method: 'POST', path, headers: { 'content-type': 'application/json' }, body },
      response: { status, headers: { 'content-type': contentType }, body: responseBody },
    });
  }
  bayeux(actor: string, channel: string, data: unknown) {
    this.events.push({ kind: 'bayeux', actor, at: this.at(), channel, message: { channel, data } });
  }
  transcript(scenario: Scenario): Transcript {
    return {
      format: TRANSCRIPT_FORMAT,
      target: { baseUrl: 'http://localhost:8080' },
      startedAt: '2014-01-02T22:23:18.000Z',
      scenario,
      events: this.events,
    };
  }
}

/** The offer the seed's chat was in before the Accept (inferred: fact sheet §4.3, §6.5): Accept and Reject, the customer. */
export function seedOffer(): JsonObject {
  const offer = structuredClone(seed.notifications[0]) as unknown as JsonObject;
  delete offer.referenceId;
  const chat = offer.chat as JsonObject;
  Object.assign(chat, {
    state: 'Invited',
    capabilities: ['Accept', 'Reject'],
    participants: (chat.participants as JsonObject[]).filter((p) => p.type === 'Customer'),
  });
  return offer;
}

/** The transcript of an Accept that follows `plan` (by default the seed's own). */
export function acceptTranscript(plan: Plan = seedPlan(), scenario = acceptScenario()): Transcript {
  const b = new TranscriptBuilder();
  b.bayeux('agent1', '/v2/me/chats', seedOffer());
  b.step('offer', 'agent1');
  b.step('accept', 'agent1');
  const deliver = () => {
    for (const d of plan.notifications) {
      b.bayeux('agent1', d.channel, d.data);
      if (plan.leakToOthers) b.bayeux('agent2', d.channel, structuredClone(d.data));
    }
  };
  if (plan.notifyBeforeResponse) deliver();
  b.http(
    'agent1',
    `/api/v2/me/chats/${SEED_CHAT}`,
    { operationName: 'Accept', nickname: 'Marat' },
    plan.status,
    plan.rawBody ? parseBody(plan.rawBody.text) : plan.body,
    plan.rawBody?.contentType,
  );
  if (!plan.notifyBeforeResponse) deliver();
  b.step('sequence-complete', 'agent1');
  for (const l of plan.later) b.bayeux('agent1', l.delivery.channel, l.delivery.data);
  b.step('quiet-end');
  return b.transcript(scenario);
}
