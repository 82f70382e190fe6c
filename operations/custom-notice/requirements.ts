/**
 * SendCustomNoticeToAgents's requirement catalogue: those of every operation that adds one entry to the transcript and
 * echoes a parameter, derived from its declaration (helpers/judges/catalogue/entry-operation.ts, where
 * their text lives).
 */
import { entryOperationCatalogue } from '../../helpers/judges/catalogue/entry-operation.ts';
import { CUSTOM_NOTICE } from './operation.ts';

export const CUSTOM_NOTICE_CATALOGUE = entryOperationCatalogue(CUSTOM_NOTICE);
