/**
 * How Reject's checks state their results: the judging helpers bound to its catalogue (a misspelled
 * requirement does not compile), and the subject the generic conditions judge: Reject, at the drive's
 * `reject` step.
 */
import type { Check } from '../../helpers/judges/check.ts';
import { judgesOf } from '../../helpers/judges/check.ts';
import type { OperationSubject } from '../../helpers/judges/conditions/index.ts';
import { REJECT } from './operation.ts';
import { REJECT_CATALOGUE } from './requirements.ts';

export type RejectId = (typeof REJECT_CATALOGUE)[number]['id'];
export type RejectCheck = Check<RejectId>;

/** The drive's step that marks a Reject. */
export const REJECT_STEP = 'reject';

export const REJECTED: OperationSubject<RejectId> = { operation: REJECT, step: REJECT_STEP, judging: judgesOf(REJECT_CATALOGUE) };
