/**
 * AttachUserData's requirement catalogue: those of every operation that changes a chat's userData, derived from its
 * declaration (helpers/judges/catalogue/properties-operation.ts, where their text lives).
 */
import { propertiesOperationCatalogue } from '../../helpers/judges/catalogue/properties-operation.ts';
import { ATTACH_USER_DATA } from './operation.ts';

export const ATTACH_USER_DATA_CATALOGUE = propertiesOperationCatalogue(ATTACH_USER_DATA);
