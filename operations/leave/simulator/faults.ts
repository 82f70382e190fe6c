/**
 * Faults of Leave: each something a real server could get wrong, breaking exactly the requirements it
 * names; they transform the plan of a Leave, or bend one of its handler's checks by name. The faults
 * any one-notification operation, any StatusChange operation and any operation on a Chatting chat can
 * have come from its declaration (commonFaults, stateChangeFaults, offeredFaults: the simulator's kit);
 * the rest are its own.
 */
import { chatOf, commonFaults, offeredFaults, type SimChat, stateChangeFaults, statusChange } from '../../../simulator/kit.ts';
import { LEAVE } from '../operation.ts';
import type { LeaveDeviation } from './deviation.ts';

export const LEAVE_FAULTS: readonly LeaveDeviation[] = [
  ...commonFaults(LEAVE, {
    http: 'LEAVE-HTTP-01',
    resp: 'LEAVE-RESP-01',
    seq: 'LEAVE-SEQ-01',
    channel: 'LEAVE-CHANNEL-01',
    quiet: 'LEAVE-QUIET-01',
    unknownId: 'LEAVE-ERR-01',
    code: 'LEAVE-CODE-01',
  }),
  ...stateChangeFaults(LEAVE, { schema: 'LEAVE-SCHEMA-01', chat: 'LEAVE-CHAT-01', seq: 'LEAVE-SEQ-01' }),
  {
    name: 'leave-state-completed',
    breaks: ['LEAVE-STATE-01'],
    description: 'Leave outside a conference shows the chat Completed, as in a conference',
    rationale: 'Outside a conference the chat is LeftChat; Completed is the conference case (S4)',
    transform: (p) => {
      chatOf(statusChange(p)).state = 'Completed';
    },
  },
  {
    name: 'leave-referenceid-missing',
    breaks: ['LEAVE-REFID-01'],
    description: "Leave's StatusChange carries no referenceId",
    rationale: "The Leave page's sample StatusChange carries the request's referenceId (S4; §6.3)",
    transform: (p) => {
      delete statusChange(p).data.referenceId;
    },
  },
  {
    name: 'leave-complete-not-offered',
    breaks: ['LEAVE-CAPS-01'],
    description: "Leave's StatusChange offers no Complete",
    rationale: "After Leave the agent can still complete the chat, as the sample's LeftChat capabilities say (S4)",
    transform: (p) => {
      const chat = chatOf(statusChange(p));
      chat.capabilities = (chat.capabilities as string[]).filter((c) => c !== 'Complete');
    },
  },
  {
    name: 'leave-sendmessage-kept',
    breaks: ['LEAVE-CAPS-02'],
    description: "Leave's StatusChange still offers SendMessage",
    rationale: "Leave ends the customer's session: the sample's LeftChat capabilities have nothing that writes to it (S4)",
    transform: (p) => {
      const chat = chatOf(statusChange(p));
      chat.capabilities = [...(chat.capabilities as string[]), 'SendMessage'];
    },
  },
  {
    name: 'leave-customer-kept-open',
    breaks: ['LEAVE-CUSTOMER-01'],
    description: "Leave leaves the agent's chat but the customer's session open",
    rationale: 'Outside a conference, Leave ends the chat session for the customer (S4)',
    transform: (_p, ctx) => {
      (ctx.chat as SimChat).customerKeptOpen = true;
    },
  },
  ...offeredFaults(LEAVE, { offered: 'LEAVE-ERR-02', unchanged: 'LEAVE-ERR-03' }),
];
