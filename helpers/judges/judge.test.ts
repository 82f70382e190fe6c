import { expect, test } from '@playwright/test';
/**
 * Judges on transcripts. The documented example (the seed's response and notifications) must pass;
 * each broken variant must fail with exactly the requirement IDs its fault declares. Broken transcripts
 * are made by applying the simulator's own fault transforms to the seed, so the catalogue's declared
 * `breaks` are checked here offline as well as against the live simulator.
 */
import { SUITE } from '../../operations/index.ts';
import { seedAccept } from '../contract/fixtures.ts';
import type { Finding, Scenario, Transcript } from '../contract/generated/payloads.ts';
import { validate } from '../contract/validator.ts';
import { acceptScenario, acceptTranscript, SEED_API, SEED_CHAT, seedOffer, seedPlan, TranscriptBuilder } from '../proof/seed-transcript.ts';
import type { JsonObject, PlanContext } from '../target/embedded-simulator.ts';
import { judgeTranscript, requirementIn, requirementsFor } from './judge.ts';
import { decisionFor, verdictFor, worstFinding } from './verdicts.ts';

const seed = seedAccept();

/** The requirement IDs a transcript is reported broken on (FAIL or NON-STRICT). */
function broken(findings: Finding[]): string[] {
  return [...new Set(findings.filter((f) => f.verdict === 'FAIL' || f.verdict === 'NON-STRICT').map((f) => f.requirement))].sort();
}

/** The seed's history carries no timestampSeconds, so the check of its unit does not apply (an optional field). */
const SEED_NOT_APPLICABLE = ['ACCEPT-LOG-06'];

/** What a transform knows of the request: the seed's chat, another chat's id, the agent (the seed's own). */
const ctx = {
  chat: { entries: [] } as unknown as PlanContext['chat'],
  chatId: SEED_CHAT,
  otherChatId: '0000OTHERCHAT001',
  apiBase: SEED_API,
  agent: { username: 'agent1' } as PlanContext['agent'],
  agentUserName: 'agent1',
  sim: {},
};
/** The simulator's Accept, with its catalogue. */
const accept = SUITE.simulated.find((o) => o.handler.name === 'Accept')!;

test.describe('the documented example', () => {
  test('the seed transcript is a valid transcript and passes every Accept requirement', () => {
    const transcript = acceptTranscript(seedPlan());
    expect(validate('Transcript', transcript).errors).toEqual([]);
    const findings = judgeTranscript(SUITE, transcript);
    for (const f of findings) expect(validate('Finding', f).errors).toEqual([]);
    expect(broken(findings)).toEqual([]);
    for (const id of requirementsFor(SUITE, transcript.scenario)) {
      const expected = SEED_NOT_APPLICABLE.includes(id) ? 'NOT APPLICABLE' : 'PASS';
      expect(decisionFor(findings, id), `${id}: ${JSON.stringify(findings.filter((f) => f.requirement === id))}`).toBe(expected);
    }
  });

  test('the seed leaves what the docs leave open as INFO: InFocus beside the common capabilities is fine', () => {
    const findings = judgeTranscript(SUITE, acceptTranscript(seedPlan()));
    expect(findings.filter((f) => f.verdict === 'INFO' && !SEED_NOT_APPLICABLE.includes(f.requirement))).toEqual([]);
  });

  test('every Accept requirement has a check', () => {
    const judged = new Set<string>();
    for (const kind of ['accept', 'concurrency', 'validation', 'security', 'params'] as const)
      for (const id of requirementsFor(SUITE, { ...acceptScenario(), kind })) judged.add(id);
    for (const probe of ['unknown-id', 'missing-nickname', 'accepted-twice', 'not-offered', 'no-csrf', 'accepted-at-once'] as const)
      for (const id of requirementsFor(SUITE, { ...acceptScenario(), kind: 'error', probe })) judged.add(id);
    expect([...judged].sort()).toEqual(
      SUITE.requirements
        .map((r) => r.id)
        .filter((id) => id.startsWith('ACCEPT-'))
        .sort(),
    );
  });

  test('every check of every scenario names a requirement of the suite and says in one line what it reads; every requirement is decided by a test', () => {
    for (const scenario of SUITE.scenarios) {
      expect(new Set(scenario.checks).size, `${scenario.kind}: a check listed twice`).toBe(scenario.checks.length);
      for (const c of scenario.checks) {
        expect(() => requirementIn(SUITE, c.requirement), `${c.requirement} in the ${scenario.kind} plan`).not.toThrow();
        expect(c.does, c.requirement).toMatch(/^[a-z][^\n]{10,120}$/);
      }
    }
    const tested = new Set(SUITE.scenarios.flatMap((s) => s.runs.flatMap((r) => r.tests.flatMap((t) => t.requirements))));
    expect(SUITE.requirements.map((r) => r.id).filter((id) => !tested.has(id))).toEqual([]);
  });
});

