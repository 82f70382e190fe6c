/**
 * Chaos of a whole run (`npm run chaos -- --whole-run`): `npm run conformance` against the simulator run
 * as a separate server with one GMS service (the usual staging set-up: runs side by side on lanes of
 * accounts), through the proxy, which cuts every open connection once at a random moment of the run (a
 * load balancer's restart). The suite recovers (helpers/scenarios/recovery.ts); every run must still end
 * in the right verdicts: no requirement FAIL that the target does not break, none PASS that it breaks.
 * Seeded, like the Accept chaos: the same seed makes the same choices.
 */
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUITE } from '../../../operations/index.ts';
import type { ConformanceSummary } from '../../contract/generated/payloads.ts';
import { scratchDir } from '../../evidence/scratch.ts';
import { prng } from '../../evidence/seeded.ts';
import { agentsSetting, childSimulator } from '../../target/child-simulator.ts';
import { spawnConformance, withoutSettings } from '../run-conformance.ts';
import { CHAOS_TARGET_FAULTS, chaosVerdict } from './chaos.ts';
import { startProxy } from './proxy.ts';

export interface WholeRunOptions {
  /** Accounts of the separate server (and of the run): 32 make 16 lanes of two. */
  agents: number;
  /** The cut falls at a random moment within this span from the run's first request. */
  spanMs: number;
  /** Playwright arguments of the run (a --grep, for a sample). */
  args?: string[];
  /** A folder where the reports of a run that did not end in the right verdicts are kept (as run-<index>). */
  keep?: string;
}

// The span: a healthy run's connections last about 13 s from its first (Playwright's start and the
// reports lie outside it); a cut drawn later finds the run ended, and proves nothing.
export const WHOLE_RUN_DEFAULTS: WholeRunOptions = { agents: 32, spanMs: 12_000 };

export interface WholeRun {
  index: number;
  targetFault?: string;
  afterMs: number;
  fired: string[];
  exitCode: number | null;
  falseFail: string[];
  falsePass: string[];
  inconclusive: boolean;
  /** The scenarios the run recovered (RECOVERED in its Information). */
  recovered: number;
  /** Why the run could not decide, where it could not (the summary's first cause). */
  cause?: string;
  /** Where its reports were kept (WholeRunOptions.keep). */
  kept?: string;
  line: string;
  ms: number;
}

/** The choices of whole run `index` of seed `seed`: a target fault (or none) and the moment of the cut. */
export function wholeRunPlan(seed: number, index: number, spanMs: number): Pick<WholeRun, 'index' | 'targetFault' | 'afterMs'> {
  const r = prng(seed * 1000 + index + 500_000);
  const targetFault = r() < 0.4 ? CHAOS_TARGET_FAULTS[Math.floor(r() * CHAOS_TARGET_FAULTS.length)] : undefined;
  return { index, targetFault, afterMs: Math.floor(r() * spanMs) };
}

