/**
 * SendCustomNoticeToAgents's scenarios: those of every operation that adds one entry (helpers/scenarios/entry-scenario.ts),
 * judged by the generic conditions called with its requirements. The value sent holds an ampersand, so
 * an entry that escapes it shows.
 */
import { entryOperationChecks, entryOperationErrorChecks } from '../../helpers/judges/conditions/index.ts';
import { entryScenarios } from '../../helpers/scenarios/entry-scenario.ts';
import { CUSTOM_NOTICE_STEP, CUSTOM_NOTICE_SUBJECT } from './judging.ts';
import { CUSTOM_NOTICE } from './operation.ts';

export const CUSTOM_NOTICE_SCENARIOS = entryScenarios({
  operation: CUSTOM_NOTICE,
  kind: 'custom-notice',
  step: CUSTOM_NOTICE_STEP,
  title: 'The agent sends a notice to agents only in an accepted chat',
  body: { operationName: 'SendCustomNoticeToAgents', noticeText: 'Customer asks about order #4711 & a refund' },
  checks: entryOperationChecks(CUSTOM_NOTICE_SUBJECT, 'CUSTOMNOTICE'),
  errorChecks: entryOperationErrorChecks(CUSTOM_NOTICE_SUBJECT, 'CUSTOMNOTICE'),
});
