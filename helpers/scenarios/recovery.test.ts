import { expect, test } from '@playwright/test';
import { SUITE } from '../../operations/index.ts';
import type { Finding, Transcript } from '../contract/generated/payloads.ts';
import { judgeTranscript } from '../judges/judge.ts';
import { decisionFor } from '../judges/verdicts.ts';
import { startProxy } from '../proof/chaos/proxy.ts';
import { resolveTarget } from '../target/resolve.ts';
import { gapOf, judgeWithRecovery } from './recovery.ts';

const finding = (requirement: string, verdict: Finding['verdict'], observed = 'seen'): Finding => ({
  requirement,
  verdict,
  expected: 'as documented',
  observed,
});
const CUT = [finding('ACCEPT-SEQ-01', 'INCONCLUSIVE', 'the run could not decide: the CometD session of agent1 was cut')];
const CLEAN = [finding('ACCEPT-SEQ-01', 'PASS')];
const BROKEN = [finding('ACCEPT-SEQ-01', 'FAIL'), finding('ACCEPT-SEQ-02', 'INCONCLUSIVE')];

/** Fake transcripts, told apart by their target; the judge gives each the findings listed for it. */
const attempt = (n: number, answered = true) =>
  ({
    target: { baseUrl: `attempt-${n}` },
    events: [
      {
        kind: 'http',
        at: 0,
        actor: 'agent1',
        request: { method: 'GET', path: '/api/v2/me' },
        ...(answered ? { response: { status: 200, body: { statusCode: 0 } } } : { error: 'ECONNREFUSED' }),
      },
    ],
  }) as unknown as Transcript;
function scripted(findings: Finding[][]) {
  let driven = 1;
  const judge = (t: Transcript) => findings[Number(t.target.baseUrl.split('-')[1]) - 1]!;
  const redrive = async () => attempt(++driven);
  return { judge, redrive, driven: () => driven };
}

test('gapOf: the cause when a requirement could not be decided and none failed; nothing otherwise', () => {
  expect(gapOf(CUT)).toBe('the CometD session of agent1 was cut');
  expect(gapOf(CLEAN)).toBeUndefined();
  expect(gapOf(BROKEN)).toBeUndefined();
  expect(gapOf([])).toBeUndefined();
});

test('clean evidence is judged once, a FAIL included: never re-run away', async () => {
  for (const first of [CLEAN, BROKEN]) {
    const s = scripted([first, CLEAN]);
    const r = await judgeWithRecovery(attempt(1), s.judge, s.redrive, 1);
    expect(s.driven()).toBe(1);
    expect(r.findings).toBe(first);
    expect(r.setAside).toEqual([]);
  }
});

test('a cut first attempt is set aside with its cause and the re-run judged; cut again, it stays INCONCLUSIVE', async () => {
  const recovered = scripted([CUT, CLEAN]);
  const r = await judgeWithRecovery(attempt(1), recovered.judge, recovered.redrive, 1);
  expect(r.findings).toBe(CLEAN);
  expect(r.transcript).toEqual(attempt(2));
  expect(r.setAside).toEqual([{ transcript: attempt(1), cause: 'the CometD session of agent1 was cut' }]);

  const twice = scripted([CUT, CUT, CLEAN]);
  const again = await judgeWithRecovery(attempt(1), twice.judge, twice.redrive, 1);
  expect(twice.driven()).toBe(2);
  expect(again.findings).toBe(CUT);
  expect(again.setAside).toHaveLength(1);

  // A FAIL on the re-run's clean evidence stands.
  const fails = scripted([CUT, BROKEN]);
  expect((await judgeWithRecovery(attempt(1), fails.judge, fails.redrive, 2)).findings).toBe(BROKEN);
});

test('a target never reached (down, a wrong address) is not driven again: the run stays INCONCLUSIVE', async () => {
  const down = scripted([CUT, CLEAN]);
  const r = await judgeWithRecovery(attempt(1, false), down.judge, down.redrive, 1);
  expect(down.driven()).toBe(1);
  expect(r.findings).toBe(CUT);
  expect(r.setAside).toEqual([]);
});

