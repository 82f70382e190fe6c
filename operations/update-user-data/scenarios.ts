/**
 * UpdateUserData's scenarios: those of every operation that changes a chat's userData
 * (helpers/scenarios/properties-scenario.ts), judged by the generic conditions called with its
 * requirements. The chat starts with ConformanceTier and ConformanceChannel (GMS userData).
 */
import { propertiesOperationChecks, propertiesOperationErrorChecks } from '../../helpers/judges/conditions/index.ts';
import { propertiesScenarios } from '../../helpers/scenarios/properties-scenario.ts';
import { UPDATE_USER_DATA_STEP, UPDATE_USER_DATA_SUBJECT } from './judging.ts';
import { UPDATE_USER_DATA } from './operation.ts';

export const UPDATE_USER_DATA_SCENARIOS = propertiesScenarios({
  operation: UPDATE_USER_DATA,
  kind: 'update-user-data',
  step: UPDATE_USER_DATA_STEP,
  title: "The agent overwrites a key of an accepted chat's user data",
  body: { operationName: 'UpdateUserData', userData: { ConformanceTier: 'gold', ConformanceScore: 7 } },
  checks: propertiesOperationChecks(UPDATE_USER_DATA_SUBJECT, 'UPDATEDATA'),
  errorChecks: propertiesOperationErrorChecks(UPDATE_USER_DATA_SUBJECT, 'UPDATEDATA'),
});
