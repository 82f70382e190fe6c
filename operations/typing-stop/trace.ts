/**
 * SendStopTypingNotification's rows of the traceability table: those of every operation that adds one entry
 * (helpers/judges/catalogue/entry-traces.ts), after its parameters.
 */
import { entryOperationTraces } from '../../helpers/judges/catalogue/entry-traces.ts';
import { checked, unchecked } from '../../helpers/judges/catalogue/trace.ts';
import { TYPING_STOP } from './operation.ts';

export const TYPING_STOP_TRACES = entryOperationTraces(TYPING_STOP, [
  checked('parameter', 'operationName', 'SendStopTypingNotification', 'the operation; no other parameter (S9)', [
    'TYPINGSTOP-HTTP-01',
    'TYPINGSTOP-RESP-01',
  ]),
  unchecked(
    'parameter',
    'text, messageType, treatAs',
    'present',
    'a later draft of the page adds them (S9 DRAFT)',
    'a draft: no release documents them',
  ),
]);
