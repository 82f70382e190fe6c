/**
 * SendNicknameUpdatedNotice's scenarios: those of every operation that adds one entry (helpers/scenarios/entry-scenario.ts),
 * judged by the generic conditions called with its requirements. The value sent holds an ampersand, so
 * an entry that escapes it shows.
 */
import { entryOperationChecks, entryOperationErrorChecks } from '../../helpers/judges/conditions/index.ts';
import { entryScenarios } from '../../helpers/scenarios/entry-scenario.ts';
import { NICKNAME_NOTICE_STEP, NICKNAME_NOTICE_SUBJECT } from './judging.ts';
import { NICKNAME_NOTICE } from './operation.ts';

export const NICKNAME_NOTICE_SCENARIOS = entryScenarios({
  operation: NICKNAME_NOTICE,
  kind: 'nickname-notice',
  step: NICKNAME_NOTICE_STEP,
  title: 'The agent announces a new nickname in an accepted chat',
  body: { operationName: 'SendNicknameUpdatedNotice', noticeText: 'Marat & Co' },
  checks: entryOperationChecks(NICKNAME_NOTICE_SUBJECT, 'NICKNAME'),
  errorChecks: entryOperationErrorChecks(NICKNAME_NOTICE_SUBJECT, 'NICKNAME'),
});
