/**
 * How AttachUserData's checks state their results: the judging helpers bound to its catalogue (a misspelled
 * requirement does not compile), and the subject the generic conditions judge, at the drive's
 * `attach-user-data` step.
 */
import { judgesOf } from '../../helpers/judges/check.ts';
import type { OperationSubject } from '../../helpers/judges/conditions/index.ts';
import { ATTACH_USER_DATA } from './operation.ts';
import { ATTACH_USER_DATA_CATALOGUE } from './requirements.ts';

export type AttachUserDataId = (typeof ATTACH_USER_DATA_CATALOGUE)[number]['id'];

/** The drive's step that marks the operation. */
export const ATTACH_USER_DATA_STEP = 'attach-user-data';

export const ATTACH_USER_DATA_SUBJECT: OperationSubject<AttachUserDataId> = {
  operation: ATTACH_USER_DATA,
  step: ATTACH_USER_DATA_STEP,
  judging: judgesOf(ATTACH_USER_DATA_CATALOGUE),
};
