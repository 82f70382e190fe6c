/**
 * SendMessage, as the suite knows it so far: its declaration and the simulator's handler (its
 * requirements, scenarios and faults are to come). operations/index.ts lists it.
 */
import { SEND_MESSAGE } from './operation.ts';
import { SEND_MESSAGE_HANDLER } from './simulator/handler.ts';

export const sendMessage = {
  declaration: SEND_MESSAGE,
  requirements: [],
  openChoices: [],
  scenarios: [],
  traces: [],
  simulator: { handler: SEND_MESSAGE_HANDLER, faults: [], variants: [] },
};
