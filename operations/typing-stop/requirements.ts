/**
 * SendStopTypingNotification's requirement catalogue: those of every operation that adds one entry to the transcript,
 * derived from its declaration (helpers/judges/catalogue/entry-operation.ts, where their text lives).
 */
import { entryOperationCatalogue } from '../../helpers/judges/catalogue/entry-operation.ts';
import { TYPING_STOP } from './operation.ts';

export const TYPING_STOP_CATALOGUE = entryOperationCatalogue(TYPING_STOP);
