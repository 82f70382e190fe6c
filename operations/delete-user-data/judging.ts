/**
 * How DeleteUserData's checks state their results: the judging helpers bound to its catalogue (a misspelled
 * requirement does not compile), and the subject the generic conditions judge, at the drive's
 * `delete-user-data` step.
 */
import { judgesOf } from '../../helpers/judges/check.ts';
import type { OperationSubject } from '../../helpers/judges/conditions/index.ts';
import { DELETE_USER_DATA } from './operation.ts';
import { DELETE_USER_DATA_CATALOGUE } from './requirements.ts';

export type DeleteUserDataId = (typeof DELETE_USER_DATA_CATALOGUE)[number]['id'];

/** The drive's step that marks the operation. */
export const DELETE_USER_DATA_STEP = 'delete-user-data';

export const DELETE_USER_DATA_SUBJECT: OperationSubject<DeleteUserDataId> = {
  operation: DELETE_USER_DATA,
  step: DELETE_USER_DATA_STEP,
  judging: judgesOf(DELETE_USER_DATA_CATALOGUE),
};
