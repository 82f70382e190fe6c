/**
 * SendCustomNoticeToAgents's rows of the traceability table: those of every operation that adds one entry
 * (helpers/judges/catalogue/entry-traces.ts), after its parameters.
 */
import { entryOperationTraces } from '../../helpers/judges/catalogue/entry-traces.ts';
import { checked, unchecked } from '../../helpers/judges/catalogue/trace.ts';
import { CUSTOM_NOTICE } from './operation.ts';

export const CUSTOM_NOTICE_TRACES = entryOperationTraces(CUSTOM_NOTICE, [
  checked('parameter', 'noticeText', 'required, a string', 'the notice text (S12)', ['CUSTOMNOTICE-ECHO-01', 'CUSTOMNOTICE-ERR-04']),
  unchecked(
    'parameter',
    'conference',
    'none',
    'the page speaks of agents in a conference or consultation (S12)',
    'inferred: the suite sends it in a chat of one agent; the page does not say it is refused there',
  ),
]);
