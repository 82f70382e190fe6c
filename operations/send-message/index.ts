/**
 * SendMessage, as the suite knows it: its declaration, requirement catalogue, scenarios and
 * traceability rows, and the simulator's handler with its faults and variants. operations/index.ts
 * lists it.
 */
import { SEND_MESSAGE_EQUIVALENTS } from './mutation/equivalents.ts';
import { SEND_MESSAGE } from './operation.ts';
import { SEND_MESSAGE_CATALOGUE } from './requirements.ts';
import { SEND_MESSAGE_SCENARIOS } from './scenarios/index.ts';
import { SEND_MESSAGE_SIMULATED } from './simulator/index.ts';
import { SEND_MESSAGE_TRACES } from './trace.ts';

export const sendMessage = {
  declaration: SEND_MESSAGE,
  requirements: SEND_MESSAGE_CATALOGUE,
  openChoices: [],
  scenarios: SEND_MESSAGE_SCENARIOS,
  traces: SEND_MESSAGE_TRACES,
  simulator: SEND_MESSAGE_SIMULATED,
  equivalents: SEND_MESSAGE_EQUIVALENTS,
};
