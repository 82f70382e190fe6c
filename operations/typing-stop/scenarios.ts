/**
 * SendStopTypingNotification's scenarios: those of every operation that adds one entry (helpers/scenarios/entry-scenario.ts),
 * judged by the generic conditions called with its requirements.
 */
import { entryOperationChecks, entryOperationErrorChecks } from '../../helpers/judges/conditions/index.ts';
import { entryScenarios } from '../../helpers/scenarios/entry-scenario.ts';
import { TYPING_STOP_STEP, TYPING_STOP_SUBJECT } from './judging.ts';
import { TYPING_STOP } from './operation.ts';

export const TYPING_STOP_SCENARIOS = entryScenarios({
  operation: TYPING_STOP,
  kind: 'typing-stop',
  step: TYPING_STOP_STEP,
  title: 'The agent stops typing in an accepted chat',
  body: { operationName: 'SendStopTypingNotification' },
  checks: entryOperationChecks(TYPING_STOP_SUBJECT, 'TYPINGSTOP'),
  errorChecks: entryOperationErrorChecks(TYPING_STOP_SUBJECT, 'TYPINGSTOP'),
});
