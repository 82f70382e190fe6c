/**
 * AttachUserData, as the suite knows it: its declaration, the requirements, scenarios, faults and handler of an
 * operation that changes a chat's userData, its traceability rows and equivalents. operations/index.ts
 * lists it.
 */
import { ATTACH_USER_DATA_EQUIVALENTS } from './mutation/equivalents.ts';
import { ATTACH_USER_DATA } from './operation.ts';
import { ATTACH_USER_DATA_CATALOGUE } from './requirements.ts';
import { ATTACH_USER_DATA_SCENARIOS } from './scenarios.ts';
import { ATTACH_USER_DATA_SIMULATED } from './simulator/index.ts';
import { ATTACH_USER_DATA_TRACES } from './trace.ts';

export const attachUserData = {
  declaration: ATTACH_USER_DATA,
  requirements: ATTACH_USER_DATA_CATALOGUE,
  openChoices: [],
  scenarios: ATTACH_USER_DATA_SCENARIOS,
  traces: ATTACH_USER_DATA_TRACES,
  simulator: ATTACH_USER_DATA_SIMULATED,
  equivalents: ATTACH_USER_DATA_EQUIVALENTS,
};
