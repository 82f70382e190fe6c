/**
 * How Leave's checks state their results: the judging helpers bound to its catalogue (a misspelled
 * requirement does not compile), and the subject the generic conditions judge: Leave, at the drive's
 * `leave` step.
 */
import type { Check } from '../../helpers/judges/check.ts';
import { judgesOf } from '../../helpers/judges/check.ts';
import type { OperationSubject } from '../../helpers/judges/conditions/index.ts';
import { LEAVE } from './operation.ts';
import { LEAVE_CATALOGUE } from './requirements.ts';

export type LeaveId = (typeof LEAVE_CATALOGUE)[number]['id'];
export type LeaveCheck = Check<LeaveId>;

/** The drive's step that marks a Leave. */
export const LEAVE_STEP = 'leave';

export const LEFT: OperationSubject<LeaveId> = { operation: LEAVE, step: LEAVE_STEP, judging: judgesOf(LEAVE_CATALOGUE) };
