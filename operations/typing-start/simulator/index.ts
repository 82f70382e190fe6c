/**
 * SendStartTypingNotification as the embedded simulator serves it: the handler of an operation that adds one entry, and the
 * faults any such operation can have (each breaking exactly the requirements it names); no legal variant
 * of its own.
 */
import { commonFaults, entryFaults, entryHandler, type SimulatedOperation } from '../../../simulator/kit.ts';
import { TYPING_START } from '../operation.ts';

export const TYPING_START_SIMULATED: SimulatedOperation = {
  handler: entryHandler(TYPING_START),
  faults: [
    ...commonFaults(TYPING_START, {
      http: 'TYPINGSTART-HTTP-01',
      resp: 'TYPINGSTART-RESP-01',
      seq: 'TYPINGSTART-SEQ-01',
      channel: 'TYPINGSTART-CHANNEL-01',
      quiet: 'TYPINGSTART-QUIET-01',
      unknownId: 'TYPINGSTART-ERR-01',
      code: 'TYPINGSTART-CODE-01',
    }),
    ...entryFaults(TYPING_START, {
      seq: 'TYPINGSTART-SEQ-01',
      schema: 'TYPINGSTART-SCHEMA-01',
      chat: 'TYPINGSTART-CHAT-01',
      entry: 'TYPINGSTART-ENTRY-01',
      notext: 'TYPINGSTART-NOTEXT-01',
      from: 'TYPINGSTART-FROM-01',
      vis: 'TYPINGSTART-VIS-01',
      index: 'TYPINGSTART-INDEX-01',
      time: 'TYPINGSTART-TIME-01',
      customer: 'TYPINGSTART-CUSTOMER-01',
      offered: 'TYPINGSTART-ERR-02',
      unchanged: 'TYPINGSTART-ERR-03',
    }),
  ],
  variants: [],
};
