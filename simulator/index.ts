/**
 * The simulator's public face: start one, and the catalogue of faults and legal variants it can be
 * started with. The suite reaches the simulator through this module only (helpers/target/embedded-simulator.ts).
 */

export type { AcceptPlan, Deviation, JsonObject } from './faults/index.ts';
export { FAULTS, findDeviation, VARIANTS } from './faults/index.ts';
export type { LogLevel, RunningSimulator, SimulatorOptions } from './options.ts';
export { DEFAULT_PASSWORD, DEFAULT_SERVICES } from './options.ts';

import type { RunningSimulator, SimulatorOptions } from './options.ts';

/**
 * Starts a simulator. The server's modules (HTTP, both Bayeux servers, logging) load on the first
 * start only: a process that only reads the catalogue (the conformance command checking its settings)
 * does not pay for them.
 */
export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const server = await import('./server.ts');
  return server.startSimulator(options);
}
