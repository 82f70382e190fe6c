/**
 * Faults of Reject: each something a real server could get wrong, breaking exactly the requirements it
 * names; they transform the plan of a Reject, or bend one of its handler's checks by name.
 */
import { chatOf, chatResource, gwsError, type Json, type SimChat, stateChange, statusChange } from '../../../simulator/kit.ts';
import type { RejectDeviation } from './deviation.ts';
import type { RejectState } from './handler.ts';

/** The refusal of a chat the agent holds (accepted), not of one offered to it. */
const heldBy = (s: RejectState, agent: unknown) => s.chat?.agent === agent;

export const REJECT_FAULTS: readonly RejectDeviation[] = [
  {
    name: 'reject-statuscode-nonzero',
    breaks: ['REJECT-RESP-01', 'REJECT-ERR-04'],
    description: 'Reject answers statusCode 4 although it rejects the chat and sends the StatusChange',
    rationale: 'A successful Reject answers an empty body, {"status": 0} or {"statusCode": 0} (S2, Return Values)',
    transform: (p) => {
      p.body = { statusCode: 4, statusMessage: 'Internal error' };
    },
  },
  {
    name: 'reject-http-500',
    breaks: ['REJECT-HTTP-01', 'REJECT-ERR-04'],
    description: 'Reject answers HTTP 500 (with statusCode 0 in the body)',
    rationale: 'A successful Reject answers HTTP 200 (S2)',
    transform: (p) => {
      p.status = 500;
    },
  },
  {
    name: 'reject-statuschange-missing',
    breaks: ['REJECT-SEQ-01', 'REJECT-ERR-04'],
    description: 'Reject sends no StatusChange',
    rationale: 'A StatusChange Completed follows a Reject (S2)',
    transform: (p) => {
      p.notifications = [];
    },
  },
  {
    name: 'reject-statuschange-duplicated',
    breaks: ['REJECT-SEQ-01'],
    description: 'Reject sends its StatusChange twice',
    rationale: 'One StatusChange follows a Reject (S2)',
    transform: (p) => {
      p.notifications.push(structuredClone(statusChange(p)));
    },
  },
  {
    name: 'reject-wrong-channel',
    breaks: ['REJECT-CHANNEL-01'],
    description: "Reject's StatusChange is published on /v2/me/interactions instead of /v2/me/chats",
    rationale: 'Chat notifications arrive on /v2/me/chats (S14, S15)',
    transform: (p) => {
      for (const d of p.notifications) d.channel = '/v2/me/interactions';
    },
  },
  {
    name: 'reject-chat-uri-missing',
    breaks: ['REJECT-SCHEMA-01'],
    description: "Reject's StatusChange shows the chat without its uri",
    rationale: 'A chat resource has an id, a uri and a state (S1, S2: the documented ChatStateChangeMessage)',
    transform: (p) => {
      delete chatOf(statusChange(p)).uri;
    },
  },
  {
    name: 'reject-other-chat-id',
    breaks: ['REJECT-CHAT-01', 'REJECT-SEQ-01', 'REJECT-ERR-04'],
    description: "Reject's StatusChange names another chat",
    rationale: "The Reject page's notification is about the chat rejected (S2)",
    transform: (p, ctx) => {
      chatOf(statusChange(p)).id = ctx.otherChatId;
      chatOf(statusChange(p)).uri = `${ctx.apiBase}/chats/${ctx.otherChatId}`;
    },
  },
  {
    name: 'reject-state-not-completed',
    breaks: ['REJECT-STATE-01'],
    description: "Reject's StatusChange shows the chat Chatting",
    rationale: "A rejected chat is Completed in the Reject page's sample (S2)",
    transform: (p) => {
      chatOf(statusChange(p)).state = 'Chatting';
    },
  },
  {
    name: 'reject-referenceid-missing',
    breaks: ['REJECT-REFID-01'],
    description: "Reject's StatusChange carries no referenceId",
    rationale: 'The StatusChange a Reject causes carries its referenceId (S2; §6.3)',
    transform: (p) => {
      delete statusChange(p).data.referenceId;
    },
  },
  {
    name: 'reject-participants-listed',
    breaks: ['REJECT-PART-01'],
    description: "Reject's StatusChange lists the customer",
    rationale: 'The sample StatusChange of Reject lists no participants (S2)',
    transform: (p, ctx) => {
      const c = (ctx.chat as SimChat).customer;
      chatOf(statusChange(p)).participants = [{ type: c.type, nickname: c.nickname, participantId: c.participantId }];
    },
  },
  {
    name: 'reject-capabilities-kept',
    breaks: ['REJECT-CAPS-01'],
    description: "Reject's StatusChange still offers Complete",
    rationale: 'The sample StatusChange of Reject has no capabilities (S2)',
    transform: (p) => {
      chatOf(statusChange(p)).capabilities = ['Complete'];
    },
  },
  {
    name: 'reject-extra-notification',
    breaks: ['REJECT-QUIET-01'],
    description: 'Reject sends a ParticipantsUpdated after its StatusChange',
    rationale: 'One notification follows a Reject (S2)',
    transform: (p) => {
      const extra = structuredClone(statusChange(p));
      extra.data.notificationType = 'ParticipantsUpdated';
      delete extra.data.referenceId;
      p.notifications.push(extra);
    },
  },
  {
    name: 'reject-offered-back',
    breaks: ['REJECT-ROUTE-02'],
    description: 'the agent that rejected the chat is offered it again, shortly after the StatusChange',
    rationale: 'The rejected chat is offered to another agent (S2)',
    transform: (p, ctx) => {
      const offer = stateChange('StatusChange', chatResource(ctx.apiBase, ctx.chat, 'offer'));
      p.later.push({ delayMs: 50, delivery: offer as unknown as { channel: string; data: { [key: string]: Json } } });
    },
  },
  {
    name: 'reject-not-offered-again',
    breaks: ['REJECT-ROUTE-01'],
    description: 'the rejected chat is not offered to another Ready agent',
    rationale: 'The rejected chat is offered to another agent (S2)',
    transform: (p) => {
      p.afterwards = undefined;
    },
  },
  {
    name: 'reject-unknown-id-succeeds',
    breaks: ['REJECT-ERR-01'],
    description: 'Reject of an unknown chat id answers {"statusCode": 0}',
    rationale: 'Reject of an unknown chat fails: statusCode 6, resource not found (Return Values)',
    bends: { 'chat-known-here': (call) => (call.ctx.model.chats.has(call.chatId) ? undefined : 'answer-success') },
  },
  {
    name: 'reject-accepted-chat-rejected',
    breaks: ['REJECT-ERR-02'],
    description: 'Reject of a chat the agent has accepted rejects it',
    rationale: 'Reject answers an offer; of an accepted chat it is invalid for the state (Return Values)',
    bends: { 'chat-offered-here': (call, s: RejectState) => (heldBy(s, call.agent) ? 'go-on' : undefined) },
  },
  {
    name: 'reject-other-agents-offer-accepted',
    breaks: ['REJECT-ERR-03'],
    description: 'Reject of a chat offered to another agent answers {"statusCode": 0} (and does nothing)',
    rationale: "An agent cannot reject another agent's offer: forbidden, no permission or not found (Return Values)",
    bends: { 'chat-known-here': (call) => (call.ctx.model.chats.has(call.chatId) ? 'answer-success' : undefined) },
  },
  {
    name: 'reject-refusal-changes-state',
    breaks: ['REJECT-ERR-04'],
    description: 'Reject of an accepted chat is refused, but the chat is rejected all the same',
    rationale: 'A failed request changes nothing (Return Values)',
    bends: { 'chat-offered-here': (call, s: RejectState) => (heldBy(s, call.agent) ? 'go-on-then-refuse' : undefined) },
  },
  {
    name: 'reject-error-statuscodes-generic',
    breaks: ['REJECT-CODE-01'],
    description: 'every refused Reject answers statusCode 4 (internal error)',
    rationale: "The statusCode names the refusal's reason (Return Values)",
    refusal: (e) => gwsError(e.status, 4, 'Internal error'),
  },
];
