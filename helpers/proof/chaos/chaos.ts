/**
 * Chaos: the Accept scenario against the simulator (faithful, or with a known fault), on either Bayeux
 * backend and transport, through the fault-injecting proxy, with one network fault at a random moment.
 * Every run must end in the right verdict or INCONCLUSIVE: a requirement FAIL that the target does not
 * break is a false FAIL; a requirement PASS that it breaks is a false PASS. Seeded: the same seed
 * makes the same choices, so a failing run can be replayed.
 */

import { SUITE } from '../../../operations/index.ts';
import type { Finding, Transcript } from '../../contract/generated/payloads.ts';
import { prng } from '../../evidence/seeded.ts';
import { judgeTranscript, requirementsFor } from '../../judges/judge.ts';
import { decisionFor } from '../../judges/verdicts.ts';
import { resolveTarget } from '../../target/resolve.ts';
import { type NetFault, type NetFaultKind, startProxy } from './proxy.ts';

/** Faults of the target whose evidence a network fault could hide or fake. */
export const CHAOS_TARGET_FAULTS = [
  'statuschange-missing',
  'extra-notification-after',
  'wrong-channel',
  'referenceid-inconsistent',
  'accept-statuscode-nonzero',
];

export interface ChaosRun {
  index: number;
  targetFault?: string;
  bayeux: 'cometd' | 'faye';
  transport: 'long-polling' | 'websocket';
  net: NetFault;
  fired: string[];
  falseFail: string[];
  falsePass: string[];
  inconclusive: boolean;
  ms: number;
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const LONG_POLLING_FAULTS: NetFaultKind[] = ['drop-longpoll', 'drop-response', 'delay', 'stall', 'reset', 'gateway', 'rehandshake'];
const WEBSOCKET_FAULTS: NetFaultKind[] = ['drop-socket', 'delay', 'stall', 'reset', 'gateway'];

/**
 * The choices of run `index` of seed `seed`. A long-poll held by the network longer than the
 * notification timeout and the quiet window looks like a notification that never came (the client
 * notices only after the server's long-poll timeout): delays stay under that, and stalls hit what has
 * its own timeout (REST requests, handshakes and subscriptions), not a long-poll.
 */
export function plan(seed: number, index: number): Omit<ChaosRun, 'fired' | 'falseFail' | 'falsePass' | 'inconclusive' | 'ms'> {
  const r = prng(seed * 1000 + index);
  const targetFault = r() < 0.4 ? pick(r, CHAOS_TARGET_FAULTS) : undefined;
  const backend = pick(r, ['cometd-lp', 'faye-lp', 'faye-ws'] as const);
  const transport = backend === 'faye-ws' ? 'websocket' : 'long-polling';
  const kind = pick(r, transport === 'websocket' ? WEBSOCKET_FAULTS : LONG_POLLING_FAULTS);
  const on: NetFault['on'] =
    kind === 'drop-longpoll' || kind === 'drop-response' || kind === 'rehandshake' || kind === 'drop-socket'
      ? 'cometd'
      : transport === 'websocket' || kind === 'stall'
        ? 'rest'
        : pick(r, ['rest', 'cometd'] as const);
  const net: NetFault = {
    kind,
    on,
    // Here the Accept scenario is offered within about 100 ms and its window ends at about 700 ms.
    afterMs: Math.floor(r() * 700),
    ...(kind === 'delay' ? { ms: 100 + Math.floor(r() * 900) } : {}),
    ...(kind === 'gateway' ? { status: pick(r, [502, 503] as const) } : {}),
  };
  return { index, targetFault, bayeux: backend === 'cometd-lp' ? 'cometd' : 'faye', transport, net };
}

/** Short timings, still above the floors that keep a check on. */
const CHAOS_ENV = {
  GWS_BASE_URL: 'simulator',
  GWS_QUIET_WINDOW_MS: '600',
  GWS_NOTIFICATION_TIMEOUT_MS: '2000',
  GWS_OFFER_TIMEOUT_MS: '3000',
  GWS_REQUEST_TIMEOUT_MS: '2000',
};

export async function chaosRun(seed: number, index: number, keep?: (t: Transcript) => void): Promise<ChaosRun> {
  const p = plan(seed, index);
  const started = Date.now();
  const { target, stop } = await resolveTarget(
    {
      ...CHAOS_ENV,
      GWS_SIMULATOR_BAYEUX: p.bayeux,
      GWS_COMETD_TRANSPORT: p.transport,
      ...(p.targetFault ? { GWS_SIMULATOR_FAULTS: p.targetFault } : {}),
    },
    SUITE.simulated,
  );
  const proxy = await startProxy(target.config.baseUrl!, p.net);
  let transcript: Transcript;
  try {
    const through = {
      ...target,
      config: { ...target.config, baseUrl: proxy.url, gmsBaseUrl: `${proxy.url}/genesys/2/chat` },
    };
    transcript = await SUITE.main.drive(through);
  } finally {
    await proxy.stop();
    await stop();
  }
  keep?.(transcript);
  const breaks = SUITE.faults.find((f) => f.name === p.targetFault)?.breaks ?? [];
  return { ...p, fired: proxy.fired, ...classify(transcript, judgeTranscript(SUITE, transcript), breaks), ms: Date.now() - started };
}

/** A run's verdicts against the truth: what the target breaks (`breaks`), and nothing else. */
export function classify(
  transcript: Transcript,
  findings: Finding[],
  breaks: readonly string[],
): Pick<ChaosRun, 'falseFail' | 'falsePass' | 'inconclusive'> {
  const broken = new Set(breaks);
  const decided = requirementsFor(SUITE, transcript.scenario).map((id) => ({ id, d: decisionFor(findings, id) }));
  return {
    falseFail: decided.filter((x) => (x.d === 'FAIL' || x.d === 'NON-STRICT') && !broken.has(x.id)).map((x) => x.id),
    falsePass: decided.filter((x) => x.d === 'PASS' && broken.has(x.id)).map((x) => x.id),
    inconclusive: decided.some((x) => x.d === 'INCONCLUSIVE'),
  };
}

export interface ChaosReport {
  seed: number;
  runs: ChaosRun[];
  line: string;
  ok: boolean;
}

export async function runChaos(options: {
  seed: number;
  runs: number;
  parallel?: number;
  only?: number[];
  onRun?: (r: ChaosRun) => void;
}): Promise<ChaosReport> {
  const indices = options.only ?? Array.from({ length: options.runs }, (_, i) => i);
  const runs: ChaosRun[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.max(1, options.parallel ?? 4) }, async () => {
      while (next < indices.length) {
        const i = indices[next++];
        const r = await chaosRun(options.seed, i);
        runs.push(r);
        options.onRun?.(r);
      }
    }),
  );
  runs.sort((a, b) => a.index - b.index);
  const falseFail = runs.filter((r) => r.falseFail.length > 0).length;
  const falsePass = runs.filter((r) => r.falsePass.length > 0).length;
  const inconclusive = runs.filter((r) => r.inconclusive).length;
  return {
    seed: options.seed,
    runs,
    line: `chaos: ${runs.length} runs, ${falseFail} false FAIL, ${falsePass} false PASS, ${inconclusive} inconclusive (seed ${options.seed})`,
    ok: falseFail === 0 && falsePass === 0,
  };
}

/** A chaos run's outcome in words: a false verdict named, else inconclusive (with `why`), else right. */
export function chaosVerdict(r: Pick<ChaosRun, 'falseFail' | 'falsePass' | 'inconclusive'>, right = 'right verdict', why?: string): string {
  if (r.falseFail.length > 0) return `FALSE FAIL ${r.falseFail.join(', ')}`;
  if (r.falsePass.length > 0) return `FALSE PASS ${r.falsePass.join(', ')}`;
  return r.inconclusive ? `inconclusive${why ? ` (${why})` : ''}` : right;
}

export function formatChaosRun(r: ChaosRun): string {
  const what = `${r.targetFault ? `fault ${r.targetFault}` : 'faithful'}, ${r.bayeux} ${r.transport}, ${r.net.kind} on ${r.net.on} after ${r.net.afterMs} ms${r.net.ms ? ` (${r.net.ms} ms)` : ''}${r.net.status ? ` (${r.net.status})` : ''}`;
  const verdict = chaosVerdict(r);
  return `run ${String(r.index).padStart(3)}: ${what}; ${r.fired.join('; ') || 'the fault did not fire'} → ${verdict} (${(r.ms / 1000).toFixed(1)} s)`;
}
