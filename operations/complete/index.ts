/**
 * Complete, as the suite knows it: its declaration, requirement catalogue, scenarios and traceability
 * rows, and the simulator's handler with its faults and variants. operations/index.ts lists it.
 */
import { COMPLETE_EQUIVALENTS } from './mutation/equivalents.ts';
import { COMPLETE } from './operation.ts';
import { COMPLETE_CATALOGUE } from './requirements.ts';
import { COMPLETE_SCENARIOS } from './scenarios/index.ts';
import { COMPLETE_SIMULATED } from './simulator/index.ts';
import { COMPLETE_TRACES } from './trace.ts';

export const complete = {
  declaration: COMPLETE,
  requirements: COMPLETE_CATALOGUE,
  openChoices: [],
  scenarios: COMPLETE_SCENARIOS,
  traces: COMPLETE_TRACES,
  simulator: COMPLETE_SIMULATED,
  equivalents: COMPLETE_EQUIVALENTS,
};
