/**
 * SendCustomNoticeToAgents as the embedded simulator serves it: the handler of an operation that adds one entry, and the
 * faults any such operation can have (each breaking exactly the requirements it names); no legal variant
 * of its own.
 */
import { commonFaults, entryFaults, entryHandler, type SimulatedOperation } from '../../../simulator/kit.ts';
import { CUSTOM_NOTICE } from '../operation.ts';

export const CUSTOM_NOTICE_SIMULATED: SimulatedOperation = {
  handler: entryHandler(CUSTOM_NOTICE),
  faults: [
    ...commonFaults(CUSTOM_NOTICE, {
      http: 'CUSTOMNOTICE-HTTP-01',
      resp: 'CUSTOMNOTICE-RESP-01',
      seq: 'CUSTOMNOTICE-SEQ-01',
      channel: 'CUSTOMNOTICE-CHANNEL-01',
      quiet: 'CUSTOMNOTICE-QUIET-01',
      unknownId: 'CUSTOMNOTICE-ERR-01',
      code: 'CUSTOMNOTICE-CODE-01',
      retry: 'CUSTOMNOTICE-ERR-03',
    }),
    ...entryFaults(CUSTOM_NOTICE, {
      seq: 'CUSTOMNOTICE-SEQ-01',
      schema: 'CUSTOMNOTICE-SCHEMA-01',
      chat: 'CUSTOMNOTICE-CHAT-01',
      entry: 'CUSTOMNOTICE-ENTRY-01',
      from: 'CUSTOMNOTICE-FROM-01',
      vis: 'CUSTOMNOTICE-VIS-01',
      index: 'CUSTOMNOTICE-INDEX-01',
      time: 'CUSTOMNOTICE-TIME-01',
      customer: 'CUSTOMNOTICE-CUSTOMER-01',
      offered: 'CUSTOMNOTICE-ERR-02',
      unchanged: 'CUSTOMNOTICE-ERR-03',
      retry: 'CUSTOMNOTICE-ERR-03',
      echo: 'CUSTOMNOTICE-ECHO-01',
      missing: 'CUSTOMNOTICE-ERR-04',
    }),
  ],
  variants: [],
};
