/**
 * AttachUserData's scenarios: those of every operation that changes a chat's userData
 * (helpers/scenarios/properties-scenario.ts), judged by the generic conditions called with its
 * requirements. The chat starts with ConformanceTier and ConformanceChannel (GMS userData).
 */
import { propertiesOperationChecks, propertiesOperationErrorChecks } from '../../helpers/judges/conditions/index.ts';
import { propertiesScenarios } from '../../helpers/scenarios/properties-scenario.ts';
import { ATTACH_USER_DATA_STEP, ATTACH_USER_DATA_SUBJECT } from './judging.ts';
import { ATTACH_USER_DATA } from './operation.ts';

export const ATTACH_USER_DATA_SCENARIOS = propertiesScenarios({
  operation: ATTACH_USER_DATA,
  kind: 'attach-user-data',
  step: ATTACH_USER_DATA_STEP,
  title: 'The agent attaches user data to an accepted chat',
  body: { operationName: 'AttachUserData', userData: { ConformanceNote: 'refund & return', ConformanceScore: 42 } },
  checks: propertiesOperationChecks(ATTACH_USER_DATA_SUBJECT, 'ATTACHDATA'),
  errorChecks: propertiesOperationErrorChecks(ATTACH_USER_DATA_SUBJECT, 'ATTACHDATA'),
});
