import { expect, test } from '@playwright/test';
import { seedAccept } from '../../../helpers/contract/fixtures.ts';
import type { Finding, Scenario, Transcript } from '../../../helpers/contract/generated/payloads.ts';
import { judgeTranscript, requirementIn } from '../../../helpers/judges/judge.ts';
import { decisionFor } from '../../../helpers/judges/verdicts.ts';
import { acceptScenario, SEED_CHAT, TranscriptBuilder } from '../../../helpers/proof/seed-transcript.ts';
import { outcomeOf } from '../../../helpers/report/outcome.ts';
import { rejudge } from '../../../helpers/report/rejudge.ts';
/**
 * Choices the docs leave open, on transcripts: the other answer is an open choice (INFO, named), beside
 * a PASS on what the docs do say; never NON-STRICT, so the strict profile never fails it. What the docs
 * state around each choice still breaks: a statusCode no meaning fits, a refusal that is no documented
 * refusal, a handshake with a wrong password and no session, a "success" that accepts nothing.
 */
import { SUITE } from '../../index.ts';

const seed = seedAccept();
const PATH = `/api/v2/me/chats/${SEED_CHAT}`;
const error = (code: number) => ({ statusCode: code, statusMessage: 'refused' });

/** A transcript of probes on one offered chat: each probe's answer, then what arrived after it. */
function probes(
  kind: Scenario['kind'],
  list: { probe: string; status?: number; body?: unknown; after?: unknown[]; outcome?: boolean }[],
  over: Partial<Scenario> = {},
): Transcript {
  const b = new TranscriptBuilder();
  b.step('offer', 'agent1');
  for (const p of list) {
    b.events.push({ kind: 'note', at: b.at(), actor: 'agent1', text: `step: probe ${p.probe}`, data: { step: 'probe', probe: p.probe } });
    if (p.status !== undefined) b.http('agent1', PATH, { operationName: 'Accept' }, p.status, p.body);
    if (p.outcome !== undefined)
      b.events.push({
        kind: 'note',
        at: b.at(),
        actor: 'agent1',
        text: `probe ${p.probe}`,
        data: { probe: p.probe, successful: p.outcome },
      });
    for (const data of p.after ?? []) b.bayeux('agent1', '/v2/me/chats', data);
  }
  b.step('quiet-end');
  return b.transcript(acceptScenario({ kind, probes: list.map((p) => p.probe), ...over }));
}

/** An error case: the probe's answer, then a retry that accepts the chat. */
function errorCase(probe: NonNullable<Scenario['probe']>, status: number, body: unknown): Transcript {
  const b = new TranscriptBuilder();
  b.step('offer', 'agent1');
  b.step('probe', 'agent1');
  b.http('agent1', PATH, { operationName: 'Accept' }, status, body);
  b.step('retry-accept', 'agent1');
  b.http('agent1', PATH, { operationName: 'Accept', nickname: 'Marat' }, 200, { statusCode: 0 });
  for (const n of seed.notifications) b.bayeux('agent1', '/v2/me/chats', n);
  b.step('quiet-end');
  return b.transcript(acceptScenario({ kind: 'error', probe }));
}

const open = (findings: Finding[]) => findings.filter((f) => f.verdict === 'INFO' && f.open).map((f) => `${f.requirement} ${f.open}`);
const broken = (findings: Finding[]) =>
  [...new Set(findings.filter((f) => f.verdict === 'FAIL' || f.verdict === 'NON-STRICT').map((f) => f.requirement))].sort();

/** Judged as the strict profile would: none of its requirements fails the run. */
function strictOutcome(t: Transcript): string {
  return outcomeOf(rejudge(SUITE, [{ file: 't.json', transcript: t }]).rows, 'strict').outcome;
}

test.describe('statusCodes where the Return Values table fits several (error-code-reading)', () => {
  const cases: [NonNullable<Scenario['probe']>, number, number, number][] = [
    // probe, the suite's reading, another fitting code, a code whose meaning fits not
    ['accepted-twice', 2, 3, 4],
    ['not-offered', 6, 3, 10],
    ['accepted-at-once', 2, 3, 6],
  ];
  for (const [probe, own, other, wrong] of cases)
    test(`${probe}: ${own} passes, ${other} passes as an open choice, ${wrong} is NON-STRICT`, () => {
      const mine = judgeTranscript(SUITE, errorCase(probe, 400, error(own)));
      expect(decisionFor(mine, 'ACCEPT-CODE-01')).toBe('PASS');
      expect(open(mine)).toEqual([]);
      const theirs = judgeTranscript(SUITE, errorCase(probe, 400, error(other)));
      expect(decisionFor(theirs, 'ACCEPT-CODE-01')).toBe('PASS');
      expect(open(theirs)).toEqual(['ACCEPT-CODE-01 error-code-reading']);
      expect(broken(theirs)).toEqual([]);
      const wrongly = judgeTranscript(SUITE, errorCase(probe, 400, error(wrong)));
      expect(decisionFor(wrongly, 'ACCEPT-CODE-01')).toBe('NON-STRICT');
    });

  test('on the validation probes: 10 for an empty nickname, 2 for a wrong type, 10 for an unknown operation', () => {
    const t = probes('validation', [
      { probe: 'empty-nickname', status: 400, body: error(10) },
      { probe: 'nickname-not-string', status: 400, body: error(2) },
      { probe: 'savelar-invalid', status: 400, body: error(2) },
      { probe: 'no-operationname', status: 400, body: error(1) },
      { probe: 'unknown-operationname', status: 400, body: error(10) },
    ]);
    const findings = judgeTranscript(SUITE, t);
    expect(broken(findings)).toEqual([]);
    expect(findings.filter((f) => f.open).map((f) => f.observed)).toEqual([
      'for empty-nickname: statusCode 10 (Input validation error (value out of range))',
      'for nickname-not-string: statusCode 2 (A parameter is invalid for the current state)',
      'for savelar-invalid: statusCode 2 (A parameter is invalid for the current state)',
      'for unknown-operationname: statusCode 10 (Input validation error (value out of range))',
    ]);
    expect(strictOutcome(t)).not.toBe('non-conformant');
  });
});

