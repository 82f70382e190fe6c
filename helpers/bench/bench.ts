/**
 * `npm run bench`: speed and scale of the suite and the simulator, side by side, in one run. Writes
 * reports/bench.json (or $GWS_REPORTS_DIR/bench.json) and prints a table; a missed target is said so.
 *
 *  1. time to verdict: `npm run conformance` on the embedded simulator, cold (new process);
 *  2. per-case time: the suite's Accept scenario (quiet window 0) vs a raw floor: a minimal script
 *     doing the same login, session, handshake, subscribe, Ready, chat and customer message, Accept,
 *     wait for the three notifications, and the same clean-up (Complete, NotReady, end session,
 *     disconnect), with no test framework and none of the suite's helpers. The suite does more: a
 *     second agent online to detect leaks, a liveness check, the transcript and its redaction;
 *  3. notification latency simulator → recorder over 1,000+ notifications (send time stamped by the
 *     simulator in Bayeux ext.sentAt, in another process);
 *  4. scale: K agents each accepting a chat at once: accepts/s, latency, memory, sequence violations.
 *
 * The simulator runs in a child process, so its memory and the recorder's are measured apart.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { adapt } from 'cometd-nodejs-client';
import { CometD } from 'cometd';
import type { BayeuxEvent, Transcript } from '../contract/generated/payloads.ts';
import { bringOnline, isOfferTo, stateChangeOf, type OnlineAgent } from '../target/agent.ts';
import { readConfig } from '../target/config.ts';
import { GmsClient, type GmsChat } from '../target/gms-client.ts';
import { judgeTranscript } from '../judges/judge.ts';
import { driveAccept } from '../scenarios/accept.ts';
import type { Target } from '../target/config.ts';
import { TranscriptRecorder } from '../evidence/transcript.ts';
import { DEFAULT_PASSWORD } from '../target/embedded-simulator.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const SCALES = (process.env.BENCH_SCALES ?? '1,10,100,500').split(',').map(Number);
const CASE_RUNS = Number(process.env.BENCH_CASE_RUNS ?? 40);
const LATENCY_MESSAGES = Number(process.env.BENCH_LATENCY_MESSAGES ?? 1000);

/* --------------------------------------------- helpers --------------------------------------------- */

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

interface ChildSim {
  baseUrl: string;
  gmsBase: string;
  pid: number;
  rssMiB(): number;
  stop(): Promise<void>;
}

async function childSimulator(agents: number): Promise<ChildSim> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'simulator/cli.ts', '--port', '0', '--agents', String(agents), '--stamp', '--log-level', 'error'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`simulator exited ${code} before listening`)));
  });
  return {
    baseUrl,
    gmsBase: `${baseUrl}/genesys/2/chat`,
    pid: child.pid!,
    rssMiB: () => {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      return m ? round(Number(m[1]) / 1024, 1) : NaN;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

const account = (i: number) => ({ username: `agent${i}`, password: DEFAULT_PASSWORD });

function targetOf(sim: ChildSim, env: Record<string, string> = {}): Target {
  const config = readConfig({ GWS_BASE_URL: sim.baseUrl, GWS_AGENTS: `${account(1).username}:${DEFAULT_PASSWORD},${account(2).username}:${DEFAULT_PASSWORD}`, GMS_BASE_URL: sim.gmsBase, GMS_SERVICE: 'customer-support', ...env });
  return { config: { ...config, baseUrl: sim.baseUrl }, label: sim.baseUrl };
}

async function pool<T>(items: T[], width: number, fn: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i], i);
    }
  }));
}

/* ------------------------------------------ 1. time to verdict ----------------------------------------- */

function timeToVerdict(): { seconds: number; exitCode: number | null; verdict: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gws-bench-'));
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'helpers/cli/conformance.ts', `--output=${join(dir, 'test-results')}`], { env: { ...process.env, GWS_REPORTS_DIR: join(dir, 'reports') }, encoding: 'utf8' });
  return { seconds: round((performance.now() - started) / 1000, 1), exitCode: run.status, verdict: run.stdout.trim().split('\n').at(-1) ?? '' };
}

/* ---------------------------------------------- 2. raw floor ---------------------------------------------- */

