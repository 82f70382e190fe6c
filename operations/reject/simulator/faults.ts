/**
 * Faults of Reject: each something a real server could get wrong, breaking exactly the requirements it
 * names; they transform the plan of a Reject, or bend one of its handler's checks by name. The faults
 * any one-notification operation, and any StatusChange operation, can have come from its declaration
 * (commonFaults, stateChangeFaults: the simulator's kit); the rest are its own.
 */
import {
  chatOf,
  chatResource,
  commonFaults,
  type Json,
  type SimChat,
  stateChange,
  stateChangeFaults,
  statusChange,
} from '../../../simulator/kit.ts';
import { REJECT } from '../operation.ts';
import type { RejectDeviation } from './deviation.ts';
import type { RejectState } from './handler.ts';

/** The refusal of a chat the agent holds (accepted), not of one offered to it. */
/** The chat is one the agent has accepted and is Chatting in (not one it has since completed). */
const heldBy = (s: RejectState, agent: unknown) => s.chat?.agent === agent && s.chat?.state === 'Chatting';

export const REJECT_FAULTS: readonly RejectDeviation[] = [
  ...commonFaults(REJECT, {
    http: 'REJECT-HTTP-01',
    resp: 'REJECT-RESP-01',
    seq: 'REJECT-SEQ-01',
    channel: 'REJECT-CHANNEL-01',
    quiet: 'REJECT-QUIET-01',
    unknownId: 'REJECT-ERR-01',
    code: 'REJECT-CODE-01',
    retry: 'REJECT-ERR-04',
  }),
  ...stateChangeFaults(REJECT, { schema: 'REJECT-SCHEMA-01', chat: 'REJECT-CHAT-01', seq: 'REJECT-SEQ-01', retry: 'REJECT-ERR-04' }),
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
    name: 'reject-offered-back',
    breaks: ['REJECT-ROUTE-02'],
    description: 'the agent that rejected the chat is offered it again, shortly after the StatusChange',
    rationale: 'The rejected chat is offered to another agent (S2)',
    lateMs: 50,
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
];
