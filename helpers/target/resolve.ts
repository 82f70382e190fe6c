/**
 * Resolves the target from the configuration: the GWS server at GWS_BASE_URL, or else the embedded
 * simulator, started here (port 0) with GWS_SIMULATOR_FAULTS / GWS_SIMULATOR_VARIANTS.
 */
import { ConfigError, readConfig, type SuiteConfig } from './config.ts';
import type { Target } from './config.ts';
import { findDeviation } from '../../simulator/faults.ts';
import { startSimulator } from '../../simulator/server.ts';

export interface ResolvedTarget {
  target: Target;
  embedded: boolean;
  stop(): Promise<void>;
}

export async function resolveTarget(env: NodeJS.ProcessEnv = process.env): Promise<ResolvedTarget> {
  const config: SuiteConfig = readConfig(env);
  if (config.baseUrl) {
    return { target: { config: { ...config, baseUrl: config.baseUrl }, label: config.baseUrl }, embedded: false, stop: async () => undefined };
  }
  for (const [variable, kind, names] of [['GWS_SIMULATOR_FAULTS', 'fault', config.simulatorFaults], ['GWS_SIMULATOR_VARIANTS', 'variant', config.simulatorVariants]] as const) {
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
    embedded: true,
    stop: () => sim.stop(),
  };
}