test.describe('each fault of the catalogue fails exactly its declared requirements (offline, on the seed)', () => {
  const acceptIds = new Set(requirementsFor(SUITE, acceptScenario()));
  for (const fault of accept.faults.filter((f) => f.transform)) {
    test(`${fault.name} → ${fault.breaks.join(', ')}`, () => {
      const plan = seedPlan();
      fault.transform!(plan, ctx);
      const findings = judgeTranscript(SUITE, acceptTranscript(plan));
      expect(broken(findings), fault.description).toEqual(fault.breaks.filter((id) => acceptIds.has(id)).sort());
    });
  }
});

test.describe('each legal variant passes (offline, on the seed)', () => {
  for (const variant of accept.variants.filter((v) => v.transform)) {
    test(variant.name, () => {
      const plan = seedPlan();
      variant.transform!(plan, ctx);
      const findings = judgeTranscript(SUITE, acceptTranscript(plan));
      expect(
        broken(findings),
        JSON.stringify(
          findings.filter((f) => f.verdict !== 'PASS'),
          null,
          1,
        ),
      ).toEqual([]);
    });
  }

  test('notifications of other chats in the window are information, not a failure', () => {
    const plan = seedPlan();
    const other = structuredClone(plan.notifications[0]);
    (other.data.chat as JsonObject).id = '0000NEXTOFFER001';
    Object.assign(other.data.chat as JsonObject, { state: 'Invited', capabilities: ['Accept', 'Reject'] });
    delete other.data.referenceId;
    plan.later.push({ delayMs: 10, delivery: other });
    const findings = judgeTranscript(SUITE, acceptTranscript(plan));
    expect(broken(findings)).toEqual([]);
    expect(findings.some((f) => f.requirement === 'ACCEPT-QUIET-01' && f.verdict === 'INFO')).toBe(true);
  });
});

