/**
 * SendStopTypingNotification, as the suite knows it: its declaration, the requirements, scenarios, faults and handler of an
 * operation that adds one entry, its traceability rows and equivalents. operations/index.ts lists it.
 */
import { TYPING_STOP_EQUIVALENTS } from './mutation/equivalents.ts';
import { TYPING_STOP } from './operation.ts';
import { TYPING_STOP_CATALOGUE } from './requirements.ts';
import { TYPING_STOP_SCENARIOS } from './scenarios.ts';
import { TYPING_STOP_SIMULATED } from './simulator/index.ts';
import { TYPING_STOP_TRACES } from './trace.ts';

export const typingStop = {
  declaration: TYPING_STOP,
  requirements: TYPING_STOP_CATALOGUE,
  openChoices: [],
  scenarios: TYPING_STOP_SCENARIOS,
  traces: TYPING_STOP_TRACES,
  simulator: TYPING_STOP_SIMULATED,
  equivalents: TYPING_STOP_EQUIVALENTS,
};
