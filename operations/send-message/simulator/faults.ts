/**
 * Faults of SendMessage: each something a real server could get wrong, breaking exactly the
 * requirements it names; they transform the plan of a SendMessage, or bend one of its handler's checks
 * by name.
 * The faults any one-notification operation, and any operation that adds one entry, can have come from
 * its declaration (commonFaults, entryFaults: the simulator's kit); the rest are its text's own.
 */
import { commonFaults, entries, entryFaults } from '../../../simulator/kit.ts';
import { SEND_MESSAGE } from '../operation.ts';
import type { SendMessageDeviation } from './deviation.ts';

/** The one entry of the plan's MessageLogUpdated. */
const entryOf = (p: Parameters<NonNullable<SendMessageDeviation['transform']>>[0]) => entries(p)[0];

export const SEND_MESSAGE_FAULTS: readonly SendMessageDeviation[] = [
  ...commonFaults(SEND_MESSAGE, {
    http: 'SENDMESSAGE-HTTP-01',
    resp: 'SENDMESSAGE-RESP-01',
    seq: 'SENDMESSAGE-SEQ-01',
    channel: 'SENDMESSAGE-CHANNEL-01',
    quiet: 'SENDMESSAGE-QUIET-01',
    unknownId: 'SENDMESSAGE-ERR-01',
    code: 'SENDMESSAGE-CODE-01',
    retry: 'SENDMESSAGE-ERR-04',
  }),
  ...entryFaults(SEND_MESSAGE, {
    seq: 'SENDMESSAGE-SEQ-01',
    schema: 'SENDMESSAGE-SCHEMA-01',
    chat: 'SENDMESSAGE-CHAT-01',
    entry: 'SENDMESSAGE-ENTRY-01',
    from: 'SENDMESSAGE-FROM-01',
    vis: 'SENDMESSAGE-VIS-01',
    index: 'SENDMESSAGE-INDEX-01',
    time: 'SENDMESSAGE-TIME-01',
    customer: 'SENDMESSAGE-CUSTOMER-01',
    offered: 'SENDMESSAGE-ERR-03',
    unchanged: 'SENDMESSAGE-ERR-04',
    retry: 'SENDMESSAGE-ERR-04',
    missing: 'SENDMESSAGE-ERR-02',
  }),
  {
    name: 'sendmessage-text-trimmed',
    breaks: ['SENDMESSAGE-TEXT-01'],
    description: "SendMessage's entry carries the text trimmed, its spaces collapsed",
    rationale: 'The entry carries the message as sent (S8)',
    transform: (p) => {
      const e = entryOf(p);
      e.text = String(e.text).trim().replace(/ {2,}/g, ' ');
    },
  },
  {
    name: 'sendmessage-text-escaped',
    breaks: ['SENDMESSAGE-TEXT-01'],
    description: "SendMessage's entry carries the text HTML-escaped",
    rationale: 'The entry carries the message as sent, markup untouched (S8)',
    transform: (p) => {
      const e = entryOf(p);
      e.text = String(e.text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    },
  },
];
