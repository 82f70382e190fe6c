/**
 * How SendStopTypingNotification's checks state their results: the judging helpers bound to its catalogue (a misspelled
 * requirement does not compile), and the subject the generic conditions judge, at the drive's
 * `stop-typing` step.
 */
import { judgesOf } from '../../helpers/judges/check.ts';
import type { OperationSubject } from '../../helpers/judges/conditions/index.ts';
import { TYPING_STOP } from './operation.ts';
import { TYPING_STOP_CATALOGUE } from './requirements.ts';

export type SendStopTypingNotificationId = (typeof TYPING_STOP_CATALOGUE)[number]['id'];

/** The drive's step that marks the operation. */
export const TYPING_STOP_STEP = 'stop-typing';

export const TYPING_STOP_SUBJECT: OperationSubject<SendStopTypingNotificationId> = {
  operation: TYPING_STOP,
  step: TYPING_STOP_STEP,
  judging: judgesOf(TYPING_STOP_CATALOGUE),
};
