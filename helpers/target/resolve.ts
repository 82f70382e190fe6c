/**
 * Resolves the target from the configuration: the GWS server at GWS_BASE_URL, or else the embedded
 * simulator, started here (port 0) serving `operations` (the suite's), with GWS_SIMULATOR_FAULTS /
 * GWS_SIMULATOR_VARIANTS.
 */
import { readConfig, type SuiteConfig, type Target, targetLabel } from './config.ts';
import { type SimulatedOperation, startEmbeddedTarget } from './embedded-simulator.ts';

export interface ResolvedTarget {
  target: Target;
  embedded: boolean;
  stop(): Promise<void>;
}

export async function resolveTarget(env: NodeJS.ProcessEnv, operations: readonly SimulatedOperation[]): Promise<ResolvedTarget> {
  const config: SuiteConfig = readConfig(env);
  if (config.baseUrl) {
    return {
      target: { config: { ...config, baseUrl: config.baseUrl }, label: targetLabel(config) },
      embedded: false,
      stop: async () => undefined,
    };
  }
  const { target, stop } = await startEmbeddedTarget(env, config, operations);
  return { target, embedded: true, stop };
}
