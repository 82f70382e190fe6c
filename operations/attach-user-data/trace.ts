/**
 * AttachUserData's rows of the traceability table: those of every operation that changes a chat's userData
 * (helpers/judges/catalogue/properties-traces.ts), after its parameters.
 */
import { propertiesOperationTraces } from '../../helpers/judges/catalogue/properties-traces.ts';
import { checked } from '../../helpers/judges/catalogue/trace.ts';
import { ATTACH_USER_DATA } from './operation.ts';

export const ATTACH_USER_DATA_TRACES = propertiesOperationTraces(ATTACH_USER_DATA, [
  checked('parameter', 'userData', 'required: key-value pairs, strings or numbers', 'the data to attach (S11)', [
    'ATTACHDATA-DATA-01',
    'ATTACHDATA-ERR-04',
  ]),
]);