/** The floor: one agent, fetch and the CometD client only. Returns the wall time in ms. */
async function rawAccept(sim: ChildSim, user: string): Promise<number> {
  const started = performance.now();
  const auth = `Basic ${Buffer.from(`${user}:${DEFAULT_PASSWORD}`).toString('base64')}`;
  const me = await fetch(`${sim.baseUrl}/api/v2/me`, { headers: { Authorization: auth } });
  await me.text();
  const cookie = (me.headers.getSetCookie()[0] ?? '').split(';')[0];
  const csrf = me.headers.get('x-csrf-token') ?? '';
  const post = async (path: string, body: unknown) => {
    const r = await fetch(`${sim.baseUrl}${path}`, { method: 'POST', headers: { Authorization: auth, Cookie: cookie, 'X-CSRF-TOKEN': csrf, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    return (await r.json()) as { statusCode: number };
  };
  await post('/api/v2/me', { operationName: 'StartContactCenterSession', channels: ['chat'] });
  const cometd = new CometD();
  for (const t of cometd.getTransportTypes()) if (t !== 'long-polling') cometd.unregisterTransport(t);
  (cometd.findTransport('long-polling') as unknown as { context: unknown }).context = { cookieStore: { '127.0.0.1': { JSESSIONID: cookie } } };
  cometd.configure({ url: `${sim.baseUrl}/api/v2/notifications`, requestHeaders: { Authorization: auth } });
  const seen: { messageType?: string; notificationType?: string; chat?: { id: string; capabilities?: string[] } }[] = [];
  let wake = () => {};
  await new Promise<void>((resolve, reject) => cometd.handshake((r) => (r.successful ? resolve() : reject(new Error('handshake')))));
  await new Promise<void>((resolve) =>
    cometd.subscribe('/v2/me/chats', (m) => {
      seen.push(m.data as (typeof seen)[number]);
      wake();
    }, () => resolve()),
  );
  const until = async (test: () => boolean) => {
    while (!test()) await new Promise<void>((r) => (wake = r));
  };
  await post('/api/v2/me/channels/chat', { operationName: 'Ready' });
  const form = await fetch(`${sim.gmsBase}/customer-support`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'nickname=Floor' });
  const started2 = (await form.json()) as { chatId: string; userId: string; secureKey: string; alias: string };
  const secrets = `userId=${started2.userId}&secureKey=${started2.secureKey}&alias=${started2.alias}`;
  await (await fetch(`${sim.gmsBase}/customer-support/${started2.chatId}/send`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `${secrets}&message=Hello+World` })).text();
  await until(() => seen.some((d) => d.chat?.capabilities?.includes('Accept')));
  const chatId = seen.find((d) => d.chat?.capabilities?.includes('Accept'))!.chat!.id;
  await post(`/api/v2/me/chats/${chatId}`, { operationName: 'Accept', nickname: 'Floor' });
  await until(() => seen.filter((d) => d.messageType === 'MessageLogUpdated' || d.notificationType === 'ParticipantsUpdated' || (d.notificationType === 'StatusChange' && !d.chat?.capabilities?.includes('Accept'))).length >= 3);
  // Leave the agent as found (the suite does too), or routing would offer the next chat to it.
  await post(`/api/v2/me/chats/${chatId}`, { operationName: 'Complete' });
  await post('/api/v2/me/channels/chat', { operationName: 'NotReady' });
  await post('/api/v2/me', { operationName: 'EndContactCenterSession' });
  await new Promise<void>((r) => cometd.disconnect(() => r()));
  await (await fetch(`${sim.gmsBase}/customer-support/${started2.chatId}/disconnect`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: secrets })).text();
  return performance.now() - started;
}

