/**
 * SendNicknameUpdatedNotice as the embedded simulator serves it: the handler of an operation that adds one entry, and the
 * faults any such operation can have (each breaking exactly the requirements it names); no legal variant
 * of its own.
 */
import { commonFaults, entryFaults, entryHandler, type SimulatedOperation } from '../../../simulator/kit.ts';
import { NICKNAME_NOTICE } from '../operation.ts';

export const NICKNAME_NOTICE_SIMULATED: SimulatedOperation = {
  handler: entryHandler(NICKNAME_NOTICE),
  faults: [
    ...commonFaults(NICKNAME_NOTICE, {
      http: 'NICKNAME-HTTP-01',
      resp: 'NICKNAME-RESP-01',
      seq: 'NICKNAME-SEQ-01',
      channel: 'NICKNAME-CHANNEL-01',
      quiet: 'NICKNAME-QUIET-01',
      unknownId: 'NICKNAME-ERR-01',
      code: 'NICKNAME-CODE-01',
      retry: 'NICKNAME-ERR-03',
    }),
    ...entryFaults(NICKNAME_NOTICE, {
      seq: 'NICKNAME-SEQ-01',
      schema: 'NICKNAME-SCHEMA-01',
      chat: 'NICKNAME-CHAT-01',
      entry: 'NICKNAME-ENTRY-01',
      from: 'NICKNAME-FROM-01',
      vis: 'NICKNAME-VIS-01',
      index: 'NICKNAME-INDEX-01',
      time: 'NICKNAME-TIME-01',
      customer: 'NICKNAME-CUSTOMER-01',
      offered: 'NICKNAME-ERR-02',
      unchanged: 'NICKNAME-ERR-03',
      retry: 'NICKNAME-ERR-03',
      echo: 'NICKNAME-ECHO-01',
      missing: 'NICKNAME-ERR-04',
    }),
  ],
  variants: [],
};
