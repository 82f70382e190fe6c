/**
 * UpdateUserData's rows of the traceability table: those of every operation that changes a chat's userData
 * (helpers/judges/catalogue/properties-traces.ts), after its parameters.
 */
import { propertiesOperationTraces } from '../../helpers/judges/catalogue/properties-traces.ts';
import { checked } from '../../helpers/judges/catalogue/trace.ts';
import { UPDATE_USER_DATA } from './operation.ts';

export const UPDATE_USER_DATA_TRACES = propertiesOperationTraces(UPDATE_USER_DATA, [
  checked('parameter', 'userData', 'required: key-value pairs, strings or numbers', 'the data to overwrite (S11)', [
    'UPDATEDATA-DATA-01',
    'UPDATEDATA-ERR-04',
  ]),
]);