interface PerCase {
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

async function perCase(): Promise<PerCase> {
  const sim = await childSimulator(4);
  try {
    const target = targetOf(sim, { GWS_QUIET_WINDOW_MS: '0' });
    const full: number[] = [];
    const same: number[] = [];
    const raw: number[] = [];
    const time = async (observer: boolean) => {
      const t = performance.now();
      const transcript = await driveAccept(target, { observer });
      const elapsed = performance.now() - t;
      const bad = judgeTranscript(transcript).filter((f) => f.verdict !== 'PASS' && f.verdict !== 'INFO');
      if (bad.length > 0) throw new Error(`the suite did not pass on the faithful simulator during the benchmark: ${bad.map((f) => `${f.requirement} ${f.verdict}: ${f.observed}`).slice(0, 3).join('; ')}`);
      return elapsed;
    };
    await time(true); // warm-up
    await time(false);
    await rawAccept(sim, 'agent3');
    for (let i = 0; i < CASE_RUNS; i++) {
      full.push(await time(true));
      same.push(await time(false));
      raw.push(await rawAccept(sim, 'agent3'));
    }
    const m = (a: number[]) => round(percentile(a, 50), 1);
    const p90 = (a: number[]) => round(percentile(a, 90), 1);
    return { runs: CASE_RUNS, rawMedianMs: m(raw), rawP90Ms: p90(raw), sameWorkMedianMs: m(same), sameWorkP90Ms: p90(same), ratio: round(m(same) / m(raw), 2), fullCaseMedianMs: m(full), fullCaseP90Ms: p90(full), fullCaseRatio: round(m(full) / m(raw), 2) };
  } finally {
    await sim.stop();
  }
}

/* ------------------------------------------- 3. latency -------------------------------------------- */

function latencies(recorder: TranscriptRecorder, events: BayeuxEvent[]): number[] {
  return events
    .map((e) => {
      const sentAt = (e.message as { ext?: { sentAt?: number } }).ext?.sentAt;
      return typeof sentAt === 'number' ? recorder.epochOf(e.at) - sentAt : NaN;
    })
    .filter((x) => Number.isFinite(x));
}

interface LatencyFigures {
  notifications: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/**
 * Latency of notifications simulator → recorder: a customer (in a third process) sends messages through
 * GMS and each one reaches the agent as a MessageLogUpdated. Paced: one every PACE_MS, so each finds a long-poll waiting
 * (the transport's latency). Burst: back to back, so they queue behind the long-poll re-arm (the
 * latency under a stream). The target applies to the paced figure.
 */
async function notificationLatency(): Promise<{ paced: LatencyFigures; burst: LatencyFigures; paceMs: number }> {
  const PACE_MS = 5;
  const sim = await childSimulator(2);
  const recorder = new TranscriptRecorder({ baseUrl: sim.baseUrl });
  try {
    const agent = await bringOnline({ baseUrl: sim.baseUrl, credentials: account(1), recorder, actor: 'agent1' });
    const customer = new GmsClient(sim.gmsBase, 'customer-support');
    const chat = await customer.startChat({ nickname: 'Latency' });
    const offer = await recorder.waitFor(isOfferTo('agent1'), 'offer', 5000);
    await agent.http.accept(stateChangeOf(offer)!.chat.id, { operationName: 'Accept', nickname: 'Bench' });
    await sleep(200);
    const measure = async (paced: boolean): Promise<LatencyFigures> => {
      const from = recorder.cursor();
      // The customer runs in its own process: its requests must not share the recorder's event loop.
      await new Promise<void>((resolve, reject) =>
        spawn(process.execPath, ['--import', 'tsx', 'helpers/cli/bench-customer.ts', `${sim.gmsBase}/customer-support`, chat.chatId, String(LATENCY_MESSAGES), String(paced ? PACE_MS : 0)], {
          stdio: ['ignore', 'inherit', 'inherit'],
          env: { ...process.env, BENCH_USER_ID: chat.userId, BENCH_SECURE_KEY: chat.secureKey, BENCH_ALIAS: chat.alias },
        }).on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`bench customer exited ${code}`)))),
      );
      await recorder.until(() => recorder.events.length - from >= LATENCY_MESSAGES, 10_000);
      const l = latencies(recorder, recorder.events.slice(from).filter((e): e is BayeuxEvent => e.kind === 'bayeux'));
      return { notifications: l.length, p50Ms: round(percentile(l, 50)), p99Ms: round(percentile(l, 99)), maxMs: round(Math.max(...l)) };
    };
    const paced = await measure(true);
    const burst = await measure(false);
    await agent.close();
    return { paced, burst, paceMs: PACE_MS };
  } finally {
    await sim.stop();
  }
}

/* --------------------------------------------- 4. scale -------------------------------------------- */

function leanPost(agent: HttpAgent, base: string, path: string, body: string, headers: Record<string, string>): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, base), { method: 'POST', agent, headers: { ...headers, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => {
        try {
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) });
        } catch {
          resolve({ status: res.statusCode ?? 0, body: text });
        }
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

interface ScaleRow {
  agents: number;
  onlineSeconds: number;
  acceptsPerSecond: number;
  acceptWindowMs: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  notifications: number;
  simulatorRssMiB: number;
  recorderRssMiB: number;
  violations: number;
}