test('an attempt whose first connection was reset before anything answered (a cut at the very start) is driven again', async () => {
  const reset = { ...attempt(1, false), events: [{ ...attempt(1, false).events[0], error: 'Error: socket hang up' }] } as Transcript;
  const s = scripted([CUT, CLEAN]);
  const r = await judgeWithRecovery(reset, s.judge, s.redrive, 1);
  expect(s.driven()).toBe(2);
  expect(r.findings).toBe(CLEAN);
});

test('an attempt cut before any answer of its own, where the target answered other runs, is driven again', async () => {
  const cutAtFirst = scripted([CUT, CLEAN]);
  const r = await judgeWithRecovery(attempt(1, false), cutAtFirst.judge, cutAtFirst.redrive, 1, () => true);
  expect(cutAtFirst.driven()).toBe(2);
  expect(r.findings).toBe(CLEAN);
  expect(r.setAside.map((a) => a.cause)).toEqual(['the CometD session of agent1 was cut']);
});

test('a target that answered only what is not the API (a redirect to a login page, an HTML 404) is not driven again', async () => {
  for (const response of [
    { status: 302, headers: { location: 'https://sso.example.com/login' } },
    { status: 404, body: '<html><title>404 Not Found</title></html>' },
  ]) {
    const wrong = { ...attempt(1), events: [{ ...attempt(1).events[0], response }] } as Transcript;
    const s = scripted([CUT, CLEAN]);
    const r = await judgeWithRecovery(wrong, s.judge, s.redrive, 1);
    expect(s.driven()).toBe(1);
    expect(r.setAside).toEqual([]);
  }
});

test('a gateway that answered 502 before any answer of the target: the target behind it may be up, so it is driven again', async () => {
  const gateway = { ...attempt(1), events: [{ ...attempt(1).events[0], response: { status: 502, body: '<html>Bad Gateway</html>' } }] };
  const s = scripted([CUT, CLEAN]);
  const r = await judgeWithRecovery(gateway as Transcript, s.judge, s.redrive, 1);
  expect(s.driven()).toBe(2);
  expect(r.findings).toBe(CLEAN);
});

test('GWS_RECOVERY_ATTEMPTS bounds the re-runs: 0 drives nothing again, 2 drives twice at most', async () => {
  const off = scripted([CUT, CLEAN]);
  expect((await judgeWithRecovery(attempt(1), off.judge, off.redrive, 0)).findings).toBe(CUT);
  expect(off.driven()).toBe(1);
  const two = scripted([CUT, CUT, CUT, CLEAN]);
  const r = await judgeWithRecovery(attempt(1), two.judge, two.redrive, 2);
  expect(two.driven()).toBe(3);
  expect(r.setAside).toHaveLength(2);
  expect(r.findings).toBe(CUT);
});

test('Accept through a gateway that answers 502 once: the first attempt is set aside, the re-run decides every requirement', async () => {
  const { target, stop } = await resolveTarget(
    { GWS_BASE_URL: 'simulator', GWS_QUIET_WINDOW_MS: '500', GWS_NOTIFICATION_TIMEOUT_MS: '2000' },
    SUITE.simulated,
  );
  // The fifth REST request (the agents' GET /api/v2/me and session starts answered before it): the way
  // into the chat breaks after the target was reached, whatever the machine's load.
  const proxy = await startProxy(target.config.baseUrl!, { kind: 'gateway', status: 502, on: 'rest', afterMs: 0, nth: 5 });
  try {
    const through = { ...target, config: { ...target.config, baseUrl: proxy.url, gmsBaseUrl: `${proxy.url}/genesys/2/chat` } };
    const first = await SUITE.main.drive(through);
    const r = await judgeWithRecovery(
      first,
      (t) => judgeTranscript(SUITE, t),
      () => SUITE.main.drive(through),
      1,
    );
    expect(proxy.fired).toHaveLength(1);
    expect(r.setAside, 'the 502 left the first attempt with a gap').toHaveLength(1);
    expect(r.setAside[0]!.cause).toMatch(/502/);
    const ids = [...new Set(r.findings.map((f) => f.requirement))];
    expect(ids.filter((id) => decisionFor(r.findings, id) === 'INCONCLUSIVE')).toEqual([]);
    expect(ids.filter((id) => decisionFor(r.findings, id) === 'FAIL')).toEqual([]);
  } finally {
    await proxy.stop();
    await stop();
  }
});
