/**
 * The embedded simulator as the suite sees it, and the suite's only way into simulator/ (the import
 * rule in .dependency-cruiser.cjs holds every other module to that): start it as a target, and read
 * its catalogue of faults and legal variants (the self-test runs them; the judges' tests apply them).
 */
import { findDeviation, startSimulator } from '../../simulator/index.ts';
import { ConfigError, REAL_SERVER_WAITS, readConfig, type SuiteConfig, type Target, targetLabel } from './config.ts';

export type { AcceptPlan, Deviation, JsonObject } from '../../simulator/index.ts';
export { DEFAULT_PASSWORD, FAULTS, VARIANTS } from '../../simulator/index.ts';

/**
 * The configuration for the embedded simulator: checks its settings before any test (every name in
 * GWS_SIMULATOR_FAULTS and GWS_SIMULATOR_VARIANTS must be in the catalogue; a ConfigError lists the
 * valid ones), and waits as long as for a real server when a variant switched on imitates a real
 * server's delays (slow-server), unless GWS_NOTIFICATION_TIMEOUT_MS / GWS_QUIET_WINDOW_MS say otherwise.
 */
export function embeddedConfig(config: SuiteConfig, env: NodeJS.ProcessEnv = process.env): SuiteConfig {
  checkNames(config);
  const slow = config.simulatorVariants.some((name) => findDeviation('variant', name).timing);
  if (!slow) return config;
  return {
    ...config,
    ...(env.GWS_NOTIFICATION_TIMEOUT_MS?.trim()
      ? {}
      : { notificationTimeoutMs: Math.max(config.notificationTimeoutMs, REAL_SERVER_WAITS.notificationTimeoutMs) }),
    ...(env.GWS_QUIET_WINDOW_MS?.trim() ? {} : { quietWindowMs: Math.max(config.quietWindowMs, REAL_SERVER_WAITS.quietWindowMs) }),
  };
}

function checkNames(config: SuiteConfig): void {
  for (const [variable, kind, names] of [
    ['GWS_SIMULATOR_FAULTS', 'fault', config.simulatorFaults],
    ['GWS_SIMULATOR_VARIANTS', 'variant', config.simulatorVariants],
  ] as const) {
    for (const name of names) {
      try {
        findDeviation(kind, name);
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
export async function startEmbeddedTarget(env: NodeJS.ProcessEnv, config: SuiteConfig): Promise<{ target: Target; stop(): Promise<void> }> {
  checkNames(config);
  const sim = await startSimulator({
    port: 0,
    agents: config.agents.length > 0 ? config.agents : Math.max(4, config.concurrentAgents),
    faults: config.simulatorFaults,
    variants: config.simulatorVariants,
    services: [config.gmsService],
    bayeux: config.simulatorBayeux,
    logLevel: 'silent',
  });
  const resolved = embeddedConfig(readConfig(env, sim.agents), env);
  return {
    target: {
      config: { ...resolved, baseUrl: sim.baseUrl, agents: sim.agents, gmsBaseUrl: sim.gmsBase },
      label: targetLabel(resolved),
    },
    stop: () => sim.stop(),
  };
}