test.describe('error cases', () => {
  type ErrorCase = {
    probe: NonNullable<Scenario['probe']>;
    actor: string;
    status: number;
    body: unknown;
    after?: unknown[];
    retry?: { status: number; body: unknown };
  };
  function errorTranscript(c: ErrorCase, over: Partial<Scenario> = {}): Transcript {
    const b = new TranscriptBuilder();
    b.step('offer', 'agent1');
    b.step('probe', c.actor);
    b.http(
      c.actor,
      `/api/v2/me/chats/${c.probe === 'unknown-id' ? '0000NoSuchChat00' : SEED_CHAT}`,
      { operationName: 'Accept' },
      c.status,
      c.body,
    );
    for (const data of c.after ?? []) b.bayeux('agent1', '/v2/me/chats', data);
    if (c.retry) {
      b.step('retry-accept', 'agent1');
      b.http('agent1', `/api/v2/me/chats/${SEED_CHAT}`, { operationName: 'Accept', nickname: 'Marat' }, c.retry.status, c.retry.body);
      if (c.retry.status === 200) for (const n of seed.notifications) b.bayeux('agent1', '/v2/me/chats', n);
    }
    b.step('quiet-end');
    return b.transcript(acceptScenario({ kind: 'error', probe: c.probe, ...over }));
  }
  const ok = { status: 200, body: { statusCode: 0 } };
  const faithful: ErrorCase[] = [
    { probe: 'unknown-id', actor: 'agent1', status: 404, body: { statusCode: 6, statusMessage: 'Chat not found' } },
    { probe: 'missing-nickname', actor: 'agent1', status: 400, body: { statusCode: 1, statusMessage: 'nickname is missing' }, retry: ok },
    { probe: 'accepted-twice', actor: 'agent1', status: 400, body: { statusCode: 2, statusMessage: 'Chatting' } },
    { probe: 'not-offered', actor: 'agent2', status: 404, body: { statusCode: 6, statusMessage: 'Chat not found' }, retry: ok },
    { probe: 'no-csrf', actor: 'agent1', status: 403, body: 'Missing or invalid Csrf token', retry: ok },
  ];
  for (const c of faithful) {
    test(`faithful ${c.probe} passes`, () => {
      const t = errorTranscript(c);
      const findings = judgeTranscript(SUITE, t);
      expect(broken(findings)).toEqual([]);
      for (const id of requirementsFor(SUITE, t.scenario)) expect(verdictFor(findings, id), id).toBe('PASS');
    });
  }

  const faulty: (ErrorCase & { fault: string })[] = [
    { fault: 'unknown-id-accepted', probe: 'unknown-id', actor: 'agent1', ...ok },
    { fault: 'missing-nickname-accepted', probe: 'missing-nickname', actor: 'agent1', ...ok, after: seed.notifications },
    { fault: 'second-accept-succeeds', probe: 'accepted-twice', actor: 'agent1', ...ok },
    { fault: 'other-agent-can-accept', probe: 'not-offered', actor: 'agent2', ...ok },
    { fault: 'csrf-not-enforced', probe: 'no-csrf', actor: 'agent1', ...ok, after: seed.notifications },
    {
      fault: 'error-changes-state',
      probe: 'missing-nickname',
      actor: 'agent1',
      status: 400,
      body: { statusCode: 1, statusMessage: 'nickname is missing' },
      after: seed.notifications,
      retry: { status: 400, body: { statusCode: 2, statusMessage: 'Chatting' } },
    },
  ];
  for (const c of faulty) {
    const fault = SUITE.faults.find((f) => f.name === c.fault)!;
    test(`${c.fault} → ${fault.breaks.join(', ')}`, () => {
      const t = errorTranscript(c);
      const decidable = new Set(requirementsFor(SUITE, t.scenario));
      expect(broken(judgeTranscript(SUITE, t))).toEqual(fault.breaks.filter((id) => decidable.has(id)).sort());
    });
  }

  test("a copy of the chat's offer reaching an observer after a refused Accept is the leak's (ISOLATION-02), not a change the Accept made", () => {
    // A slow Bayeux delivery (faye over long-polling) can land a leaked copy of the offer after the probe.
    const refused = {
      probe: 'missing-nickname',
      actor: 'agent1',
      status: 400,
      body: { statusCode: 1, statusMessage: 'nickname' },
    } as const;
    const late = (data: unknown) => {
      const b = new TranscriptBuilder();
      b.step('offer', 'agent1');
      b.bayeux('agent1', '/v2/me/chats', seedOffer());
      b.step('probe', 'agent1');
      b.http('agent1', `/api/v2/me/chats/${SEED_CHAT}`, { operationName: 'Accept' }, refused.status, refused.body);
      b.bayeux('observer1', '/v2/me/chats', data);
      b.step('retry-accept', 'agent1');
      b.http('agent1', `/api/v2/me/chats/${SEED_CHAT}`, { operationName: 'Accept', nickname: 'Marat' }, 200, { statusCode: 0 });
      for (const n of seed.notifications) b.bayeux('agent1', '/v2/me/chats', n);
      b.step('quiet-end');
      return b.transcript(acceptScenario({ kind: 'error', probe: refused.probe, observers: ['observer1'] }));
    };
    expect(broken(judgeTranscript(SUITE, late(seedOffer())))).not.toContain('ACCEPT-ERR-06');
    // Anything else about the chat reaching the observer after the refusal is a change.
    expect(broken(judgeTranscript(SUITE, late(seed.notifications[0])))).toContain('ACCEPT-ERR-06');
  });

  test('a retry whose response is wrong but whose notifications show the chat accepted: the chat was still acceptable', () => {
    const b = errorTranscript({
      probe: 'missing-nickname',
      actor: 'agent1',
      status: 400,
      body: { statusCode: 1, statusMessage: 'nickname' },
      retry: { status: 200, body: {} },
    });
    expect(broken(judgeTranscript(SUITE, b))).toEqual([]);
  });

  test('a non-JSON error answer is not a statusCode', () => {
    const findings = judgeTranscript(
      SUITE,
      errorTranscript({ probe: 'unknown-id', actor: 'agent1', status: 404, body: '<html>Not Found</html>' }),
    );
    expect(broken(findings)).toEqual(['ACCEPT-CODE-02', 'ACCEPT-ERR-01']);
  });

  /** The no-csrf probe of a server without CSRF protection: it processed the Accept without a token. */
  const withoutCsrf = (target: Partial<Transcript['target']> = {}) => {
    const t = errorTranscript({ probe: 'no-csrf', actor: 'agent1', ...ok, after: seed.notifications }, { csrf: false });
    return { ...t, target: { ...t.target, ...target } };
  };

  test('CSRF protection declared off (GWS_SERVER_WITHOUT=csrf-protection) is a profile, not a failure', () => {
    const findings = judgeTranscript(SUITE, withoutCsrf({ without: ['csrf-protection'] }));
    expect(broken(findings)).toEqual([]);
    expect(verdictFor(findings, 'ACCEPT-ERR-05')).toBe('INFO');
    // Not applicable to this target: neither the CSRF answer nor "nothing changed" after it is decided.
    expect(decisionFor(findings, 'ACCEPT-ERR-05')).toBe('NOT APPLICABLE');
    expect(decisionFor(findings, 'ACCEPT-ERR-06')).toBe('NOT APPLICABLE');
    expect(worstFinding(findings, 'ACCEPT-ERR-05')?.observed).toMatch(
      /^declared: the server is without CSRF protection .*GWS_SERVER_WITHOUT=csrf-protection\)$/,
    );
  });

  test('CSRF protection absent and not declared: judged as the requirement says, with the declaration named as the fix if it is by design', () => {
    const findings = judgeTranscript(SUITE, withoutCsrf());
    expect(broken(findings)).toEqual(['ACCEPT-ERR-05']);
    expect(decisionFor(findings, 'ACCEPT-ERR-05')).toBe('FAIL');
    expect(worstFinding(findings, 'ACCEPT-ERR-05')?.observed).toMatch(
      /if it is off by design, declare it: GWS_SERVER_WITHOUT=csrf-protection/,
    );
  });

  test('a declaration the server contradicts (it did announce CSRF protection) is said where the requirement is not applicable', () => {
    const t = withoutCsrf({ without: ['csrf-protection'] });
    const findings = judgeTranscript(SUITE, { ...t, scenario: { ...t.scenario, csrf: true } });
    expect(decisionFor(findings, 'ACCEPT-ERR-05')).toBe('NOT APPLICABLE');
    expect(worstFinding(findings, 'ACCEPT-ERR-05')?.observed).toMatch(
      /the server did show it in this run, so the declaration may be wrong/,
    );
  });

  test('a requirement whose subject did not happen is NOT DECIDED, never PASS', () => {
    const findings = judgeTranscript(SUITE, acceptTranscript({ ...seedPlan(), notifications: [] }));
    expect(decisionFor(findings, 'ACCEPT-SEQ-02')).toBe('FAIL');
    expect(decisionFor(findings, 'ACCEPT-PART-01')).toBe('NOT DECIDED');
    expect(decisionFor([], 'ACCEPT-PART-01')).toBe('NOT DECIDED');
  });
});

