/**
 * How Complete's checks state their results: the judging helpers bound to its catalogue (a misspelled
 * requirement does not compile), and the subject the generic conditions judge: Complete, at the drive's
 * `complete` step.
 */
import type { Check } from '../../helpers/judges/check.ts';
import { judgesOf } from '../../helpers/judges/check.ts';
import type { OperationSubject } from '../../helpers/judges/conditions/index.ts';
import { COMPLETE } from './operation.ts';
import { COMPLETE_CATALOGUE } from './requirements.ts';

export type CompleteId = (typeof COMPLETE_CATALOGUE)[number]['id'];
export type CompleteCheck = Check<CompleteId>;

/** The drive's step that marks a Complete. */
export const COMPLETE_STEP = 'complete';

export const COMPLETED: OperationSubject<CompleteId> = { operation: COMPLETE, step: COMPLETE_STEP, judging: judgesOf(COMPLETE_CATALOGUE) };
