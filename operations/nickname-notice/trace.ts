/**
 * SendNicknameUpdatedNotice's rows of the traceability table: those of every operation that adds one entry
 * (helpers/judges/catalogue/entry-traces.ts), after its parameters.
 */
import { entryOperationTraces } from '../../helpers/judges/catalogue/entry-traces.ts';
import { checked, unchecked } from '../../helpers/judges/catalogue/trace.ts';
import { NICKNAME_NOTICE } from './operation.ts';

export const NICKNAME_NOTICE_TRACES = entryOperationTraces(NICKNAME_NOTICE, [
  checked('parameter', 'noticeText', 'required, a string', 'the new nickname of the agent (S12)', ['NICKNAME-ECHO-01', 'NICKNAME-ERR-04']),
  unchecked('parameter', 'text, messageType, treatAs', 'present', 'a 2017 revision adds them (S12)', 'optional: the suite sends none'),
  unchecked(
    'identity',
    'nickname after the notice',
    'the new one on later entries',
    'no sample shows an entry after it (S12)',
    'open: not judged (the participant list is not updated by any documented notification)',
  ),
]);
