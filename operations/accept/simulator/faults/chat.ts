/**
 * Faults that break the chat the notifications describe: state, capabilities, referenceIds, which chat and
 * its URI, participants and their identities (ACCEPT-STATE, CAPS, REFID, CHAT, URI, PART, ID).
 */
import {
  type AcceptDeviation,
  chatOf,
  eachChat,
  entries,
  type JsonObject,
  messageLog,
  participantsUpdated,
  statusChange,
} from '../deviation.ts';

export const CHAT_FAULTS: readonly AcceptDeviation[] = [
  {
    name: 'state-not-chatting',
    breaks: ['ACCEPT-STATE-01'],
    description: 'StatusChange reports state Invited instead of Chatting',
    rationale: 'An accepted chat is in state Chatting (seed)',
    transform: (p) => {
      chatOf(statusChange(p)).state = 'Invited';
    },
  },
  {
    name: 'state-not-chatting-in-participants',
    breaks: ['ACCEPT-STATE-01'],
    description: 'ParticipantsUpdated reports state Completed',
    rationale: 'Every chat snapshot after Accept is in state Chatting (seed)',
    transform: (p) => {
      chatOf(participantsUpdated(p)).state = 'Completed';
    },
  },
  {
    name: 'capability-missing',
    breaks: ['ACCEPT-CAPS-01'],
    description: 'The chat snapshots lack the Complete capability',
    rationale: 'After Accept the documented capabilities include Complete (seed)',
    transform: (p) =>
      eachChat(p, (chat) => {
        chat.capabilities = (chat.capabilities as string[]).filter((c) => c !== 'Complete');
      }),
  },
  {
    name: 'capability-accept-kept',
    breaks: ['ACCEPT-CAPS-02'],
    description: 'The chat snapshots still offer the Accept and Reject capabilities',
    rationale: 'After Accept the capabilities are those of a Chatting chat, without Accept/Reject (seed; reference §8)',
    transform: (p) =>
      eachChat(p, (chat) => {
        chat.capabilities = ['Accept', 'Reject', ...(chat.capabilities as string[])];
      }),
  },
  {
    name: 'referenceid-missing',
    breaks: ['ACCEPT-REFID-01'],
    description: 'StatusChange carries no referenceId',
    rationale: 'The StatusChange caused by Accept carries the referenceId of the request (seed; S14)',
    transform: (p) => {
      delete statusChange(p).data.referenceId;
    },
  },
  {
    name: 'referenceid-inconsistent',
    breaks: ['ACCEPT-REFID-02'],
    description: 'ParticipantsUpdated carries a referenceId different from StatusChange',
    rationale: 'The notifications of one Accept share its referenceId where present (seed: 13 and 13)',
    transform: (p) => {
      const sc = statusChange(p).data.referenceId as number;
      participantsUpdated(p).data.referenceId = sc + 1000;
    },
  },
  {
    name: 'other-chat-id',
    breaks: ['ACCEPT-CHAT-01', 'ACCEPT-SEQ-02', 'ACCEPT-PARAM-01', 'ACCEPT-ERR-12'],
    description: 'ParticipantsUpdated names another chat id (and its uri)',
    rationale: 'Every notification of an Accept names the accepted chat (seed)',
    transform: (p, ctx) => {
      const chat = chatOf(participantsUpdated(p));
      chat.id = ctx.otherChatId;
      chat.uri = `${ctx.apiBase}/chats/${ctx.otherChatId}`;
    },
  },
  {
    name: 'wrong-chat-uri',
    breaks: ['ACCEPT-URI-01'],
    description: 'StatusChange gives chat.uri as /api/v2/me/chats/{id} instead of /api/v2/chats/{id}',
    rationale: 'chat.uri is externalApiUrlV2 + /chats/{id} (seed; S22)',
    transform: (p, ctx) => {
      chatOf(statusChange(p)).uri = `${ctx.apiBase}/me/chats/${ctx.chatId}`;
    },
  },
  {
    name: 'messagelog-wrong-chaturi',
    breaks: ['ACCEPT-CHAT-01', 'ACCEPT-SEQ-03', 'ACCEPT-PARAM-01', 'ACCEPT-ERR-12'],
    description: 'MessageLogUpdated.chatUri names another chat',
    rationale: 'chatUri is the uri of the chat the messages belong to (seed)',
    transform: (p, ctx) => {
      messageLog(p).data.chatUri = `${ctx.apiBase}/chats/${ctx.otherChatId}`;
    },
  },
  {
    name: 'participants-missing-customer',
    breaks: ['ACCEPT-PART-02'],
    description: 'ParticipantsUpdated lists the agent only',
    rationale: 'ParticipantsUpdated lists the agent and the customer (seed)',
    transform: (p) => {
      const chat = chatOf(participantsUpdated(p));
      chat.participants = (chat.participants as JsonObject[]).filter((x) => x.type !== 'Customer');
    },
  },
  {
    name: 'participants-wrong-nickname',
    breaks: ['ACCEPT-PART-01', 'ACCEPT-PARAM-02'],
    description: 'ParticipantsUpdated shows the agent with its user name, not the nickname sent in Accept',
    rationale: 'The agent nickname is the one sent in Accept, "as displayed to the customer" (seed)',
    transform: (p, ctx) => {
      for (const x of chatOf(participantsUpdated(p)).participants as JsonObject[]) if (x.type === 'Agent') x.nickname = ctx.agentUserName;
    },
  },
  {
    name: 'participant-ids-equal',
    breaks: ['ACCEPT-ID-02'],
    description: "ParticipantsUpdated gives the agent the customer's participantId",
    rationale: 'Each participant has its own participantId (seed: 009052C5E743004C and 009052C5E6D6004A)',
    transform: (p) => {
      const list = chatOf(participantsUpdated(p)).participants as JsonObject[];
      const customer = list.find((x) => x.type === 'Customer');
      for (const x of list) if (x.type === 'Agent' && customer) x.participantId = customer.participantId;
    },
  },
  {
    name: 'customer-nickname-changed',
    breaks: ['ACCEPT-ID-03'],
    description: 'On the agent side the customer is called "Customer", not the nickname given to GMS',
    rationale: 'The customer appears under the nickname of the chat request (GMS Chat API v2; seed: PersonP)',
    transform: (p) => {
      for (const x of chatOf(participantsUpdated(p)).participants as JsonObject[]) if (x.type === 'Customer') x.nickname = 'Customer';
      for (const e of entries(p)) if ((e.from as JsonObject).type === 'Customer') (e.from as JsonObject).nickname = 'Customer';
    },
  },
];
