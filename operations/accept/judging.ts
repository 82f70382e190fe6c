/**
 * How Accept's checks state their results: the helpers bound to Accept's catalogue and open choices,
 * typed by their IDs (a misspelled requirement or open choice does not compile).
 */
import { type Check, judgesOf } from '../../helpers/judges/check.ts';
import { ACCEPT_CATALOGUE } from './requirements/index.ts';
import { OPEN_CHOICES } from './requirements/open-choices.ts';

/** A requirement ID of Accept's catalogue. */
export type AcceptId = (typeof ACCEPT_CATALOGUE)[number]['id'];
/** An open choice of Accept. */
export type AcceptChoice = (typeof OPEN_CHOICES)[number]['name'];
/** A check of one of Accept's requirements. */
export type AcceptCheck = Check<AcceptId>;

export const { verdictOf, notJudged, notApplicable, openChoiceFinding } = judgesOf(ACCEPT_CATALOGUE, OPEN_CHOICES);