test.describe('concurrency', () => {
  function concurrent(deliveries: Record<string, string[]>): Transcript {
    const b = new TranscriptBuilder();
    const actors = Object.keys(deliveries);
    const chats = Object.fromEntries(actors.map((a, i) => [a, `CHAT${i}`]));
    const forChat = (id: string) =>
      seed.notifications.map((n) => {
        const copy = structuredClone(n) as unknown as JsonObject;
        if (copy.chat) Object.assign(copy.chat as JsonObject, { id, uri: `${SEED_API}/chats/${id}` });
        else copy.chatUri = `${SEED_API}/chats/${id}`;
        return copy;
      });
    for (const a of actors) b.step('accept', a);
    for (const a of actors) b.http(a, `/api/v2/me/chats/${chats[a]}`, {}, 200, { statusCode: 0 });
    for (const [a, from] of Object.entries(deliveries))
      for (const owner of from) for (const d of forChat(chats[owner])) b.bayeux(a, '/v2/me/chats', d);
    b.step('quiet-end');
    return b.transcript(acceptScenario({ kind: 'concurrency', actors, observers: [], chats }));
  }

  test('each agent with its own sequence passes', () => {
    const findings = judgeTranscript(SUITE, concurrent({ a1: ['a1'], a2: ['a2'], a3: ['a3'] }));
    expect(broken(findings)).toEqual([]);
    expect(verdictFor(findings, 'ACCEPT-CONC-01')).toBe('PASS');
  });

  test('an agent that also gets another agent sequence fails ACCEPT-CONC-01 only', () => {
    expect(broken(judgeTranscript(SUITE, concurrent({ a1: ['a1', 'a2'], a2: ['a2'], a3: ['a3'] })))).toEqual(['ACCEPT-CONC-01']);
  });

  test('an agent that gets nothing fails its sequence requirements and ACCEPT-CONC-01', () => {
    expect(broken(judgeTranscript(SUITE, concurrent({ a1: ['a1'], a2: [], a3: ['a3'] })))).toEqual([
      'ACCEPT-CONC-01',
      'ACCEPT-SEQ-01',
      'ACCEPT-SEQ-02',
      'ACCEPT-SEQ-03',
    ]);
  });
});

