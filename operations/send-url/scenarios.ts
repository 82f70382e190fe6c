/**
 * SendUrl's scenarios: those of every operation that adds one entry (helpers/scenarios/entry-scenario.ts),
 * judged by the generic conditions called with its requirements. The value sent holds an ampersand, so
 * an entry that escapes it shows.
 */
import { entryOperationChecks, entryOperationErrorChecks } from '../../helpers/judges/conditions/index.ts';
import { entryScenarios } from '../../helpers/scenarios/entry-scenario.ts';
import { SEND_URL_STEP, SEND_URL_SUBJECT } from './judging.ts';
import { SEND_URL } from './operation.ts';

export const SEND_URL_SCENARIOS = entryScenarios({
  operation: SEND_URL,
  kind: 'send-url',
  step: SEND_URL_STEP,
  title: 'The agent sends a URL in an accepted chat',
  body: { operationName: 'SendUrl', url: 'https://www.example.com/help?topic=chat&lang=en' },
  checks: entryOperationChecks(SEND_URL_SUBJECT, 'SENDURL'),
  errorChecks: entryOperationErrorChecks(SEND_URL_SUBJECT, 'SENDURL'),
});
