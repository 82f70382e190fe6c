/**
 * The embedded simulator as the suite sees it, and the suite's only way into simulator/ (the import
 * rule in .dependency-cruiser.cjs holds every other module to that): start it as a target, and read
 * its catalogue of faults and legal variants (the self-test runs them; the judges' tests apply them).
 */
import { findDeviation, startSimulator } from '../../simulator/index.ts';
import { ConfigError, readConfig, type SuiteConfig, type Target } from './config.ts';

export type { AcceptPlan, Deviation, JsonObject } from '../../simulator/index.ts';
export { DEFAULT_PASSWORD, FAULTS, VARIANTS } from '../../simulator/index.ts';

/**
 * Starts the simulator on a free port with GWS_SIMULATOR_FAULTS / GWS_SIMULATOR_VARIANTS (a misspelled
 * name is a ConfigError naming the variable), and returns it as the target the configuration describes.
 */
export async function startEmbeddedTarget(env: NodeJS.ProcessEnv, config: SuiteConfig): Promise<{ target: Target; stop(): Promise<void> }> {
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
  const sim = await startSimulator({
    port: 0,
    agents: config.agents.length > 0 ? config.agents : Math.max(4, config.concurrentAgents),
    faults: config.simulatorFaults,
    variants: config.simulatorVariants,
    services: [config.gmsService],
    logLevel: 'silent',
  });
  const resolved = readConfig(env, sim.agents);
  const deviations = [...sim.faults.map((f) => `fault ${f}`), ...sim.variants.map((v) => `variant ${v}`)];
  return {
    target: {
      config: { ...resolved, baseUrl: sim.baseUrl, agents: sim.agents, gmsBaseUrl: sim.gmsBase },
      label: `embedded simulator${deviations.length > 0 ? ` (${deviations.join(', ')})` : ''}`,
    },
    stop: () => sim.stop(),
  };
}