test.describe('an empty nickname, or one that is not a string (empty-nickname, nickname-type)', () => {
  for (const [probe, id, choice] of [
    ['empty-nickname', 'ACCEPT-ERR-07', 'empty-nickname'],
    ['nickname-not-string', 'ACCEPT-ERR-08', 'nickname-type'],
  ] as const) {
    test(`${probe}: accepted as any Accept is an open choice; the failed-Accept requirements do not apply to it`, () => {
      const t = probes('validation', [{ probe, status: 200, body: { statusCode: 0 }, after: seed.notifications }]);
      const findings = judgeTranscript(SUITE, t);
      expect(decisionFor(findings, id)).toBe('PASS');
      expect(open(findings)).toEqual([`${id} ${choice}`]);
      for (const code of ['ACCEPT-CODE-01', 'ACCEPT-CODE-02', 'ACCEPT-CODE-03'])
        expect(decisionFor(findings, code), code).toBe('NOT APPLICABLE');
      expect(strictOutcome(t)).not.toBe('non-conformant');
    });

    test(`${probe}: a success that accepts nothing, or an error that changes the chat, is NON-STRICT`, () => {
      const hollow = judgeTranscript(SUITE, probes('validation', [{ probe, status: 200, body: { statusCode: 0 } }]));
      expect(decisionFor(hollow, id)).toBe('NON-STRICT');
      expect(hollow.find((f) => f.requirement === id)?.observed).toMatch(/neither refused nor accepted/);
      expect(open(hollow)).toEqual([]);
      const changed = judgeTranscript(SUITE, probes('validation', [{ probe, status: 400, body: error(10), after: seed.notifications }]));
      expect(decisionFor(changed, id)).toBe('NON-STRICT');
    });
  }
});

test.describe('credentials beside the session cookie (credentials-beside-session, handshake-on-session)', () => {
  const credentials = (status: number, body: unknown) => probes('security', [{ probe: 'wrong-password-with-session', status, body }]);

  test('a read with a wrong password and the session cookie: refused, or served on the session (open), or else NON-STRICT', () => {
    expect(decisionFor(judgeTranscript(SUITE, credentials(401, error(20))), 'ACCEPT-AUTH-02')).toBe('PASS');
    const served = judgeTranscript(SUITE, credentials(200, { statusCode: 0, chat: {} }));
    expect(decisionFor(served, 'ACCEPT-AUTH-02')).toBe('PASS');
    expect(open(served)).toEqual(['ACCEPT-AUTH-02 credentials-beside-session']);
    for (const [status, body] of [
      [500, error(4)],
      [404, error(6)],
      [200, {}],
    ] as const)
      expect(decisionFor(judgeTranscript(SUITE, credentials(status, body)), 'ACCEPT-AUTH-02'), `HTTP ${status}`).toBe('NON-STRICT');
  });

  test('a handshake with a wrong password: with the session cookie it may be accepted (open); without a session, never', () => {
    const handshakes = (withCookie: boolean, noSession: boolean) =>
      judgeTranscript(
        SUITE,
        probes('security', [
          { probe: 'handshake-wrong-password-no-session', outcome: noSession },
          { probe: 'handshake-wrong-password', outcome: withCookie },
        ]),
      );
    expect(decisionFor(handshakes(false, false), 'ACCEPT-BAYEUX-02')).toBe('PASS');
    const onSession = handshakes(true, false);
    expect(decisionFor(onSession, 'ACCEPT-BAYEUX-02')).toBe('PASS');
    expect(open(onSession)).toEqual(['ACCEPT-BAYEUX-02 handshake-on-session']);
    expect(decisionFor(handshakes(false, true), 'ACCEPT-BAYEUX-02')).toBe('NON-STRICT');
    expect(decisionFor(handshakes(true, true), 'ACCEPT-BAYEUX-02')).toBe('NON-STRICT');
  });
});

test.describe('the catalogue of open choices', () => {
  test('each names a SHOULD of the catalogue whose scenario meets it, with its question, reasoning and doc gap', () => {
    for (const c of SUITE.openChoices) {
      const r = requirementIn(SUITE, c.requirement);
      expect(r.level, c.name).toBe('SHOULD');
      // A scenario's checks meet it.
      expect(
        SUITE.scenarios.some((s) => s.checks.some((k) => k.requirement === c.requirement)),
        c.name,
      ).toBe(true);
      for (const text of [c.question, c.reasoning, c.gap]) expect(text.length, c.name).toBeGreaterThan(30);
      expect(c.gap, c.name).toMatch(/\bS\d+\b|§\d/);
    }
  });
});
