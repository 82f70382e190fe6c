/**
 * SendStopTypingNotification as the embedded simulator serves it: the handler of an operation that adds one entry, and the
 * faults any such operation can have (each breaking exactly the requirements it names); no legal variant
 * of its own.
 */
import { commonFaults, entryFaults, entryHandler, type SimulatedOperation } from '../../../simulator/kit.ts';
import { TYPING_STOP } from '../operation.ts';

export const TYPING_STOP_SIMULATED: SimulatedOperation = {
  handler: entryHandler(TYPING_STOP),
  faults: [
    ...commonFaults(TYPING_STOP, {
      http: 'TYPINGSTOP-HTTP-01',
      resp: 'TYPINGSTOP-RESP-01',
      seq: 'TYPINGSTOP-SEQ-01',
      channel: 'TYPINGSTOP-CHANNEL-01',
      quiet: 'TYPINGSTOP-QUIET-01',
      unknownId: 'TYPINGSTOP-ERR-01',
      code: 'TYPINGSTOP-CODE-01',
    }),
    ...entryFaults(TYPING_STOP, {
      seq: 'TYPINGSTOP-SEQ-01',
      schema: 'TYPINGSTOP-SCHEMA-01',
      chat: 'TYPINGSTOP-CHAT-01',
      entry: 'TYPINGSTOP-ENTRY-01',
      notext: 'TYPINGSTOP-NOTEXT-01',
      from: 'TYPINGSTOP-FROM-01',
      vis: 'TYPINGSTOP-VIS-01',
      index: 'TYPINGSTOP-INDEX-01',
      time: 'TYPINGSTOP-TIME-01',
      customer: 'TYPINGSTOP-CUSTOMER-01',
      offered: 'TYPINGSTOP-ERR-02',
      unchanged: 'TYPINGSTOP-ERR-03',
    }),
  ],
  variants: [],
};
