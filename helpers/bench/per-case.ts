/**
 * Per-case time: the suite's Accept scenario (quiet window 0) against a raw floor, a minimal script doing
 * the same login, session, handshake, subscribe, Ready, chat and customer message, Accept, wait for the
 * three notifications, and the same clean-up (Complete, NotReady, end session, disconnect), with no
 * test framework and none of the suite's helpers. The suite does more: a second agent online to detect
 * leaks, a liveness check, the transcript and its redaction.
 */

import { performance } from 'node:perf_hooks';
import { CometD } from 'cometd';
import { SUITE } from '../../operations/index.ts';
import { judgeTranscript } from '../judges/judge.ts';
import { DEFAULT_PASSWORD } from '../target/embedded-simulator.ts';
import { httpExchange } from '../target/http-exchange.ts';
import { type ChildSim, childSimulator, percentile, round, targetOf } from './harness.ts';

/** One request on the suite's HTTP client (helpers/target/http-exchange.ts), nothing recorded. */
const call = (url: string, method: string, headers: Record<string, string>, body?: string) =>
  httpExchange({ method, url: new URL(url), headers, body, timeoutMs: 15_000 });

/** The floor: one agent, the suite's HTTP client and the CometD client only. Returns the wall time in ms. */
export async function rawAccept(sim: ChildSim, user: string): Promise<number> {
  const started = performance.now();
  const auth = `Basic ${Buffer.from(`${user}:${DEFAULT_PASSWORD}`).toString('base64')}`;
  const me = await call(`${sim.baseUrl}/api/v2/me`, 'GET', { Authorization: auth });
  const cookie = (me.headers.getSetCookie()[0] ?? '').split(';')[0];
  const csrf = me.headers.get('x-csrf-token') ?? '';
  const post = async (path: string, body: unknown) => {
    const r = await call(
      `${sim.baseUrl}${path}`,
      'POST',
      { Authorization: auth, Cookie: cookie, 'X-CSRF-TOKEN': csrf, 'Content-Type': 'application/json' },
      JSON.stringify(body),
    );
    return JSON.parse(r.text) as { statusCode: number };
  };
  await post('/api/v2/me', { operationName: 'StartContactCenterSession', channels: ['chat'] });
  const cometd = new CometD();
  for (const t of cometd.getTransportTypes()) if (t !== 'long-polling') cometd.unregisterTransport(t);
  (cometd.findTransport('long-polling') as unknown as { context: unknown }).context = {
    cookieStore: { '127.0.0.1': { JSESSIONID: cookie } },
  };
  cometd.configure({ url: `${sim.baseUrl}/api/v2/notifications`, requestHeaders: { Authorization: auth } });
  const seen: { messageType?: string; notificationType?: string; chat?: { id: string; capabilities?: string[] } }[] = [];
  let wake = () => {};
  await new Promise<void>((resolve, reject) => cometd.handshake((r) => (r.successful ? resolve() : reject(new Error('handshake')))));
  await new Promise<void>((resolve) =>
    cometd.subscribe(
      '/v2/me/chats',
      (m) => {
        seen.push(m.data as (typeof seen)[number]);
        wake();
      },
      () => resolve(),
    ),
  );
  const until = async (test: () => boolean) => {
    while (!test()) await new Promise<void>((r) => (wake = r));
  };
  await post('/api/v2/me/channels/chat', { operationName: 'Ready' });
  const formHeaders = { 'Content-Type': 'application/x-www-form-urlencoded' };
  const form = await call(`${sim.gmsBase}/customer-support`, 'POST', formHeaders, 'nickname=Floor');
  const started2 = JSON.parse(form.text) as { chatId: string; userId: string; secureKey: string; alias: string };
  const secrets = `userId=${started2.userId}&secureKey=${started2.secureKey}&alias=${started2.alias}`;
  await call(`${sim.gmsBase}/customer-support/${started2.chatId}/send`, 'POST', formHeaders, `${secrets}&message=Hello+World`);
  await until(() => seen.some((d) => d.chat?.capabilities?.includes('Accept')));
  const chatId = seen.find((d) => d.chat?.capabilities?.includes('Accept'))!.chat!.id;
  await post(`/api/v2/me/chats/${chatId}`, { operationName: 'Accept', nickname: 'Floor' });
  await until(
    () =>
      seen.filter(
        (d) =>
          d.messageType === 'MessageLogUpdated' ||
          d.notificationType === 'ParticipantsUpdated' ||
          (d.notificationType === 'StatusChange' && !d.chat?.capabilities?.includes('Accept')),
      ).length >= 3,
  );
  // Leave the agent as found (the suite does too), or routing would offer the next chat to it.
  await post(`/api/v2/me/chats/${chatId}`, { operationName: 'Complete' });
  await post('/api/v2/me/channels/chat', { operationName: 'NotReady' });
  await post('/api/v2/me', { operationName: 'EndContactCenterSession' });
  await new Promise<void>((r) => cometd.disconnect(() => r()));
  await call(`${sim.gmsBase}/customer-support/${started2.chatId}/disconnect`, 'POST', formHeaders, secrets);
  return performance.now() - started;
}

export interface PerCase {
  runs: number;
  rawMedianMs: number;
  rawP90Ms: number;
  /** The suite's machinery on the floor's work (no observer agent). */
  sameWorkMedianMs: number;
  sameWorkP90Ms: number;
  ratio: number;
  /** The suite's whole Accept case, with the observer agent that ACCEPT-ISOLATION-01 needs. */
  fullCaseMedianMs: number;
  fullCaseP90Ms: number;
  fullCaseRatio: number;
}

export async function perCase(runs: number): Promise<PerCase> {
  const sim = await childSimulator(4);
  try {
    // No quiet window: the per-case figure is the case's own work. Configuration refuses a window this
    // short for a verdict run (it would switch ACCEPT-QUIET-01 off); the benchmark sets it on purpose.
    const base = targetOf(sim);
    const target = { ...base, config: { ...base.config, quietWindowMs: 0 } };
    const full: number[] = [];
    const same: number[] = [];
    const raw: number[] = [];
    const time = async (observer: boolean) => {
      const t = performance.now();
      const transcript = await SUITE.main.drive(target, { observer });
      const elapsed = performance.now() - t;
      const bad = judgeTranscript(SUITE, transcript).filter((f) => f.verdict !== 'PASS' && f.verdict !== 'INFO');
      if (bad.length > 0)
        throw new Error(
          `the suite did not pass on the faithful simulator during the benchmark: ${bad
            .map((f) => `${f.requirement} ${f.verdict}: ${f.observed}`)
            .slice(0, 3)
            .join('; ')}`,
        );
      return elapsed;
    };
    await time(true); // warm-up
    await time(false);
    await rawAccept(sim, 'agent3');
    for (let i = 0; i < runs; i++) {
      full.push(await time(true));
      same.push(await time(false));
      raw.push(await rawAccept(sim, 'agent3'));
    }
    const m = (a: number[]) => round(percentile(a, 50), 1);
    const p90 = (a: number[]) => round(percentile(a, 90), 1);
    return {
      runs,
      rawMedianMs: m(raw),
      rawP90Ms: p90(raw),
      sameWorkMedianMs: m(same),
      sameWorkP90Ms: p90(same),
      ratio: round(m(same) / m(raw), 2),
      fullCaseMedianMs: m(full),
      fullCaseP90Ms: p90(full),
      fullCaseRatio: round(m(full) / m(raw), 2),
    };
  } finally {
    await sim.stop();
  }
}
