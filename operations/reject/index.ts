/**
 * Reject, as the suite knows it: its declaration, requirement catalogue, scenarios and traceability
 * rows, and the simulator's handler with its faults and variants. operations/index.ts lists it.
 */
import { REJECT_EQUIVALENTS } from './mutation/equivalents.ts';
import { REJECT } from './operation.ts';
import { REJECT_CATALOGUE } from './requirements.ts';
import { REJECT_SCENARIOS } from './scenarios/index.ts';
import { REJECT_SIMULATED } from './simulator/index.ts';
import { REJECT_TRACES } from './trace.ts';

export const reject = {
  declaration: REJECT,
  requirements: REJECT_CATALOGUE,
  openChoices: [],
  scenarios: REJECT_SCENARIOS,
  traces: REJECT_TRACES,
  simulator: REJECT_SIMULATED,
  equivalents: REJECT_EQUIVALENTS,
};
