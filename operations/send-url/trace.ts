/**
 * SendUrl's rows of the traceability table: those of every operation that adds one entry
 * (helpers/judges/catalogue/entry-traces.ts), after its parameters.
 */
import { entryOperationTraces } from '../../helpers/judges/catalogue/entry-traces.ts';
import { checked, unchecked } from '../../helpers/judges/catalogue/trace.ts';
import { SEND_URL } from './operation.ts';

export const SEND_URL_TRACES = entryOperationTraces(SEND_URL, [
  checked('parameter', 'url', 'required, a string', 'the URL to send to the customer (S10)', ['SENDURL-ECHO-01', 'SENDURL-ERR-04']),
  unchecked('parameter', 'text, messageType, treatAs', 'present', 'a 2017 revision adds them (S10)', 'optional: the suite sends none'),
]);
