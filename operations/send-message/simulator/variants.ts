/**
 * Legal variants of SendMessage: what a real server may send otherwise, breaking nothing (fact sheet
 * §5, §6.2).
 */
import { entries, messageLog } from '../../../simulator/kit.ts';
import type { SendMessageDeviation } from './deviation.ts';

export const SEND_MESSAGE_VARIANTS: readonly SendMessageDeviation[] = [
  {
    name: 'sendmessage-messagetype-echoed',
    breaks: [],
    description: "SendMessage's entry echoes messageType Text",
    rationale: 'messageType is echoed on the entry when the server option includeMessageType is on (S8)',
    transform: (p) => {
      entries(p)[0].messageType = 'Text';
    },
  },
  {
    name: 'sendmessage-chatpath',
    breaks: [],
    description: "SendMessage's MessageLogUpdated carries chatPath beside chatUri",
    rationale: '2015+ samples carry chatPath "/chats/{id}" beside chatUri (S12, C2)',
    transform: (p, ctx) => {
      messageLog(p).data.chatPath = `/chats/${ctx.chatId}`;
    },
  },
  {
    name: 'sendmessage-index-gap',
    breaks: [],
    description: "SendMessage's entry skips three indices",
    rationale: 'Indices skip entries the agent cannot see (C2; §6.2)',
    // The transcript continues above the gap, as a real server's does (the next entry after this one).
    transform: (p, ctx) => {
      const e = entries(p)[0];
      e.index = Number(e.index) + 3;
      const added = ctx.chat.entries.at(-1);
      if (added) added.index = Number(e.index);
    },
  },
  {
    name: 'sendmessage-timestampseconds',
    breaks: [],
    description: "SendMessage's entry carries timestampSeconds (epoch milliseconds) beside timestamp",
    rationale: 'The SendMessage sample carries timestampSeconds (S8, S10, S12)',
    transform: (p) => {
      const e = entries(p)[0];
      e.timestampSeconds = Date.now();
    },
  },
  {
    name: 'sendmessage-referenceid',
    breaks: [],
    description: "SendMessage's MessageLogUpdated carries the request's referenceId",
    rationale: 'A notification may carry the referenceId of the request that caused it (S14; §6.3)',
    transform: (p, ctx) => {
      messageLog(p).data.referenceId = ctx.referenceId ?? 7;
    },
  },
];
