/**
 * Faults of Complete: each something a real server could get wrong, breaking exactly the requirements
 * it names; they transform the plan of a Complete, or bend one of its handler's checks by name. The
 * faults any one-notification operation, any StatusChange operation and any operation on a Chatting chat
 * can have come from its declaration (commonFaults, stateChangeFaults, offeredFaults: the simulator's
 * kit); the rest are its own.
 */
import {
  chatOf,
  commonFaults,
  offeredFaults,
  onlyOfferedTo,
  type SimChat,
  stateChangeFaults,
  statusChange,
} from '../../../simulator/kit.ts';
import { COMPLETE } from '../operation.ts';
import type { CompleteDeviation } from './deviation.ts';
import type { CompleteState } from './handler.ts';

export const COMPLETE_FAULTS: readonly CompleteDeviation[] = [
  ...commonFaults(COMPLETE, {
    http: 'COMPLETE-HTTP-01',
    resp: 'COMPLETE-RESP-01',
    seq: 'COMPLETE-SEQ-01',
    channel: 'COMPLETE-CHANNEL-01',
    quiet: 'COMPLETE-QUIET-01',
    unknownId: 'COMPLETE-ERR-01',
    code: 'COMPLETE-CODE-01',
  }),
  ...stateChangeFaults(COMPLETE, { schema: 'COMPLETE-SCHEMA-01', chat: 'COMPLETE-CHAT-01', seq: 'COMPLETE-SEQ-01' }),
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
  ...offeredFaults(COMPLETE, { offered: 'COMPLETE-ERR-02' }),
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
    bends: { 'chat-chatting-here': (call, s: CompleteState) => (onlyOfferedTo(s, call.agent) ? 'go-on-then-refuse' : undefined) },
  },
];
