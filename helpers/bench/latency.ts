/**
 * Notification latency simulator → recorder, over many notifications (send time stamped by the
 * simulator in Bayeux ext.sentAt, in another process).
 */
import { spawn } from 'node:child_process';
import type { BayeuxEvent } from '../contract/generated/payloads.ts';
import { TranscriptRecorder } from '../evidence/transcript.ts';
import { bringOnline, isOfferTo, stateChangeOf } from '../target/agent.ts';
import { GmsClient } from '../target/gms-client.ts';
import { account, childSimulator, latencies, percentile, round, sleep } from './harness.ts';

export interface LatencyFigures {
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
export async function notificationLatency(messages: number): Promise<{ paced: LatencyFigures; burst: LatencyFigures; paceMs: number }> {
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
        spawn(
          process.execPath,
          [
            '--import',
            'tsx',
            'helpers/cli/bench-customer.ts',
            `${sim.gmsBase}/customer-support`,
            chat.chatId,
            String(messages),
            String(paced ? PACE_MS : 0),
          ],
          {
            stdio: ['ignore', 'inherit', 'inherit'],
            env: { ...process.env, BENCH_USER_ID: chat.userId, BENCH_SECURE_KEY: chat.secureKey, BENCH_ALIAS: chat.alias },
          },
        ).on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`bench customer exited ${code}`)))),
      );
      await recorder.until(() => recorder.events.length - from >= messages, 10_000);
      const l = latencies(
        recorder,
        recorder.events.slice(from).filter((e): e is BayeuxEvent => e.kind === 'bayeux'),
      );
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
