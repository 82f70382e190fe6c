/**
 * Reject, as the suite knows it: its declaration, requirements, scenarios, traceability rows, and the
 * simulator's handler with its faults and variants. operations/index.ts lists it.
 */
import { REJECT } from './operation.ts';
import { REJECT_HANDLER } from './simulator/handler.ts';

export const reject = {
  declaration: REJECT,
  requirements: [],
  openChoices: [],
  scenarios: [],
  traces: [],
  simulator: { handler: REJECT_HANDLER, faults: [], variants: [] },
};