export async function wholeRunChaos(seed: number, index: number, options: WholeRunOptions = WHOLE_RUN_DEFAULTS): Promise<WholeRun> {
  const p = wholeRunPlan(seed, index, options.spanMs);
  const started = Date.now();
  const sim = await childSimulator(options.agents, p.targetFault ? [p.targetFault] : []);
  const dir = scratchDir('gws-chaos-whole-run');
  let proxy: Awaited<ReturnType<typeof startProxy>> | undefined;
  try {
    proxy = await startProxy(sim.baseUrl, { kind: 'cut-all', on: 'any', afterMs: p.afterMs });
    const env = {
      ...withoutSettings(),
      GWS_BASE_URL: proxy.url,
      GWS_AGENTS: agentsSetting(options.agents),
      GMS_BASE_URL: `${proxy.url}/genesys/2/chat`,
      GMS_SERVICE: 'customer-support',
      GWS_REPORTS_DIR: join(dir, 'reports'),
    };
    // Not spawnSync: the proxy lives in this process and must keep serving.
    const run = await spawnConformance(env, [`--output=${join(dir, 'test-results')}`, ...(options.args ?? [])]);
    const file = join(dir, 'reports', 'summary.json');
    const summary = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ConformanceSummary) : undefined;
    const verdicts = classifySummary(summary, SUITE.faults.find((f) => f.name === p.targetFault)?.breaks ?? []);
    const right = !verdicts.inconclusive && verdicts.falseFail.length === 0 && verdicts.falsePass.length === 0;
    const kept = options.keep && !right ? join(options.keep, `run-${index}`) : undefined;
    // Its reports, transcripts and attempts set aside: the evidence to replay and read.
    if (kept) cpSync(dir, kept, { recursive: true });
    return {
      ...p,
      fired: [...proxy.fired],
      exitCode: run.status,
      ...verdicts,
      ...(kept ? { kept } : {}),
      recovered: (summary?.information ?? []).filter((i) => i.requirement === 'RECOVERED').length,
      ...(summary?.causes[0] ? { cause: summary.causes[0] } : {}),
      line: summary?.line ?? `${run.stdout}${run.stderr}`.trim().split('\n').at(-1) ?? '(no output)',
      ms: Date.now() - started,
    };
  } finally {
    await proxy?.stop();
    await sim.stop();
  }
}

/** A whole run's verdicts against the truth: what the target breaks (`breaks`), and nothing else. */
export function classifySummary(
  summary: ConformanceSummary | undefined,
  breaks: readonly string[],
): Pick<WholeRun, 'falseFail' | 'falsePass' | 'inconclusive'> {
  const broken = new Set(breaks);
  const rows = summary?.requirements ?? [];
  return {
    falseFail: rows.filter((r) => (r.verdict === 'FAIL' || r.verdict === 'NON-STRICT') && !broken.has(r.id)).map((r) => r.id),
    falsePass: rows.filter((r) => r.verdict === 'PASS' && broken.has(r.id)).map((r) => r.id),
    // No summary at all is the worst INCONCLUSIVE: nothing was proven.
    inconclusive: !summary || rows.some((r) => r.verdict === 'INCONCLUSIVE'),
  };
}

export interface WholeRunReport {
  seed: number;
  runs: WholeRun[];
  line: string;
  /** No false verdict, and at most 20% of the runs inconclusive. */
  ok: boolean;
}

export async function runWholeRunChaos(options: {
  seed: number;
  runs: number;
  only?: number[];
  onRun?: (r: WholeRun) => void;
  run?: WholeRunOptions;
}): Promise<WholeRunReport> {
  const indices = options.only ?? Array.from({ length: options.runs }, (_, i) => i);
  const runs: WholeRun[] = [];
  // One at a time: a whole run keeps both cores busy.
  for (const i of indices) {
    const r = await wholeRunChaos(options.seed, i, options.run);
    runs.push(r);
    options.onRun?.(r);
  }
  const falseFail = runs.filter((r) => r.falseFail.length > 0).length;
  const falsePass = runs.filter((r) => r.falsePass.length > 0).length;
  const inconclusive = runs.filter((r) => r.inconclusive).length;
  const recovered = runs.filter((r) => r.recovered > 0).length;
  return {
    seed: options.seed,
    runs,
    line: `chaos: ${runs.length} whole runs, ${falseFail} false FAIL, ${falsePass} false PASS, ${inconclusive} inconclusive, ${recovered} recovered (seed ${options.seed})`,
    ok: falseFail === 0 && falsePass === 0 && inconclusive <= runs.length * 0.2,
  };
}

export function formatWholeRun(r: WholeRun): string {
  const verdict = chaosVerdict(r, 'right verdicts', r.cause?.slice(0, 300));
  return `run ${String(r.index).padStart(3)}: ${r.targetFault ? `fault ${r.targetFault}` : 'faithful'}, every connection cut ${r.afterMs} ms after the first; ${r.fired.join('; ') || 'the cut did not fire (the run had ended)'}; ${r.recovered} recovered → ${verdict}, exit ${r.exitCode} (${(r.ms / 1000).toFixed(1)} s)${r.kept ? `; its reports kept in ${r.kept}` : ''}`;
}
