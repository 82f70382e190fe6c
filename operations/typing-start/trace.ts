/**
 * SendStartTypingNotification's rows of the traceability table: those of every operation that adds one entry
 * (helpers/judges/catalogue/entry-traces.ts), after its parameters.
 */
import { entryOperationTraces } from '../../helpers/judges/catalogue/entry-traces.ts';
import { checked, unchecked } from '../../helpers/judges/catalogue/trace.ts';
import { TYPING_START } from './operation.ts';

export const TYPING_START_TRACES = entryOperationTraces(TYPING_START, [
  checked('parameter', 'operationName', 'SendStartTypingNotification', 'the operation; no other parameter (S9)', [
    'TYPINGSTART-HTTP-01',
    'TYPINGSTART-RESP-01',
  ]),
  unchecked(
    'parameter',
    'text, messageType, treatAs',
    'present',
    'a later draft of the page adds them (S9 DRAFT)',
    'a draft: no release documents them',
  ),
]);
