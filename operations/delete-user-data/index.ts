/**
 * DeleteUserData, as the suite knows it: its declaration, the requirements, scenarios, faults and handler of an
 * operation that changes a chat's userData, its traceability rows and equivalents. operations/index.ts
 * lists it.
 */
import { DELETE_USER_DATA_EQUIVALENTS } from './mutation/equivalents.ts';
import { DELETE_USER_DATA } from './operation.ts';
import { DELETE_USER_DATA_CATALOGUE } from './requirements.ts';
import { DELETE_USER_DATA_SCENARIOS } from './scenarios.ts';
import { DELETE_USER_DATA_SIMULATED } from './simulator/index.ts';
import { DELETE_USER_DATA_TRACES } from './trace.ts';

export const deleteUserData = {
  declaration: DELETE_USER_DATA,
  requirements: DELETE_USER_DATA_CATALOGUE,
  openChoices: [],
  scenarios: DELETE_USER_DATA_SCENARIOS,
  traces: DELETE_USER_DATA_TRACES,
  simulator: DELETE_USER_DATA_SIMULATED,
  equivalents: DELETE_USER_DATA_EQUIVALENTS,
};
