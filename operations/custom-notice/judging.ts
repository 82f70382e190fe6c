/**
 * How SendCustomNoticeToAgents's checks state their results: the judging helpers bound to its catalogue (a misspelled
 * requirement does not compile), and the subject the generic conditions judge, at the drive's
 * `custom-notice` step.
 */
import { judgesOf } from '../../helpers/judges/check.ts';
import type { OperationSubject } from '../../helpers/judges/conditions/index.ts';
import { CUSTOM_NOTICE } from './operation.ts';
import { CUSTOM_NOTICE_CATALOGUE } from './requirements.ts';

export type SendCustomNoticeToAgentsId = (typeof CUSTOM_NOTICE_CATALOGUE)[number]['id'];

/** The drive's step that marks the operation. */
export const CUSTOM_NOTICE_STEP = 'custom-notice';

export const CUSTOM_NOTICE_SUBJECT: OperationSubject<SendCustomNoticeToAgentsId> = {
  operation: CUSTOM_NOTICE,
  step: CUSTOM_NOTICE_STEP,
  judging: judgesOf(CUSTOM_NOTICE_CATALOGUE),
};
