/**
 * The simulator's public face: start one, with the chat operations it serves and the catalogue of
 * faults and legal variants they declare. The suite reaches the simulator through this module only
 * (helpers/target/embedded-simulator.ts); the operations' folders declare their handlers and
 * deviations with the types exported here.
 */

export { CONVERSATION_FAULTS } from './conversation-faults.ts';
export { catalogueOf, type DeviationKind, findDeviation } from './operations/catalogue.ts';
export type { Bend, Deviation, Instead, OperationCall, Rule, SimOperation, SimulatedOperation, Timing } from './operations/operation.ts';
export type { Delivery, Json, JsonObject, Plan, PlanContext } from './operations/plan.ts';
export type { LogLevel, RunningSimulator, SimulatorOptions } from './options.ts';
export { DEFAULT_PASSWORD, DEFAULT_SERVICES } from './options.ts';
export type { SimSwitch } from './switches.ts';

import type { RunningSimulator, SimulatorOptions } from './options.ts';

/**
 * Starts a simulator. The server's modules (HTTP, both Bayeux servers, logging) load on the first
 * start only: a process that only reads the catalogue (the conformance command checking its settings)
 * does not pay for them.
 */
export async function startSimulator(options: SimulatorOptions): Promise<RunningSimulator> {
  const server = await import('./server.ts');
  return server.startSimulator(options);
}
