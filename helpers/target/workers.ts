/**
 * How many scenarios run side by side, and on which agents. Each worker takes its own slice of the
 * account pool (GWS_AGENTS), big enough for the scenario that needs most (the concurrency spec), and,
 * on a staging target, its own GMS service (GMS_SERVICE, comma-separated): chats routed to one service
 * reach whichever Ready agent routing picks, so two workers on one service would be offered each
 * other's chats. The embedded simulator gives each worker a simulator of its own. Shards (Playwright's
 * --shard=i/n) take disjoint slices too: shard i uses the slots after those of shards 1..i-1.
 */
import type { SuiteConfig, Target } from './config.ts';
import { ConfigError } from './config-error.ts';

/**
 * Workers on the embedded simulator by default: one. It drives every scenario side by side, each on a
 * simulator of its own (specs/fixtures.ts), in one process that loads TypeScript once; more workers
 * each load TypeScript and drive their share one after another, for more CPU and no less wall time
 * (npm run bench compares 1, 2 and 4: docs/measured.json, "workers").
 */
export const SIMULATOR_WORKERS = 1;

export interface WorkerPlan {
  workers: number;
  /** Accounts each worker gets (staging). */
  perWorker: number;
  /** Why fewer workers run than asked, if so. */
  limitedBy?: string;
  /**
   * On a server: how many runs each worker drives side by side on its GMS service, each on a lane of
   * RUN_ACCOUNTS accounts of the worker's share (the concurrency spec's on more: specs/fixtures.ts);
   * 1: one run at a time.
   */
  lanes?: number;
}

/**
 * The accounts a run brings online (an agent and one beside it: an observer, the next agent Ready):
 * a lane of a shared server's accounts. The concurrency spec's run takes GWS_CONCURRENT_AGENTS, as
 * many lanes as that needs (ScenarioRun.agents).
 */
export const RUN_ACCOUNTS = 2;

/**
 * Lanes of a worker's share of the pool (targetOfSlot with `slots`): its accounts in lanes of
 * RUN_ACCOUNTS, side by side once the share holds two of the largest run (the concurrency spec's);
 * else 1, one run at a time; 1 when chats do not come from GMS.
 */
export function lanesOf(config: SuiteConfig, slots: number): number {
  if (config.chatSource !== 'gms') return 1;
  const per = perWorkerAccounts(config);
  const share = Math.max(per, Math.floor(config.agents.length / slots));
  return share < 2 * per ? 1 : Math.floor(share / RUN_ACCOUNTS);
}

/** What a run tells its user of the runs a worker drives side by side on a server, if it does. */
export function sideBySideLine(config: SuiteConfig, plan: WorkerPlan): string | undefined {
  if (!plan.lanes || plan.lanes < 2) return undefined;
  return `${plan.lanes} runs side by side on ${plan.workers > 1 ? 'each GMS service' : `GMS service ${config.gmsService}`}, each on ${RUN_ACCOUNTS} accounts of its own (GWS_AGENTS; the concurrency spec's run on ${perWorkerAccounts(config)}, GWS_CONCURRENT_AGENTS); the exclusive part of each (an agent Ready until its offers arrived) one at a time`;
}

export function perWorkerAccounts(config: SuiteConfig): number {
  return Math.max(2, config.concurrentAgents);
}

/**
 * Workers for one shard (`shards` in all): what GWS_WORKERS (or Playwright's --workers, `explicit`)
 * asks, as far as the pool and the services allow. A pool too small for one worker per shard is a
 * configuration error; so is --workers beyond what the pool allows on a staging target.
 */
