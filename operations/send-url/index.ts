/**
 * SendUrl, as the suite knows it: its declaration, the requirements, scenarios, faults and handler of an
 * operation that adds one entry, its traceability rows and equivalents. operations/index.ts lists it.
 */
import { SEND_URL_EQUIVALENTS } from './mutation/equivalents.ts';
import { SEND_URL } from './operation.ts';
import { SEND_URL_CATALOGUE } from './requirements.ts';
import { SEND_URL_SCENARIOS } from './scenarios.ts';
import { SEND_URL_SIMULATED } from './simulator/index.ts';
import { SEND_URL_TRACES } from './trace.ts';

export const sendUrl = {
  declaration: SEND_URL,
  requirements: SEND_URL_CATALOGUE,
  openChoices: [],
  scenarios: SEND_URL_SCENARIOS,
  traces: SEND_URL_TRACES,
  simulator: SEND_URL_SIMULATED,
  equivalents: SEND_URL_EQUIVALENTS,
};
