/**
 * Leave, as the suite knows it: its declaration, requirement catalogue, scenarios and traceability rows,
 * and the simulator's handler with its faults and variants. operations/index.ts lists it.
 */
import { LEAVE_EQUIVALENTS } from './mutation/equivalents.ts';
import { LEAVE } from './operation.ts';
import { LEAVE_CATALOGUE } from './requirements.ts';
import { LEAVE_SCENARIOS } from './scenarios/index.ts';
import { LEAVE_SIMULATED } from './simulator/index.ts';
import { LEAVE_TRACES } from './trace.ts';

export const leave = {
  declaration: LEAVE,
  requirements: LEAVE_CATALOGUE,
  openChoices: [],
  scenarios: LEAVE_SCENARIOS,
  traces: LEAVE_TRACES,
  simulator: LEAVE_SIMULATED,
  equivalents: LEAVE_EQUIVALENTS,
};