async function scale(k: number): Promise<ScaleRow> {
  const sim = await childSimulator(k);
  const recorder = new TranscriptRecorder({ baseUrl: sim.baseUrl });
  const agents: OnlineAgent[] = new Array(k);
  try {
    const t0 = performance.now();
    await pool(Array.from({ length: k }, (_, i) => i), 25, async (i) => {
      agents[i] = await bringOnline({ baseUrl: sim.baseUrl, credentials: account(i + 1), recorder, actor: `agent${i + 1}`, timeoutMs: 30_000 });
    });
    const customer = new GmsClient(sim.gmsBase, 'customer-support', undefined, 'customer', 30_000);
    const chats: GmsChat[] = [];
    await pool(Array.from({ length: k }, (_, i) => i), 25, async () => {
      chats.push(await customer.startChat({ nickname: 'Scale' }));
    });
    const ids = new Map<string, string>();
    const deadline = Date.now() + 60_000;
    while (ids.size < k && Date.now() < deadline) {
      for (const e of recorder.events) {
        const d = e.kind === 'bayeux' ? stateChangeOf(e) : undefined;
        if (d && e.actor && d.chat.capabilities?.includes('Accept')) ids.set(e.actor, d.chat.id);
      }
      if (ids.size < k) await sleep(50);
    }
    if (ids.size < k) throw new Error(`only ${ids.size} of ${k} agents got an offer`);
    const onlineSeconds = round((performance.now() - t0) / 1000, 1);
    for (const a of agents) recorder.step('accept', a.actor);
    const from = recorder.cursor();
    // The burst goes through a lean keep-alive HTTP client, so the figure is the simulator's, not the
    // suite client's; each exchange is still recorded for the judges (redacted, as always).
    const lean = new HttpAgent({ keepAlive: true, maxSockets: 128 });
    const requests = agents.map((a) => ({ a, body: JSON.stringify({ operationName: 'Accept', nickname: 'Bench' }), path: `/api/v2/me/chats/${encodeURIComponent(ids.get(a.actor)!)}` }));
    const start = performance.now();
    let last = start;
    await Promise.all(
      requests.map(async ({ a, body, path }) => {
        const at = recorder.now();
        const response = await leanPost(lean, sim.baseUrl, path, body, { Authorization: a.http.authorization(), Cookie: a.http.cookieHeader() ?? '', [a.http.csrfHeaderName ?? 'X-CSRF-TOKEN']: a.http.csrfToken ?? '' });
        last = Math.max(last, performance.now());
        recorder.record({ kind: 'http', actor: a.actor, at, durationMs: recorder.now() - at, request: { method: 'POST', path, headers: {}, body: JSON.parse(body) }, response: { status: response.status, headers: {}, body: response.body } });
      }),
    );
    lean.destroy();
    const window = last - start;
    const wait = Date.now() + 30_000;
    while (recorder.events.slice(from).filter((e) => e.kind === 'bayeux').length < 3 * k && Date.now() < wait) await sleep(20);
    await sleep(300);
    recorder.step('quiet-end');
    const events = recorder.events.slice(from).filter((e): e is BayeuxEvent => e.kind === 'bayeux');
    const l = latencies(recorder, events);
    const transcript: Transcript = recorder.toTranscript({ kind: 'concurrency', acceptors: agents.map((a) => a.actor), observers: [], chats: Object.fromEntries(ids), nickname: 'Bench', customerMessages: [], chatSource: 'gms' });
    const findings = judgeTranscript(transcript);
    const violations = new Set(findings.filter((f) => f.verdict === 'FAIL' || f.verdict === 'NON-STRICT' || f.verdict === 'INCONCLUSIVE').map((f) => f.actor ?? f.requirement)).size;
    const row: ScaleRow = {
      agents: k,
      onlineSeconds,
      acceptsPerSecond: round(k / (window / 1000), 0),
      acceptWindowMs: round(window, 1),
      latencyP50Ms: round(percentile(l, 50)),
      latencyP99Ms: round(percentile(l, 99)),
      notifications: l.length,
      simulatorRssMiB: sim.rssMiB(),
      recorderRssMiB: round(process.memoryUsage().rss / 1024 / 1024, 1),
      violations,
    };
    await Promise.all(agents.map((a) => a?.close()));
    return row;
  } finally {
    await sim.stop();
  }
}

/* ---------------------------------------------- main ----------------------------------------------- */

