/**
 * The embedded simulator as the suite sees it, and the suite's only way into simulator/ (the import
 * rule in .dependency-cruiser.cjs holds every other module to that): start it as a target, serving the
 * operations it is given (operations/index.ts: each one's handler and its catalogue of faults and legal
 * variants), with the deviations the settings name.
 */
import { findDeviation, type SimulatedOperation, startSimulator } from '../../simulator/index.ts';
import { readConfig, type SuiteConfig, type Target, targetLabel } from './config.ts';
import { ConfigError } from './config-error.ts';
import { REAL_SERVER_WAITS } from './waits.ts';

export type { Deviation, JsonObject, Plan, PlanContext, SimulatedOperation } from '../../simulator/index.ts';
export { CONVERSATION_FAULTS, DEFAULT_PASSWORD } from '../../simulator/index.ts';

/**
 * The configuration for the embedded simulator: its settings checked before any test (every name in
 * GWS_SIMULATOR_FAULTS and GWS_SIMULATOR_VARIANTS must be in the catalogue; a ConfigError lists the
 * valid ones), and its waits (`withVariantWaits`).
 */
export function embeddedConfig(
  config: SuiteConfig,
  operations: readonly SimulatedOperation[],
  env: NodeJS.ProcessEnv = process.env,
): SuiteConfig {
  checkNames(config, operations);
  return withVariantWaits(config, operations, env);
}

/**
 * A real server's waits when a variant switched on imitates a real server's delays (slow-server): the
 * simulator's shorter defaults would fail it, and the variant is there to prove a real server's. Waits
 * set explicitly (GWS_NOTIFICATION_TIMEOUT_MS, GWS_QUIET_WINDOW_MS) stay as set. A conversation's turns
 * wait the quiet window when a deviation switched on sends anything later (lateMs, a fault's timing):
 * what it sends late must stay its turn's; a variant imitating a server's delays (timing) has the
 * turns follow each other at once, as against a server.
 */
function withVariantWaits(config: SuiteConfig, operations: readonly SimulatedOperation[], env: NodeJS.ProcessEnv): SuiteConfig {
  const faults = config.simulatorFaults.map((name) => findDeviation(operations, 'fault', name).deviation);
  const on = [...faults, ...config.simulatorVariants.map((name) => findDeviation(operations, 'variant', name).deviation)];
  const timed = on.some((d) => d.timing);
  const set = (name: string) => Boolean(env[name]?.trim());
  const waits = {
    ...config,
    ...(timed && !set('GWS_NOTIFICATION_TIMEOUT_MS') ? { notificationTimeoutMs: REAL_SERVER_WAITS.notificationTimeoutMs } : {}),
    ...(timed && !set('GWS_QUIET_WINDOW_MS') ? { quietWindowMs: REAL_SERVER_WAITS.quietWindowMs } : {}),
  };
  // A fault that sends late is judged by windows (exactly its IDs); a legal variant that imitates a
  // server's delays is driven as a server is: its turns may send as late as a server's (the quiet
  // window), and follow each other at once as everywhere (config.turnWaitMs 0).
  if (on.some((d) => d.lateMs) || faults.some((d) => d.timing))
    return { ...waits, turnWindowMs: waits.quietWindowMs, turnWaitMs: waits.quietWindowMs };
  return timed ? { ...waits, turnWindowMs: waits.quietWindowMs } : waits;
}

function checkNames(config: SuiteConfig, operations: readonly SimulatedOperation[]): void {
  for (const [variable, kind, names] of [
    ['GWS_SIMULATOR_FAULTS', 'fault', config.simulatorFaults],
    ['GWS_SIMULATOR_VARIANTS', 'variant', config.simulatorVariants],
  ] as const) {
    for (const name of names) {
      try {
        findDeviation(operations, kind, name);
      } catch (err) {
        throw new ConfigError(variable, (err as Error).message, `Fix the name, or unset ${variable}.`);
      }
    }
  }
}

/**
 * Starts the simulator on a free port with GWS_SIMULATOR_FAULTS / GWS_SIMULATOR_VARIANTS (checked
 * first), and returns it as the target the configuration describes.
 */
export async function startEmbeddedTarget(
  env: NodeJS.ProcessEnv,
  config: SuiteConfig,
  operations: readonly SimulatedOperation[],
): Promise<{ target: Target; stop(): Promise<void> }> {
  checkNames(config, operations);
  const sim = await startSimulator({
    operations,
    port: 0,
    agents: config.agents.length > 0 ? config.agents : Math.max(4, config.concurrentAgents),
    faults: config.simulatorFaults,
    variants: config.simulatorVariants,
    services: [config.gmsService],
    bayeux: config.simulatorBayeux,
    logLevel: 'silent',
  });
  // The names were checked before the simulator started.
  const resolved = withVariantWaits(readConfig(env, sim.agents), operations, env);
  return {
    target: {
      config: { ...resolved, baseUrl: sim.baseUrl, agents: sim.agents, gmsBaseUrl: sim.gmsBase },
      label: targetLabel(resolved),
    },
    stop: () => sim.stop(),
  };
}
