/**
 * How SendMessage's checks state their results: the judging helpers bound to its catalogue (a
 * misspelled requirement does not compile), and the subject the generic conditions judge: SendMessage,
 * at the drive's `send-message` step.
 */
import type { Check } from '../../helpers/judges/check.ts';
import { judgesOf } from '../../helpers/judges/check.ts';
import type { OperationSubject } from '../../helpers/judges/conditions/index.ts';
import { SEND_MESSAGE } from './operation.ts';
import { SEND_MESSAGE_CATALOGUE } from './requirements.ts';

export type SendMessageId = (typeof SEND_MESSAGE_CATALOGUE)[number]['id'];
export type SendMessageCheck = Check<SendMessageId>;

/** The drive's step that marks a SendMessage. */
export const SEND_MESSAGE_STEP = 'send-message';

export const SENT: OperationSubject<SendMessageId> = {
  operation: SEND_MESSAGE,
  step: SEND_MESSAGE_STEP,
  judging: judgesOf(SEND_MESSAGE_CATALOGUE),
};
