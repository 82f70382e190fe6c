/**
 * Time to verdict: `npm run conformance` on the embedded simulator, cold (a new process), reports
 * included; healthy, and with a fault that withholds a notification (every scenario that waits for it
 * waits out its timeout), alternating, the median of each. And the verdicts of repeated parallel runs:
 * the same summary every time, or a flaky verdict.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CONFORMANCE_COMMAND } from '../build/bundle.mjs';
import { scratchDir } from '../evidence/scratch.ts';
import { agentsSetting } from '../target/child-simulator.ts';
import { childrenCpuSeconds, childSimulator, round } from './harness.ts';

interface ConformanceRun {
  seconds: number;
  /** CPU seconds the run cost, its workers included (undefined where the platform does not say). */
  cpuSeconds?: number;
  exitCode: number | null;
  verdict: string;
  /** Each requirement's verdict, in order: what two runs must share. */
  verdicts: string;
}

function conformanceRun(env: Record<string, string> = {}): ConformanceRun {
  const dir = scratchDir('gws-bench');
  const cpuBefore = childrenCpuSeconds();
  const started = performance.now();
  const run = spawnSync(process.execPath, [...CONFORMANCE_COMMAND, `--output=${join(dir, 'test-results')}`], {
    env: { ...process.env, ...env, GWS_REPORTS_DIR: join(dir, 'reports') },
    encoding: 'utf8',
  });
  let verdicts = '';
  try {
    const summary = JSON.parse(readFileSync(join(dir, 'reports', 'summary.json'), 'utf8')) as {
      requirements: { id: string; verdict: string }[];
    };
    verdicts = summary.requirements.map((r) => `${r.id}=${r.verdict}`).join(' ');
  } catch {
    verdicts = '(no summary)';
  }
  const seconds = round((performance.now() - started) / 1000, 1);
  const cpuAfter = childrenCpuSeconds();
  return {
    seconds,
    ...(cpuBefore !== undefined && cpuAfter !== undefined ? { cpuSeconds: round(cpuAfter - cpuBefore, 1) } : {}),
    exitCode: run.status,
    verdict: run.stdout.trim().split('\n').at(-1) ?? '',
    verdicts,
  };
}

/**
 * The first run after an install, as a fresh clone's first `npm run conformance` is: the suite's bundle
 * built (its record removed: helpers/build/bundle.mjs builds it again) and Playwright's transform cache
 * empty. Where the checkout cannot be written the bundle is not rebuilt, and the run says so.
 */
export function firstRun(): ConformanceRun & { bundleBuilt: boolean } {
  let bundleBuilt = true;
  try {
    rmSync(join('.build', 'last.json'), { force: true });
  } catch {
    bundleBuilt = false;
  }
  return { ...conformanceRun({ PLAYWRIGHT_TRANSFORM_CACHE_DIR: scratchDir('gws-bench-transform-cache') }), bundleBuilt };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function timeToVerdict(rounds = 3): {
  seconds: number;
  cpuSeconds?: number;
  exitCode: number | null;
  verdict: string;
  withheld: { seconds: number; cpuSeconds?: number; ratio: number; verdict: string };
} {
  const healthy: ConformanceRun[] = [];
  const withheld: ConformanceRun[] = [];
  for (let i = 0; i < rounds; i++) {
    healthy.push(conformanceRun());
    withheld.push(conformanceRun({ GWS_SIMULATOR_FAULTS: 'messagelog-missing' }));
  }
  const h = median(healthy.map((r) => r.seconds));
  const w = median(withheld.map((r) => r.seconds));
  return {
    seconds: h,
    ...cpuOf(healthy),
    exitCode: healthy.at(-1)!.exitCode,
    verdict: healthy.at(-1)!.verdict,
    withheld: { seconds: w, ...cpuOf(withheld), ratio: round(w / h, 2), verdict: withheld.at(-1)!.verdict },
  };
}

/** The median CPU seconds of runs, where the platform says. */
function cpuOf(runs: ConformanceRun[]): { cpuSeconds?: number } {
  const cpu = runs.map((r) => r.cpuSeconds).filter((c): c is number => c !== undefined);
  return cpu.length === runs.length ? { cpuSeconds: median(cpu) } : {};
}

/** A healthy run per worker count (GWS_WORKERS), the median of `rounds`: what more workers buy in wall time, and cost in CPU. */
export function workerCounts(
  counts: readonly number[],
  rounds = 2,
): { workers: number; seconds: number; cpuSeconds?: number; exitCode: number | null }[] {
  return counts.map((workers) => {
    const runs = Array.from({ length: rounds }, () => conformanceRun({ GWS_WORKERS: String(workers) }));
    return { workers, seconds: median(runs.map((r) => r.seconds)), ...cpuOf(runs), exitCode: runs.at(-1)!.exitCode };
  });
}

/**
 * A healthy run against the simulator started as a separate server (npm run simulator), as a staging
 * server is run: one GMS service, `agents` accounts, so the runs go side by side on lanes of
 * GWS_CONCURRENT_AGENTS accounts, their exclusive parts in turn. The median of `rounds`.
 */
export async function separateServer(
  agents = 32,
  rounds = 2,
): Promise<{ agents: number; seconds: number; cpuSeconds?: number; exitCode: number | null; verdict: string }> {
  const sim = await childSimulator(agents);
  try {
    const env = {
      GWS_BASE_URL: sim.baseUrl,
      GWS_AGENTS: agentsSetting(agents),
      GMS_BASE_URL: sim.gmsBase,
      GMS_SERVICE: 'customer-support',
    };
    const runs = Array.from({ length: rounds }, () => conformanceRun(env));
    return {
      agents,
      seconds: median(runs.map((r) => r.seconds)),
      ...cpuOf(runs),
      exitCode: runs.at(-1)!.exitCode,
      verdict: runs.at(-1)!.verdict,
    };
  } finally {
    await sim.stop();
  }
}

/** `runs` consecutive parallel runs: how many distinct summaries (1: no flaky verdict). */
export function repeatedRuns(runs: number): { runs: number; distinct: number; exitCodes: (number | null)[] } {
  const all = Array.from({ length: runs }, () => conformanceRun());
  return { runs, distinct: new Set(all.map((r) => r.verdicts)).size, exitCodes: [...new Set(all.map((r) => r.exitCode))] };
}
