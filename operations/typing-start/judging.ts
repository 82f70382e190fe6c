/**
 * How SendStartTypingNotification's checks state their results: the judging helpers bound to its catalogue (a misspelled
 * requirement does not compile), and the subject the generic conditions judge, at the drive's
 * `start-typing` step.
 */
import { judgesOf } from '../../helpers/judges/check.ts';
import type { OperationSubject } from '../../helpers/judges/conditions/index.ts';
import { TYPING_START } from './operation.ts';
import { TYPING_START_CATALOGUE } from './requirements.ts';

export type SendStartTypingNotificationId = (typeof TYPING_START_CATALOGUE)[number]['id'];

/** The drive's step that marks the operation. */
export const TYPING_START_STEP = 'start-typing';

export const TYPING_START_SUBJECT: OperationSubject<SendStartTypingNotificationId> = {
  operation: TYPING_START,
  step: TYPING_START_STEP,
  judging: judgesOf(TYPING_START_CATALOGUE),
};
