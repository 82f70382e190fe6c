/**
 * What the benchmark's measures share: the simulator in a child process (its memory apart from the
 * recorder's; the latency across a process boundary), its accounts, a target on it, percentiles.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { BayeuxEvent } from '../contract/generated/payloads.ts';
import type { TranscriptRecorder } from '../evidence/transcript.ts';
import { readConfig, type Target } from '../target/config.ts';
import { DEFAULT_PASSWORD } from '../target/embedded-simulator.ts';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

let ticksPerSecond: number | undefined;

/**
 * CPU seconds (user and system) of this process's finished children and their own children (Linux:
 * cutime and cstime of /proc/self/stat, counted once a child is waited for); undefined elsewhere. The
 * difference across a spawnSync is what that run cost, workers included.
 */
export function childrenCpuSeconds(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    // Fields 16 and 17 of the stat line (cutime, cstime); the slice starts at field 3.
    return (Number(fields[13]) + Number(fields[14])) / ticksPerSecond;
  } catch {
    return undefined;
  }
}

import { account, type ChildSim } from '../target/child-simulator.ts';

export { account, type ChildSim, childSimulator } from '../target/child-simulator.ts';

export function targetOf(sim: ChildSim, env: Record<string, string> = {}): Target {
  const config = readConfig({
    GWS_BASE_URL: sim.baseUrl,
    GWS_AGENTS: `${account(1).username}:${DEFAULT_PASSWORD},${account(2).username}:${DEFAULT_PASSWORD}`,
    GMS_BASE_URL: sim.gmsBase,
    GMS_SERVICE: 'customer-support',
    ...env,
  });
  return { config: { ...config, baseUrl: sim.baseUrl }, label: sim.baseUrl };
}

export async function pool<T>(items: T[], width: number, fn: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await fn(items[i], i);
      }
    }),
  );
}

/** Notification latencies (ms): arrival in the recorder minus the simulator's ext.sentAt stamp. */
export function latencies(recorder: TranscriptRecorder, events: BayeuxEvent[]): number[] {
  return events
    .map((e) => {
      const sentAt = (e.message as { ext?: { sentAt?: number } }).ext?.sentAt;
      return typeof sentAt === 'number' ? recorder.epochOf(e.at) - sentAt : NaN;
    })
    .filter((x) => Number.isFinite(x));
}
