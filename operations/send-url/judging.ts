/**
 * How SendUrl's checks state their results: the judging helpers bound to its catalogue (a misspelled
 * requirement does not compile), and the subject the generic conditions judge, at the drive's
 * `send-url` step.
 */
import { judgesOf } from '../../helpers/judges/check.ts';
import type { OperationSubject } from '../../helpers/judges/conditions/index.ts';
import { SEND_URL } from './operation.ts';
import { SEND_URL_CATALOGUE } from './requirements.ts';

export type SendUrlId = (typeof SEND_URL_CATALOGUE)[number]['id'];

/** The drive's step that marks the operation. */
export const SEND_URL_STEP = 'send-url';

export const SEND_URL_SUBJECT: OperationSubject<SendUrlId> = {
  operation: SEND_URL,
  step: SEND_URL_STEP,
  judging: judgesOf(SEND_URL_CATALOGUE),
};
