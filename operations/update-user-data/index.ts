/**
 * UpdateUserData, as the suite knows it: its declaration, the requirements, scenarios, faults and handler of an
 * operation that changes a chat's userData, its traceability rows and equivalents. operations/index.ts
 * lists it.
 */
import { UPDATE_USER_DATA_EQUIVALENTS } from './mutation/equivalents.ts';
import { UPDATE_USER_DATA } from './operation.ts';
import { UPDATE_USER_DATA_CATALOGUE } from './requirements.ts';
import { UPDATE_USER_DATA_SCENARIOS } from './scenarios.ts';
import { UPDATE_USER_DATA_SIMULATED } from './simulator/index.ts';
import { UPDATE_USER_DATA_TRACES } from './trace.ts';

export const updateUserData = {
  declaration: UPDATE_USER_DATA,
  requirements: UPDATE_USER_DATA_CATALOGUE,
  openChoices: [],
  scenarios: UPDATE_USER_DATA_SCENARIOS,
  traces: UPDATE_USER_DATA_TRACES,
  simulator: UPDATE_USER_DATA_SIMULATED,
  equivalents: UPDATE_USER_DATA_EQUIVALENTS,
};
