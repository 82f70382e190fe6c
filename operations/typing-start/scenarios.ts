/**
 * SendStartTypingNotification's scenarios: those of every operation that adds one entry (helpers/scenarios/entry-scenario.ts),
 * judged by the generic conditions called with its requirements.
 */
import { entryOperationChecks, entryOperationErrorChecks } from '../../helpers/judges/conditions/index.ts';
import { entryScenarios } from '../../helpers/scenarios/entry-scenario.ts';
import { TYPING_START_STEP, TYPING_START_SUBJECT } from './judging.ts';
import { TYPING_START } from './operation.ts';

export const TYPING_START_SCENARIOS = entryScenarios({
  operation: TYPING_START,
  kind: 'typing-start',
  step: TYPING_START_STEP,
  title: 'The agent starts typing in an accepted chat',
  body: { operationName: 'SendStartTypingNotification' },
  checks: entryOperationChecks(TYPING_START_SUBJECT, 'TYPINGSTART'),
  errorChecks: entryOperationErrorChecks(TYPING_START_SUBJECT, 'TYPINGSTART'),
});
