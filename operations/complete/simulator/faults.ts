/**
 * Faults of Complete: each something a real server could get wrong, breaking exactly the requirements
 * it names; they transform the plan of a Complete, or bend one of its handler's checks by name.
 */
import { chatOf, gwsError, type SimChat, statusChange } from '../../../simulator/kit.ts';
import type { CompleteDeviation } from './deviation.ts';
import type { CompleteState } from './handler.ts';

/** A Complete of a chat only offered to the agent (not one it accepted). */
const onlyOffered = (s: CompleteState, agent: unknown) => s.chat?.offeredTo === agent && s.chat?.agent !== agent;

export const COMPLETE_FAULTS: readonly CompleteDeviation[] = [
  {
    name: 'complete-statuscode-nonzero',
    breaks: ['COMPLETE-RESP-01'],
    description: 'Complete answers statusCode 4 although it completes the chat',
    rationale: 'A successful Complete answers {"statusCode": 0} (S3, Return Values)',
    transform: (p) => {
      p.body = { statusCode: 4, statusMessage: 'Internal error' };
    },
  },
  {
    name: 'complete-http-500',
    breaks: ['COMPLETE-HTTP-01'],
    description: 'Complete answers HTTP 500 (with statusCode 0 in the body)',
    rationale: 'A successful Complete answers HTTP 200 (S3)',
    transform: (p) => {
      p.status = 500;
    },
  },
  {
    name: 'complete-statuschange-missing',
    breaks: ['COMPLETE-SEQ-01'],
    description: 'Complete sends no StatusChange',
    rationale: 'A StatusChange Completed follows a Complete (S3)',
    transform: (p) => {
      p.notifications = [];
    },
  },
  {
    name: 'complete-statuschange-duplicated',
    breaks: ['COMPLETE-SEQ-01'],
    description: 'Complete sends its StatusChange twice',
    rationale: 'One StatusChange follows a Complete (S3)',
    transform: (p) => {
      p.notifications.push(structuredClone(statusChange(p)));
    },
  },
  {
    name: 'complete-wrong-channel',
    breaks: ['COMPLETE-CHANNEL-01'],
    description: "Complete's StatusChange is published on /v2/me/interactions instead of /v2/me/chats",
    rationale: 'Chat notifications arrive on /v2/me/chats (S14, S15)',
    transform: (p) => {
      for (const d of p.notifications) d.channel = '/v2/me/interactions';
    },
  },
  {
    name: 'complete-chat-uri-missing',
    breaks: ['COMPLETE-SCHEMA-01'],
    description: "Complete's StatusChange shows the chat without its uri",
    rationale: 'A chat resource has an id, a uri and a state (S1, S3)',
    transform: (p) => {
      delete chatOf(statusChange(p)).uri;
    },
  },
  {
    name: 'complete-other-chat-id',
    breaks: ['COMPLETE-CHAT-01', 'COMPLETE-SEQ-01'],
    description: "Complete's StatusChange names another chat",
    rationale: "The Complete page's notification is about the chat completed (S3)",
    transform: (p, ctx) => {
      chatOf(statusChange(p)).id = ctx.otherChatId;
      chatOf(statusChange(p)).uri = `${ctx.apiBase}/chats/${ctx.otherChatId}`;
    },
  },
  {
    name: 'complete-state-chatting',
    breaks: ['COMPLETE-STATE-01'],
    description: "Complete's StatusChange shows the chat still Chatting",
    rationale: "A completed chat is Completed in the Complete page's sample (S3)",
    transform: (p) => {
      chatOf(statusChange(p)).state = 'Chatting';
    },
  },
  {
    name: 'complete-referenceid-string',
    breaks: ['COMPLETE-REFID-01', 'COMPLETE-SCHEMA-01'],
    description: "Complete's StatusChange carries referenceId as a string",
    rationale: 'A referenceId is the integer that links a notification to its request (S14; §6.3)',
    transform: (p) => {
      statusChange(p).data.referenceId = 'seventeen';
    },
  },
  {
    name: 'complete-capabilities-kept',
    breaks: ['COMPLETE-CAPS-01'],
    description: "Complete's StatusChange still offers SendMessage",
    rationale: 'The sample StatusChange of Complete has no capabilities (S3)',
    transform: (p) => {
      chatOf(statusChange(p)).capabilities = ['SendMessage'];
    },
  },
  {
    name: 'complete-extra-notification',
    breaks: ['COMPLETE-QUIET-01'],
    description: 'Complete sends a ParticipantsUpdated after its StatusChange',
    rationale: 'One notification follows a Complete (S3)',
    transform: (p) => {
      const extra = structuredClone(statusChange(p));
      extra.data.notificationType = 'ParticipantsUpdated';
      delete extra.data.referenceId;
      p.notifications.push(extra);
    },
  },
  {
    name: 'complete-customer-kept-open',
    breaks: ['COMPLETE-CUSTOMER-01'],
    description: "Complete completes the agent's chat but leaves the customer's session open",
    rationale: "Complete ends the customer's session if it is still open (S3)",
    transform: (_p, ctx) => {
      (ctx.chat as SimChat).customerKeptOpen = true;
    },
  },
  {
    name: 'complete-capacity-kept',
    breaks: ['COMPLETE-NEXT-01'],
    description: 'after Complete, the chat waiting for the agent is not offered to it',
    rationale: 'A completed chat frees the agent for the next one (S3, S19, S20)',
    transform: (p) => {
      p.afterwards = undefined;
    },
  },
  {
    name: 'complete-unknown-id-succeeds',
    breaks: ['COMPLETE-ERR-01'],
    description: 'Complete of an unknown chat id answers {"statusCode": 0}',
    rationale: 'Complete of an unknown chat fails: statusCode 6, resource not found (Return Values)',
    bends: { 'chat-known-here': (call) => (call.ctx.model.chats.has(call.chatId) ? undefined : 'answer-success') },
  },
  {
    name: 'complete-offered-chat-accepted',
    breaks: ['COMPLETE-ERR-02'],
    description: 'Complete of a chat only offered to the agent answers {"statusCode": 0} (and does nothing)',
    rationale: "An offer's capabilities are Accept and Reject: Complete of it is invalid for the state (§4.3, Return Values)",
    bends: { 'chat-chatting-here': (call, s: CompleteState) => (onlyOffered(s, call.agent) ? 'answer-success' : undefined) },
  },
  {
    name: 'complete-twice-succeeds',
    breaks: ['COMPLETE-ERR-03'],
    description: 'Complete of a chat already completed answers {"statusCode": 0} (and does nothing)',
    rationale: 'A Completed chat has no capabilities: completing it again is invalid (§4.3, Return Values)',
    bends: { 'chat-chatting-here': (_call, s: CompleteState) => (s.chat?.state === 'Completed' ? 'answer-success' : undefined) },
  },
  {
    name: 'complete-refusal-changes-state',
    breaks: ['COMPLETE-ERR-04'],
    description: 'Complete of a chat only offered to the agent is refused, but the chat is completed all the same',
    rationale: 'A failed request changes nothing (Return Values)',
    bends: { 'chat-chatting-here': (call, s: CompleteState) => (onlyOffered(s, call.agent) ? 'go-on-then-refuse' : undefined) },
  },
  {
    name: 'complete-error-statuscodes-generic',
    breaks: ['COMPLETE-CODE-01'],
    description: 'every refused Complete answers statusCode 4 (internal error)',
    rationale: "The statusCode names the refusal's reason (Return Values)",
    refusal: (e) => gwsError(e.status, 4, 'Internal error'),
  },
];
