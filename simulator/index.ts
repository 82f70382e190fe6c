/**
 * The simulator's public face: start one, and the catalogue of faults and legal variants it can be
 * started with. The suite reaches the simulator through this module only (helpers/target/embedded-simulator.ts).
 */

export type { AcceptPlan, Deviation, JsonObject } from './faults/index.ts';
export { FAULTS, findDeviation, VARIANTS } from './faults/index.ts';
export type { LogLevel, RunningSimulator, SimulatorOptions } from './options.ts';
export { DEFAULT_PASSWORD, DEFAULT_SERVICES } from './options.ts';
export { startSimulator } from './server.ts';
