/**
 * Complete, as the suite knows it so far: its declaration and the simulator's handler (its requirements,
 * scenarios and faults are to come). operations/index.ts lists it.
 */
import { COMPLETE } from './operation.ts';
import { COMPLETE_HANDLER } from './simulator/handler.ts';

export const complete = {
  declaration: COMPLETE,
  requirements: [],
  openChoices: [],
  scenarios: [],
  traces: [],
  simulator: { handler: COMPLETE_HANDLER, faults: [], variants: [] },
};
