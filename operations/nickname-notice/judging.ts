/**
 * How SendNicknameUpdatedNotice's checks state their results: the judging helpers bound to its catalogue (a misspelled
 * requirement does not compile), and the subject the generic conditions judge, at the drive's
 * `nickname-notice` step.
 */
import { judgesOf } from '../../helpers/judges/check.ts';
import type { OperationSubject } from '../../helpers/judges/conditions/index.ts';
import { NICKNAME_NOTICE } from './operation.ts';
import { NICKNAME_NOTICE_CATALOGUE } from './requirements.ts';

export type SendNicknameUpdatedNoticeId = (typeof NICKNAME_NOTICE_CATALOGUE)[number]['id'];

/** The drive's step that marks the operation. */
export const NICKNAME_NOTICE_STEP = 'nickname-notice';

export const NICKNAME_NOTICE_SUBJECT: OperationSubject<SendNicknameUpdatedNoticeId> = {
  operation: NICKNAME_NOTICE,
  step: NICKNAME_NOTICE_STEP,
  judging: judgesOf(NICKNAME_NOTICE_CATALOGUE),
};
