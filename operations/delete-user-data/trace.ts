/**
 * DeleteUserData's rows of the traceability table: those of every operation that changes a chat's userData
 * (helpers/judges/catalogue/properties-traces.ts), after its parameters.
 */
import { propertiesOperationTraces } from '../../helpers/judges/catalogue/properties-traces.ts';
import { checked } from '../../helpers/judges/catalogue/trace.ts';
import { DELETE_USER_DATA } from './operation.ts';

export const DELETE_USER_DATA_TRACES = propertiesOperationTraces(DELETE_USER_DATA, [
  checked('parameter', 'keys', 'required: a list of keys', 'the keys to delete (S11)', ['DELETEDATA-DATA-01', 'DELETEDATA-ERR-04']),
]);