test.describe('never a false pass', () => {
  test('a CometD handshake probe that got no answer (a timeout) is no refusal: ACCEPT-BAYEUX-01 is not decided, never PASS', () => {
    const probed = (outcome: Record<string, unknown>) => {
      const b = new TranscriptBuilder();
      b.step('offer', 'agent1');
      b.events.push({
        kind: 'note',
        at: b.at(),
        text: 'step: probe',
        actor: 'agent1',
        data: { step: 'probe', operation: 'Accept', probe: 'handshake-anonymous' },
      });
      b.events.push({
        kind: 'note',
        at: b.at(),
        text: 'probe handshake-anonymous',
        actor: 'agent1',
        data: { probe: 'handshake-anonymous', ...outcome },
      });
      b.step('quiet-end');
      return verdictFor(judgeTranscript(SUITE, b.transcript(acceptScenario({ kind: 'security' }))), 'ACCEPT-BAYEUX-01');
    };
    expect(probed({ successful: false, answered: false, why: 'did not complete within 5000 ms' })).not.toMatch(/PASS|FAIL/);
    expect(probed({ successful: false, answered: true, why: 'HTTP 401' })).toBe('PASS');
    // A transcript saved before the answer was recorded is judged as it was.
    expect(probed({ successful: false, why: 'HTTP 401' })).toBe('PASS');
    expect(probed({ successful: true })).toMatch(/FAIL|NON-STRICT/);
  });

  test('a failure of the target makes every requirement INCONCLUSIVE, with the cause', () => {
    const t = acceptTranscript(seedPlan());
    t.events.push({ kind: 'failure', at: 99, text: 'target unreachable after the scenario: ECONNREFUSED' });
    const findings = judgeTranscript(SUITE, t);
    expect(new Set(findings.map((f) => f.verdict))).toEqual(new Set(['INCONCLUSIVE']));
    expect(findings.map((f) => f.requirement).sort()).toEqual(requirementsFor(SUITE, t.scenario).sort());
    expect(findings[0].observed).toContain('ECONNREFUSED');
  });

  test('an Accept that got no HTTP response is INCONCLUSIVE, not a FAIL', () => {
    const b = new TranscriptBuilder();
    b.step('offer', 'agent1');
    b.step('accept', 'agent1');
    b.events.push({
      kind: 'http',
      actor: 'agent1',
      at: 3,
      request: { method: 'POST', path: `/api/v2/me/chats/${SEED_CHAT}`, headers: {} },
      error: 'TypeError: fetch failed (connect ECONNREFUSED)',
    });
    b.step('quiet-end');
    const findings = judgeTranscript(SUITE, b.transcript(acceptScenario()));
    expect(new Set(findings.map((f) => f.verdict))).toEqual(new Set(['INCONCLUSIVE']));
  });

  test('a transcript without an Accept passes nothing', () => {
    const b = new TranscriptBuilder();
    b.step('offer', 'agent1');
    const findings = judgeTranscript(SUITE, b.transcript(acceptScenario()));
    expect(findings.filter((f) => f.verdict === 'PASS').map((f) => f.requirement)).toEqual([]);
  });
});
