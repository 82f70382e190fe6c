/**
 * The chat's REST view once Accept's window ended and after an operation that leaves it Chatting
 * (CONV-REST-01, -02, -03), and the agent's chats over REST listing it (CONV-REST-04), judged on a
 * faithful AttachUserData transcript bent offline: as recorded all pass; a chat shown in another state,
 * with other userData, without its customer, or left out of the agent's chats, is NON-STRICT (SHOULDs);
 * an answer without a chat resource or a chats list (their shapes are inferred) is NOT APPLICABLE, never
 * a FAIL or a PASS; a transcript without the views (recorded by an earlier suite) decides none of them.
 */
import { expect, test } from '@playwright/test';
import { SUITE } from '../../../operations/index.ts';
import type { HttpEvent, NoteEvent, Transcript } from '../../contract/generated/payloads.ts';
import { driveOnSimulator } from '../../scenarios/on-simulator.ts';
import { judgeTranscript } from '../judge.ts';
import { decisionFor } from '../verdicts.ts';
import { REST_AFTER_STEP } from './rest-view.ts';
import { REST_BEFORE_STEP } from './user-data.ts';

let faithful: Transcript;
test.beforeAll(async () => {
  faithful = await driveOnSimulator(SUITE, 'attach-user-data');
});

const decisions = (t: Transcript) => {
  const findings = judgeTranscript(SUITE, t);
  return {
    state: decisionFor(findings, 'CONV-REST-01'),
    userData: decisionFor(findings, 'CONV-REST-02'),
    participants: decisionFor(findings, 'CONV-REST-03'),
    list: decisionFor(findings, 'CONV-REST-04'),
    findings,
  };
};

/** The transcript with the REST view read after the operation bent by `bend`. */
function bent(bend: (view: HttpEvent) => void): Transcript {
  const t = structuredClone(faithful);
  const step = t.events.findIndex((e) => e.kind === 'note' && ((e as NoteEvent).data as { step?: unknown })?.step === REST_AFTER_STEP);
  const view = t.events.slice(step).find((e): e is HttpEvent => e.kind === 'http' && e.request.method === 'GET');
  expect(view, 'the drive read the REST view after the operation').toBeDefined();
  bend(view!);
  return t;
}

/** The transcript with every REST view of the chat (once Accept's window ended, and after the operation) bent by `bend`. */
function bentViews(bend: (view: HttpEvent) => void): Transcript {
  const t = structuredClone(faithful);
  for (const step of [REST_BEFORE_STEP, REST_AFTER_STEP]) {
    const at = t.events.findIndex((e) => e.kind === 'note' && ((e as NoteEvent).data as { step?: unknown })?.step === step);
    const view = t.events.slice(at).find((e): e is HttpEvent => e.kind === 'http' && e.request.method === 'GET');
    expect(view, `the drive read the REST view at ${step}`).toBeDefined();
    bend(view!);
  }
  return t;
}

/** The transcript with the agent's chats over REST, read after the operation, bent by `bend`. */
function bentList(bend: (list: HttpEvent) => void): Transcript {
  const t = structuredClone(faithful);
  const step = t.events.findIndex((e) => e.kind === 'note' && ((e as NoteEvent).data as { step?: unknown })?.step === REST_AFTER_STEP);
  const list = t.events.slice(step).find((e): e is HttpEvent => e.kind === 'http' && e.request.path.endsWith('/api/v2/me/chats?fields=*'));
  expect(list, "the drive read the agent's chats after the operation").toBeDefined();
  bend(list!);
  return t;
}

test("as recorded, the REST view after AttachUserData shows the chat Chatting with the userData it left, and the agent's chats list it", () => {
  expect(decisions(faithful)).toMatchObject({ state: 'PASS', userData: 'PASS', participants: 'PASS', list: 'PASS' });
});

