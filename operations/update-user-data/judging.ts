/**
 * How UpdateUserData's checks state their results: the judging helpers bound to its catalogue (a misspelled
 * requirement does not compile), and the subject the generic conditions judge, at the drive's
 * `update-user-data` step.
 */
import { judgesOf } from '../../helpers/judges/check.ts';
import type { OperationSubject } from '../../helpers/judges/conditions/index.ts';
import { UPDATE_USER_DATA } from './operation.ts';
import { UPDATE_USER_DATA_CATALOGUE } from './requirements.ts';

export type UpdateUserDataId = (typeof UPDATE_USER_DATA_CATALOGUE)[number]['id'];

/** The drive's step that marks the operation. */
export const UPDATE_USER_DATA_STEP = 'update-user-data';

export const UPDATE_USER_DATA_SUBJECT: OperationSubject<UpdateUserDataId> = {
  operation: UPDATE_USER_DATA,
  step: UPDATE_USER_DATA_STEP,
  judging: judgesOf(UPDATE_USER_DATA_CATALOGUE),
};
