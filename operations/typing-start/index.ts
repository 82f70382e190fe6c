/**
 * SendStartTypingNotification, as the suite knows it: its declaration, the requirements, scenarios, faults and handler of an
 * operation that adds one entry, its traceability rows and equivalents. operations/index.ts lists it.
 */
import { TYPING_START_EQUIVALENTS } from './mutation/equivalents.ts';
import { TYPING_START } from './operation.ts';
import { TYPING_START_CATALOGUE } from './requirements.ts';
import { TYPING_START_SCENARIOS } from './scenarios.ts';
import { TYPING_START_SIMULATED } from './simulator/index.ts';
import { TYPING_START_TRACES } from './trace.ts';

export const typingStart = {
  declaration: TYPING_START,
  requirements: TYPING_START_CATALOGUE,
  openChoices: [],
  scenarios: TYPING_START_SCENARIOS,
  traces: TYPING_START_TRACES,
  simulator: TYPING_START_SIMULATED,
  equivalents: TYPING_START_EQUIVALENTS,
};
