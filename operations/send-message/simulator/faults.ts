/**
 * Faults of SendMessage: each something a real server could get wrong, breaking exactly the
 * requirements it names; they transform the plan of a SendMessage, or bend one of its handler's checks
 * by name.
 * The faults any one-notification operation can have come from its declaration (commonFaults, the
 * simulator's kit); the rest are its own.
 */
import { commonFaults, entries, messageLog, type SimChat, shiftTimestamp } from '../../../simulator/kit.ts';
import { SEND_MESSAGE } from '../operation.ts';
import type { SendMessageDeviation } from './deviation.ts';
import type { SendMessageState } from './handler.ts';

/** The one entry of the plan's MessageLogUpdated. */
const entryOf = (p: Parameters<NonNullable<SendMessageDeviation['transform']>>[0]) => entries(p)[0];

/** A SendMessage in a chat only offered to the agent (not one it accepted). */
const onlyOffered = (s: SendMessageState, agent: unknown) => s.chat?.offeredTo === agent && s.chat?.agent !== agent;

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
  {
    name: 'sendmessage-timestamp-undocumented',
    breaks: ['SENDMESSAGE-SCHEMA-01'],
    description: "SendMessage's entry has a timestamp in no documented format",
    rationale: 'An entry\'s timestamp reads "yyyy-MM-dd HH:mm:ss.SSSZ" (S8, S10, S12)',
    transform: (p) => {
      entryOf(p).timestamp = 'just now';
    },
  },
  {
    name: 'sendmessage-other-chat',
    breaks: ['SENDMESSAGE-CHAT-01', 'SENDMESSAGE-SEQ-01', 'SENDMESSAGE-ERR-04'],
    description: "SendMessage's MessageLogUpdated names another chat",
    rationale: "The notification's chatUri is the chat the message was sent in (S8)",
    transform: (p, ctx) => {
      messageLog(p).data.chatUri = `${ctx.apiBase}/chats/${ctx.otherChatId}`;
    },
  },
  {
    name: 'sendmessage-entry-notice',
    breaks: ['SENDMESSAGE-ENTRY-01'],
    description: "SendMessage's entry is of type Notice",
    rationale: "The SendMessage page's entry is of type Text (S8)",
    transform: (p) => {
      entryOf(p).type = 'Notice';
    },
  },
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
  {
    name: 'sendmessage-from-customer',
    breaks: ['SENDMESSAGE-FROM-01'],
    description: "SendMessage's entry is from the customer's participant",
    rationale: "The agent sends the message: the sample's entry is from the agent (S8)",
    transform: (p, ctx) => {
      const c = (ctx.chat as SimChat).customer;
      entryOf(p).from = { type: c.type, nickname: c.nickname, participantId: c.participantId };
    },
  },
  {
    name: 'sendmessage-visibility-agents',
    breaks: ['SENDMESSAGE-VIS-01'],
    description: "SendMessage's entry has visibility Agents",
    rationale: 'The sample\'s entry has "visibility": "All" (S8)',
    transform: (p) => {
      entryOf(p).visibility = 'Agents';
    },
  },
  {
    name: 'sendmessage-index-restarts',
    breaks: ['SENDMESSAGE-INDEX-01'],
    description: "SendMessage's entry restarts the transcript at index 1",
    rationale: "An entry's index is its position in the transcript (S8)",
    transform: (p) => {
      entryOf(p).index = 1;
    },
  },
  {
    name: 'sendmessage-timestamp-backwards',
    breaks: ['SENDMESSAGE-TIME-01'],
    description: "SendMessage's entry is stamped a day early",
    rationale: "An entry's timestamp is its time (S8)",
    transform: (p) => {
      const e = entryOf(p);
      e.timestamp = shiftTimestamp(String(e.timestamp), -86_400_000) ?? 'just now';
    },
  },
  {
    name: 'sendmessage-customer-never-sees',
    breaks: ['SENDMESSAGE-CUSTOMER-01'],
    description: "the message reaches the agent's notification but never the customer's transcript",
    rationale: "The message goes to the chat: the customer's GMS transcript holds it (S8, S26)",
    transform: (_p, ctx) => {
      const chat = ctx.chat as SimChat;
      chat.entries.pop();
    },
  },
  {
    name: 'sendmessage-without-text-accepted',
    breaks: ['SENDMESSAGE-ERR-02'],
    description: 'SendMessage without text answers {"statusCode": 0} (and sends nothing)',
    rationale: 'text is the message: without it, a required parameter is missing (S8, Return Values)',
    bends: { 'text-given': () => 'answer-success' },
  },
  {
    name: 'sendmessage-offered-chat-accepted',
    breaks: ['SENDMESSAGE-ERR-03'],
    description: 'SendMessage in a chat only offered to the agent answers {"statusCode": 0} (and sends nothing)',
    rationale: "An offer's capabilities are Accept and Reject: a message in it is invalid for the state (§4.3, Return Values)",
    bends: { 'chat-chatting-here': (call, s: SendMessageState) => (onlyOffered(s, call.agent) ? 'answer-success' : undefined) },
  },
  {
    name: 'sendmessage-refusal-changes-state',
    breaks: ['SENDMESSAGE-ERR-04'],
    description: 'SendMessage without text is refused, but an empty message is sent all the same',
    rationale: 'A failed request changes nothing (Return Values)',
    bends: { 'text-given': () => 'go-on-then-refuse' },
  },
];