export function workerPlan(config: SuiteConfig, shards = 1, explicit?: number): WorkerPlan {
  const per = perWorkerAccounts(config);
  if (!config.baseUrl) return { workers: explicit ?? config.workers ?? SIMULATOR_WORKERS, perWorker: per };
  const asked = explicit ?? config.workers ?? Math.max(1, config.gmsServices.length);
  const byAccounts = Math.floor(config.agents.length / per / shards);
  const byServices = config.chatSource === 'external' ? 1 : Math.floor(config.gmsServices.length / shards);
  if (byAccounts < 1)
    throw new ConfigError(
      'GWS_AGENTS',
      `${config.agents.length} accounts cannot give each of ${shards} shards a worker of ${per} (GWS_CONCURRENT_AGENTS)`,
      `List at least ${per * shards} accounts, run fewer shards, or lower GWS_CONCURRENT_AGENTS.`,
    );
  if (byServices < 1)
    throw new ConfigError(
      'GMS_SERVICE',
      `${config.gmsServices.length} service${config.gmsServices.length > 1 ? 's' : ''} cannot give each of ${shards} shards its own (chats of one service reach whichever agent routing picks)`,
      `List at least ${shards} services, comma-separated, each routed to its own slice of GWS_AGENTS, or run fewer shards.`,
    );
  const limit = Math.min(byAccounts, byServices);
  if (explicit !== undefined && explicit > limit)
    throw new ConfigError(
      '--workers',
      `${explicit} workers asked, the account pool and services allow ${limit} on this target`,
      'Drop --workers (GWS_WORKERS runs as many as the pool allows and says why not more), or add accounts and services.',
    );
  const workers = Math.max(1, Math.min(asked, byAccounts, byServices));
  const limits = [
    byAccounts < asked
      ? `${config.agents.length} accounts in GWS_AGENTS make ${byAccounts || 1} slice${byAccounts > 1 ? 's' : ''} of ${per}${shards > 1 ? ` per shard of ${shards}` : ''} (GWS_CONCURRENT_AGENTS needs ${per} a worker)`
      : '',
    byServices < asked
      ? config.chatSource === 'external'
        ? 'GWS_CHAT_SOURCE=external: chats started by hand cannot be aimed at a worker'
        : `GMS_SERVICE lists ${config.gmsServices.length} service${config.gmsServices.length > 1 ? 's' : ''}${shards > 1 ? ` for ${shards} shards` : ''}, one per worker (each routed to its slice of GWS_AGENTS)`
      : '',
  ].filter(Boolean);
  return {
    workers,
    perWorker: per,
    lanes: lanesOf(config, workers * shards),
    ...(workers < asked ? { limitedBy: limits.join('; ') } : {}),
  };
}

/** Playwright's --shard=i/n (or --shard i/n) in the arguments: which shard this run is. */
export function parseShard(args: readonly string[]): { index: number; count: number } {
  return askedShard(args) ?? { index: 1, count: 1 };
}

/** The --shard=i/n (or --shard i/n) the arguments give, if they give one. */
export function askedShard(args: readonly string[]): { index: number; count: number } | undefined {
  const at = args.findIndex((a) => a === '--shard' || a.startsWith('--shard='));
  if (at < 0) return undefined;
  const raw = args[at].startsWith('--shard=') ? args[at].slice('--shard='.length) : (args[at + 1] ?? '');
  const m = /^(\d+)\/(\d+)$/.exec(raw);
  if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2]))
    throw new ConfigError('--shard', `"${raw}" is not a shard`, 'Write --shard=i/n, with 1 <= i <= n (shard i of n).');
  return { index: Number(m[1]), count: Number(m[2]) };
}

/** Playwright's --workers=N / -j N in the arguments, if given. */
export function explicitWorkers(args: readonly string[]): number | undefined {
  const at = args.findIndex((a) => a === '--workers' || a === '-j' || a.startsWith('--workers=') || a.startsWith('-j='));
  if (at < 0) return undefined;
  const raw = args[at].includes('=') ? args[at].split('=')[1] : (args[at + 1] ?? '');
  if (!/^\d+$/.test(raw) || Number(raw) < 1)
    throw new ConfigError('--workers', `"${raw}" is not a number of workers`, 'Write --workers=N with N at least 1, or drop it.');
  return Number(raw);
}

/**
 * The slot of a worker: shard i of n (Playwright's --shard, each shard with the same number of
 * workers) takes the slots after those of shards 1..i-1, and its workers one each.
 */
export function workerSlot(run: { shard: { current: number } | null; workers: number }, parallelIndex: number): number {
  return ((run.shard?.current ?? 1) - 1) * run.workers + parallelIndex;
}

/** How many slots a run has: its workers, in each of its shards. */
export function slotsOf(run: { shard: { total: number } | null; workers: number }): number {
  return (run.shard?.total ?? 1) * run.workers;
}

/**
 * The target as one worker of a staging target sees it: its slot's accounts and GMS service. Given
 * `slots` (slotsOf), each slot takes an equal share of the pool, at least the accounts a worker needs:
 * the runs of a worker go side by side on lanes of its share (specs/fixtures.ts).
 */
export function targetOfSlot(target: Target, slot: number, slots?: number): Target {
  const c = target.config;
  const perWorker = slots ? Math.max(perWorkerAccounts(c), Math.floor(c.agents.length / slots)) : perWorkerAccounts(c);
  const agents = c.agents.slice(slot * perWorker, (slot + 1) * perWorker);
  if (agents.length < perWorker)
    throw new Error(
      `worker slot ${slot} needs ${perWorker} accounts of GWS_AGENTS, there are ${c.agents.length}: the worker plan should not have made it`,
    );
  return { ...target, config: { ...c, agents, gmsService: c.gmsServices[slot] ?? c.gmsService } };
}
