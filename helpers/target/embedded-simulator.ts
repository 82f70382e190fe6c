/**
 * The embedded simulator as the suite sees it, and the suite's only way into simulator/ (the import
 * rule in .dependency-cruiser.cjs holds every other module to that): start it as a target, and read
 * its catalogue of faults and legal variants (the self-test runs them; the judges' tests apply them).
 */
import { findDeviation, startSimulator } from '../../simulator/index.ts';
import { ConfigError, readConfig, type SuiteConfig, type Target, targetLabel } from './config.ts';

export type { AcceptPlan, Deviation, JsonObject } from '../../simulator/index.ts';
export { DEFAULT_PASSWORD, FAULTS, VARIANTS } from '../../simulator/index.ts';

/**
 * Checks the simulator's settings before any test: every name in GWS_SIMULATOR_FAULTS and
 * GWS_SIMULATOR_VARIANTS must be in the catalogue (a ConfigError lists the valid ones).
 */
export function checkEmbeddedSettings(config: SuiteConfig): void {
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
  checkEmbeddedSettings(config);
  const sim = await startSimulator({
    port: 0,
    agents: config.agents.length > 0 ? config.agents : Math.max(4, config.concurrentAgents),
    faults: config.simulatorFaults,
    variants: config.simulatorVariants,
    services: [config.gmsService],
    bayeux: config.simulatorBayeux,
    logLevel: 'silent',
  });
  const resolved = readConfig(env, sim.agents);
  return {
    target: {
      config: { ...resolved, baseUrl: sim.baseUrl, agents: sim.agents, gmsBaseUrl: sim.gmsBase },
      label: targetLabel(resolved),
    },
    stop: () => sim.stop(),
  };
}
