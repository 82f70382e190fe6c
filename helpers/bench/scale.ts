/**
 * Scale: K agents, each accepting its chat at the same moment: accepts/s, latency, memory, and every
 * notification judged (sequence violations).
 */

import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { performance } from 'node:perf_hooks';
import { SUITE } from '../../operations/index.ts';
import type { BayeuxEvent, Transcript } from '../contract/generated/payloads.ts';
import { TranscriptRecorder } from '../evidence/transcript.ts';
import { judgeTranscript } from '../judges/judge.ts';
import { bringOnline, type OnlineAgent, stateChangeOf } from '../target/agent.ts';
import { type GmsChat, GmsClient } from '../target/gms-client.ts';
import { account, childSimulator, latencies, percentile, pool, round, sleep } from './harness.ts';

function leanPost(
  agent: HttpAgent,
  base: string,
  path: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; contentType: string; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      new URL(path, base),
      { method: 'POST', agent, headers: { ...headers, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => {
          const head = { status: res.statusCode ?? 0, contentType: res.headers['content-type'] ?? '' };
          try {
            resolve({ ...head, body: JSON.parse(text) });
          } catch {
            resolve({ ...head, body: text });
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export interface ScaleRow {
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

export async function scale(k: number): Promise<ScaleRow> {
  const sim = await childSimulator(k);
  const recorder = new TranscriptRecorder({ baseUrl: sim.baseUrl });
  const agents: OnlineAgent[] = new Array(k);
  try {
    const t0 = performance.now();
    await pool(
      Array.from({ length: k }, (_, i) => i),
      25,
      async (i) => {
        agents[i] = await bringOnline({
          baseUrl: sim.baseUrl,
          credentials: account(i + 1),
          recorder,
          actor: `agent${i + 1}`,
          timeoutMs: 30_000,
        });
      },
    );
    const customer = new GmsClient(sim.gmsBase, 'customer-support', undefined, 'customer', 30_000);
    const chats: GmsChat[] = [];
    await pool(
      Array.from({ length: k }, (_, i) => i),
      25,
      async () => {
        chats.push(await customer.startChat({ nickname: 'Scale' }));
      },
    );
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
    const requests = agents.map((a) => ({
      a,
      body: JSON.stringify({ operationName: 'Accept', nickname: 'Bench' }),
      path: `/api/v2/me/chats/${encodeURIComponent(ids.get(a.actor)!)}`,
    }));
    const start = performance.now();
    let last = start;
    await Promise.all(
      requests.map(async ({ a, body, path }) => {
        const at = recorder.now();
        const response = await leanPost(lean, sim.baseUrl, path, body, {
          Authorization: a.http.authorization(),
          Cookie: a.http.cookieHeader() ?? '',
          [a.http.csrfHeaderName ?? 'X-CSRF-TOKEN']: a.http.csrfToken ?? '',
        });
        last = Math.max(last, performance.now());
        recorder.record({
          kind: 'http',
          actor: a.actor,
          at,
          durationMs: recorder.now() - at,
          // The headers the judges read (the response's Content-Type: ACCEPT-RESP-02), not the secrets.
          request: { method: 'POST', path, headers: { 'content-type': 'application/json' }, body: JSON.parse(body) },
          response: { status: response.status, headers: { 'content-type': response.contentType }, body: response.body },
        });
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
    const transcript: Transcript = recorder.toTranscript({
      operation: 'Accept',
      kind: 'concurrency',
      actors: agents.map((a) => a.actor),
      observers: [],
      chats: Object.fromEntries(ids),
      nickname: 'Bench',
      customerMessages: [],
      chatSource: 'gms',
    });
    const findings = judgeTranscript(SUITE, transcript);
    const violations = new Set(
      findings
        .filter((f) => f.verdict === 'FAIL' || f.verdict === 'NON-STRICT' || f.verdict === 'INCONCLUSIVE')
        .map((f) => f.actor ?? f.requirement),
    ).size;
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
