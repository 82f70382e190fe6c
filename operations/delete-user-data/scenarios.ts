/**
 * DeleteUserData's scenarios: those of every operation that changes a chat's userData
 * (helpers/scenarios/properties-scenario.ts), judged by the generic conditions called with its
 * requirements. The chat starts with ConformanceTier and ConformanceChannel (GMS userData).
 */
import { propertiesOperationChecks, propertiesOperationErrorChecks } from '../../helpers/judges/conditions/index.ts';
import { propertiesScenarios } from '../../helpers/scenarios/properties-scenario.ts';
import { DELETE_USER_DATA_STEP, DELETE_USER_DATA_SUBJECT } from './judging.ts';
import { DELETE_USER_DATA } from './operation.ts';

export const DELETE_USER_DATA_SCENARIOS = propertiesScenarios({
  operation: DELETE_USER_DATA,
  kind: 'delete-user-data',
  step: DELETE_USER_DATA_STEP,
  title: "The agent deletes a key of an accepted chat's user data",
  body: { operationName: 'DeleteUserData', keys: ['ConformanceTier'] },
  checks: propertiesOperationChecks(DELETE_USER_DATA_SUBJECT, 'DELETEDATA'),
  errorChecks: propertiesOperationErrorChecks(DELETE_USER_DATA_SUBJECT, 'DELETEDATA'),
});