test("the agent's chats over REST without the chat, or listing it in another state, are NON-STRICT; without a chats list, or without the chat's state, NOT APPLICABLE", () => {
  const chats = (v: HttpEvent) => (v.response!.body as { chats: Record<string, unknown>[] }).chats;
  const without = decisions(bentList((v) => chats(v).splice(0)));
  expect(without).toMatchObject({ list: 'NON-STRICT', state: 'PASS' });
  expect(without.findings.find((f) => f.requirement === 'CONV-REST-04')?.observed).toMatch(/^not listed among \[\]/);
  const invited = decisions(
    bentList((v) => {
      for (const c of chats(v)) c.state = 'Invited';
    }),
  );
  expect(invited).toMatchObject({ list: 'NON-STRICT' });
  expect(invited.findings.find((f) => f.requirement === 'CONV-REST-04')?.observed).toBe('listed, "Invited"');
  const uris = decisions(bentList((v) => Object.assign(v.response!, { body: { statusCode: 0, uris: ['http://gws/api/v2/chats/x'] } })));
  expect(uris).toMatchObject({ list: 'NOT APPLICABLE' });
  expect(uris.findings.find((f) => f.requirement === 'CONV-REST-04')?.observed).toContain('no chats list in it');
  const stateless = decisions(
    bentList((v) => {
      for (const c of chats(v)) delete c.state;
    }),
  );
  expect(stateless).toMatchObject({ list: 'NOT APPLICABLE' });
});

test('a REST view that shows the chat in another state, without a capability every Chatting list holds, or its userData otherwise, is NON-STRICT', () => {
  const invited = bent((v) => {
    (v.response!.body as { chat: { state: string } }).chat.state = 'Invited';
  });
  expect(decisions(invited)).toMatchObject({ state: 'NON-STRICT', userData: 'PASS' });
  const withoutTransfer = bent((v) => {
    const chat = (v.response!.body as { chat: { capabilities: string[] } }).chat;
    chat.capabilities = chat.capabilities.filter((c) => c !== 'Transfer');
  });
  const r0 = decisions(withoutTransfer);
  expect(r0).toMatchObject({ state: 'NON-STRICT', userData: 'PASS' });
  expect(r0.findings.find((f) => f.requirement === 'CONV-REST-01' && f.verdict === 'NON-STRICT')?.observed).toContain('without Transfer');
  // The value attached as a number, shown as a string: another JSON type.
  const retyped = bent((v) => {
    const data = (v.response!.body as { chat: { userData: Record<string, unknown> } }).chat.userData;
    data.ConformanceScore = String(data.ConformanceScore);
  });
  const r = decisions(retyped);
  expect(r).toMatchObject({ state: 'PASS', userData: 'NON-STRICT' });
  expect(r.findings.find((f) => f.requirement === 'CONV-REST-02' && f.verdict === 'NON-STRICT')?.observed).toContain(
    'ConformanceScore: "42"',
  );
});

test('a REST view without the customer, or with the customer under another nickname, or without the agent, is NON-STRICT', () => {
  const participants = (v: HttpEvent) => (v.response!.body as { chat: { participants: { type: string; nickname: string }[] } }).chat;
  for (const bend of [
    (v: HttpEvent) => {
      participants(v).participants = participants(v).participants.filter((p) => p.type !== 'Customer');
    },
    (v: HttpEvent) => {
      for (const p of participants(v).participants) if (p.type === 'Customer') p.nickname = 'Customer';
    },
    (v: HttpEvent) => {
      participants(v).participants = participants(v).participants.filter((p) => p.type !== 'Agent');
    },
  ])
    expect(decisions(bent(bend))).toMatchObject({ state: 'PASS', participants: 'NON-STRICT' });
});

test('a value that is an object, shown with its keys in another order, is the same value', () => {
  const reordered = bent((v) => {
    (v.response!.body as { chat: { userData: Record<string, unknown> } }).chat.userData.ConformanceNested = { b: 2, a: 1 };
  });
  // The request attached it with its keys the other way round.
  const sent = reordered.events.find(
    (e): e is HttpEvent =>
      e.kind === 'http' && (e.request.body as { operationName?: unknown } | undefined)?.operationName === 'AttachUserData',
  )!;
  (sent.request.body as { userData: Record<string, unknown> }).userData.ConformanceNested = { a: 1, b: 2 };
  expect(decisions(reordered)).toMatchObject({ userData: 'PASS' });
});

test('a REST view without a chat resource in it (404, or another shape) is NOT APPLICABLE, with what it answered; the view after Accept still decides', () => {
  const notFound = bent((v) => {
    v.response!.status = 404;
    v.response!.body = { statusCode: 6, statusMessage: 'Not found' };
  });
  const r = decisions(notFound);
  expect(r).toMatchObject({ state: 'PASS', userData: 'NOT APPLICABLE', participants: 'PASS' });
  expect(r.findings.find((f) => f.requirement === 'CONV-REST-01' && f.verdict === 'INFO')?.observed).toContain('HTTP 404');
  const everyView = bentViews((v) => {
    v.response!.body = { statusCode: 0, chats: [(v.response!.body as { chat: unknown }).chat] };
  });
  expect(decisions(everyView)).toMatchObject({ state: 'NOT APPLICABLE', userData: 'NOT APPLICABLE', participants: 'NOT APPLICABLE' });
});