async function main(): Promise<void> {
  adapt();
  const started = performance.now();
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGiB: round(totalmem() / 2 ** 30, 1), freeGiB: round(freemem() / 2 ** 30, 1), node: process.version, platform: `${process.platform} ${process.arch}` };
  console.log(`bench on ${machine.cpus} x ${machine.cpu}, ${machine.memoryGiB} GiB, node ${machine.node}`);

  console.log('1/4 time to verdict: npm run conformance, cold ...');
  const verdict = timeToVerdict();
  console.log(`    ${verdict.seconds} s, exit ${verdict.exitCode}: ${verdict.verdict}`);

  console.log(`2/4 per-case time: suite vs raw floor, ${CASE_RUNS} runs each ...`);
  const perCaseFigures = await perCase();
  console.log(`    raw floor median ${perCaseFigures.rawMedianMs} ms (p90 ${perCaseFigures.rawP90Ms}); suite on the same work ${perCaseFigures.sameWorkMedianMs} ms (p90 ${perCaseFigures.sameWorkP90Ms}), ratio ${perCaseFigures.ratio}x; whole suite case with the observer agent ${perCaseFigures.fullCaseMedianMs} ms, ${perCaseFigures.fullCaseRatio}x`);

  console.log(`3/4 notification latency over ${LATENCY_MESSAGES} notifications ...`);
  const latency = await notificationLatency();
  console.log(`    paced (one per ${latency.paceMs} ms): p50 ${latency.paced.p50Ms} ms, p99 ${latency.paced.p99Ms} ms, max ${latency.paced.maxMs} ms over ${latency.paced.notifications}`);
  console.log(`    burst (back to back): p50 ${latency.burst.p50Ms} ms, p99 ${latency.burst.p99Ms} ms, max ${latency.burst.maxMs} ms over ${latency.burst.notifications}`);

  console.log(`4/4 scale: ${SCALES.join(', ')} agents accepting at once ...`);
  const scales: ScaleRow[] = [];
  for (const k of SCALES) {
    const row = await scale(k);
    scales.push(row);
    console.log(`    ${String(k).padStart(4)} agents: online ${row.onlineSeconds} s, ${row.acceptsPerSecond} accepts/s, latency p50 ${row.latencyP50Ms} / p99 ${row.latencyP99Ms} ms, simulator ${row.simulatorRssMiB} MiB, recorder ${row.recorderRssMiB} MiB, violations ${row.violations}`);
  }

  const biggest = scales.at(-1);
  const targets = [
    { name: 'suite per-case time <= 1.2x the raw floor (same work)', met: perCaseFigures.ratio <= 1.2, value: `${perCaseFigures.ratio}x (whole case with the observer agent: ${perCaseFigures.fullCaseRatio}x)` },
    { name: 'notification latency p99 <= 5 ms on loopback (paced)', met: latency.paced.p99Ms <= 5, value: `${latency.paced.p99Ms} ms (burst: ${latency.burst.p99Ms} ms)` },
    { name: `${biggest?.agents ?? 0} agents with 0 sequence violations (target: 500)`, met: !!biggest && biggest.agents >= 500 && biggest.violations === 0, value: `${biggest?.violations ?? 'n/a'} violations` },
    { name: 'simulator serves >= 1,000 accepts/s', met: Math.max(...scales.map((s) => s.acceptsPerSecond)) >= 1000, value: `${Math.max(...scales.map((s) => s.acceptsPerSecond))} accepts/s` },
    { name: 'npm run conformance ends CONFORMANT on the faithful simulator', met: verdict.exitCode === 0, value: verdict.verdict },
  ];
  const result = { measuredAt: new Date().toISOString(), machine, timeToVerdict: verdict, perCase: perCaseFigures, latency, scale: scales, targets, benchSeconds: round((performance.now() - started) / 1000, 1) };

  console.log('\n| measure | figure | target | met |\n|---|---|---|---|');
  for (const t of targets) console.log(`| ${t.name} | ${t.value} | | ${t.met ? 'yes' : 'MISSED'} |`);
  console.log('\n| agents | accepts/s | latency p50 (ms) | latency p99 (ms) | simulator RSS (MiB) | recorder RSS (MiB) | violations |\n|---|---|---|---|---|---|---|');
  for (const s of scales) console.log(`| ${s.agents} | ${s.acceptsPerSecond} | ${s.latencyP50Ms} | ${s.latencyP99Ms} | ${s.simulatorRssMiB} | ${s.recorderRssMiB} | ${s.violations} |`);
  for (const t of targets.filter((x) => !x.met)) console.log(`TARGET MISSED: ${t.name}: ${t.value}`);
  const dir = process.env.GWS_REPORTS_DIR || 'reports';
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nwrote ${join(dir, 'bench.json')} (${result.benchSeconds} s)`);
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(`bench broke: ${err instanceof Error ? err.stack : String(err)}`);
  process.exit(1);
});
