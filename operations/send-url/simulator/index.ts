/**
 * SendUrl as the embedded simulator serves it: the handler of an operation that adds one entry, and the
 * faults any such operation can have (each breaking exactly the requirements it names); no legal variant
 * of its own.
 */
import { commonFaults, entryFaults, entryHandler, type SimulatedOperation } from '../../../simulator/kit.ts';
import { SEND_URL } from '../operation.ts';

export const SEND_URL_SIMULATED: SimulatedOperation = {
  handler: entryHandler(SEND_URL),
  faults: [
    ...commonFaults(SEND_URL, {
      http: 'SENDURL-HTTP-01',
      resp: 'SENDURL-RESP-01',
      seq: 'SENDURL-SEQ-01',
      channel: 'SENDURL-CHANNEL-01',
      quiet: 'SENDURL-QUIET-01',
      unknownId: 'SENDURL-ERR-01',
      code: 'SENDURL-CODE-01',
      retry: 'SENDURL-ERR-03',
    }),
    ...entryFaults(SEND_URL, {
      seq: 'SENDURL-SEQ-01',
      schema: 'SENDURL-SCHEMA-01',
      chat: 'SENDURL-CHAT-01',
      entry: 'SENDURL-ENTRY-01',
      from: 'SENDURL-FROM-01',
      vis: 'SENDURL-VIS-01',
      index: 'SENDURL-INDEX-01',
      time: 'SENDURL-TIME-01',
      customer: 'SENDURL-CUSTOMER-01',
      offered: 'SENDURL-ERR-02',
      unchanged: 'SENDURL-ERR-03',
      retry: 'SENDURL-ERR-03',
      echo: 'SENDURL-ECHO-01',
      missing: 'SENDURL-ERR-04',
    }),
  ],
  variants: [],
};