test("the REST view once Accept's window ended is judged as the one after the operation: another state there is NON-STRICT, saying after what", () => {
  const t = structuredClone(faithful);
  const before = t.events.findIndex((e) => e.kind === 'note' && ((e as NoteEvent).data as { step?: unknown })?.step === REST_BEFORE_STEP);
  const view = t.events.slice(before).find((e): e is HttpEvent => e.kind === 'http' && e.request.method === 'GET');
  (view!.response!.body as { chat: { state: string } }).chat.state = 'Invited';
  const r = decisions(t);
  expect(r).toMatchObject({ state: 'NON-STRICT', participants: 'PASS', list: 'PASS' });
  expect(r.findings.find((f) => f.requirement === 'CONV-REST-01' && f.verdict === 'NON-STRICT')?.expected).toMatch(
    /^after Accept: the chat Chatting/,
  );
});

test('a transcript without the REST views (an earlier suite recorded it) decides none of them; with the view after Accept only, state and participants', () => {
  const without = (steps: string[]) => {
    const t = structuredClone(faithful);
    t.events = t.events.filter((e) => !(e.kind === 'note' && steps.includes(((e as NoteEvent).data as { step?: string })?.step ?? '')));
    return decisions(t);
  };
  expect(without([REST_AFTER_STEP, REST_BEFORE_STEP])).toMatchObject({
    state: 'NOT DECIDED',
    userData: 'NOT DECIDED',
    participants: 'NOT DECIDED',
    list: 'NOT DECIDED',
  });
  expect(without([REST_AFTER_STEP])).toMatchObject({ state: 'PASS', userData: 'NOT DECIDED', participants: 'PASS', list: 'NOT DECIDED' });
});

test("after Leave, the chat's REST view shows it LeftChat; shown Chatting it is NON-STRICT, no longer shown NOT APPLICABLE", async () => {
  const left = await driveOnSimulator(SUITE, 'leave');
  const ended = (t: Transcript) => decisionFor(judgeTranscript(SUITE, t), 'CONV-REST-05');
  expect(ended(left)).toBe('PASS');
  const bend = (change: (view: HttpEvent) => void) => {
    const t = structuredClone(left);
    const step = t.events.findIndex((e) => e.kind === 'note' && ((e as NoteEvent).data as { step?: unknown })?.step === REST_AFTER_STEP);
    const view = t.events.slice(step).find((e): e is HttpEvent => e.kind === 'http' && e.request.method === 'GET');
    change(view!);
    return t;
  };
  expect(
    ended(
      bend((v) => {
        (v.response!.body as { chat: { state: string } }).chat.state = 'Chatting';
      }),
    ),
  ).toBe('NON-STRICT');
  expect(
    ended(
      bend((v) => {
        v.response!.status = 404;
        v.response!.body = { statusCode: 6, statusMessage: 'Not found' };
      }),
    ),
  ).toBe('NOT APPLICABLE');
});

test('a REST view that gives a participant another participantId than the notifications gave it is NON-STRICT, naming both ids; one without ids is not compared', () => {
  const agentOf = (v: HttpEvent) =>
    (v.response!.body as { chat: { participants: Record<string, unknown>[] } }).chat.participants.find((p) => p.type === 'Agent')!;
  const renewed = decisions(
    bent((v) => {
      agentOf(v).participantId = 'FFFFFFFFFFFFFFFF';
    }),
  );
  expect(renewed).toMatchObject({ participants: 'NON-STRICT', state: 'PASS' });
  expect(renewed.findings.find((f) => f.requirement === 'CONV-REST-03' && f.verdict === 'NON-STRICT')?.observed).toMatch(
    /^the "Agent" "[^"]+" as "FFFFFFFFFFFFFFFF", notified as "[0-9A-F]{16}"$/,
  );
  const withoutIds = decisions(
    bent((v) => {
      delete agentOf(v).participantId;
    }),
  );
  expect(withoutIds).toMatchObject({ participants: 'PASS' });
});
