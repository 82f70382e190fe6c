/**
 * How Accept's checks state their results: the helpers bound to Accept's catalogue and open choices,
 * typed by their IDs (a misspelled requirement or open choice does not compile).
 */
import { type Check, judgesOf } from '../../helpers/judges/check.ts';
import type { OperationSubject } from '../../helpers/judges/conditions/index.ts';
import type { Kind } from '../../helpers/judges/views.ts';
import { ACCEPT } from './operation.ts';
import { ACCEPT_CATALOGUE } from './requirements/index.ts';
import { OPEN_CHOICES } from './requirements/open-choices.ts';
import { ACCEPT_STEP } from './view.ts';

/** A requirement ID of Accept's catalogue. */
export type AcceptId = (typeof ACCEPT_CATALOGUE)[number]['id'];
/** An open choice of Accept. */
export type AcceptChoice = (typeof OPEN_CHOICES)[number]['name'];
/** A check of one of Accept's requirements. */
export type AcceptCheck = Check<AcceptId>;

const JUDGING = judgesOf(ACCEPT_CATALOGUE, OPEN_CHOICES);
export const { verdictOf, notJudged, notApplicable, openChoiceFinding } = JUDGING;

/** Accept as the generic conditions judge it: its declaration, at the drive's accept step. */
export const ACCEPTED: OperationSubject<AcceptId> = { operation: ACCEPT, step: ACCEPT_STEP, judging: JUDGING };

/** The notifications an Accept sends, in the declared order. */
export const SEQUENCE: readonly Kind[] = ACCEPT.success.notifications.map((n) => n.kind as Kind);
