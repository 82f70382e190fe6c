/**
 * Faults that break Accepts that must fail, and the statusCodes of errors (ACCEPT-ERR, CODE): each bends
 * a check of Accept's handler by name, or switches a server-wide behaviour on.
 */
import type { SimChat } from '../../../../simulator/kit.ts';
import type { AcceptDeviation, Plan } from '../deviation.ts';
import type { AcceptState } from '../handler.ts';

/** Each chat's accepted plan, and when (double-accept-race). */
const acceptedPlans = new WeakMap<SimChat, { at: number; plan: Plan }>();

export const ERROR_FAULTS: readonly AcceptDeviation[] = [
  {
    name: 'second-accept-succeeds',
    bends: {
      'chat-still-offered': (call, s: AcceptState) =>
        s.chat?.agent === call.agent && s.chat.state === 'Chatting' ? 'answer-success' : undefined,
    },
    breaks: ['ACCEPT-ERR-03', 'ACCEPT-ERR-12'],
    description: 'Accepting a chat that is already accepted answers statusCode 0',
    rationale: 'Accept applies to an offered chat; an error means nothing was changed (S1, S17)',
  },
  {
    name: 'unknown-id-accepted',
    // About ids that exist nowhere: a chat offered to someone else stays not found.
    bends: { 'chat-offered-here': (call) => (call.ctx.model.chats.has(call.chatId) ? undefined : 'answer-success') },
    breaks: ['ACCEPT-ERR-01'],
    description: 'Accept of an unknown chat id answers statusCode 0',
    rationale: 'An operation on a resource that does not exist fails (statusCode 6, S17)',
  },
  {
    name: 'missing-nickname-accepted',
    bends: {
      'nickname-given': (call, s: AcceptState) => {
        s.nickname = call.agent.username;
        return 'go-on';
      },
    },
    // An empty nickname is accepted too (under the user name): a choice the docs leave open (ERR-07).
    breaks: ['ACCEPT-ERR-02'],
    description: 'Accept without nickname (or with an empty one) answers statusCode 0 and accepts the chat under the user name',
    rationale: 'nickname is a required parameter of Accept (seed; statusCode 1, S17)',
  },
  {
    name: 'csrf-not-enforced',
    switches: ['csrf-not-enforced'],
    breaks: ['ACCEPT-ERR-05', 'ACCEPT-CSRF-02', 'ACCEPT-CSRF-03', 'ACCEPT-CSRF-04'],
    description: 'POST without the X-CSRF-TOKEN header is processed',
    rationale: 'With CSRF protection on, a write without the session token fails with HTTP 403 (S18)',
  },
  {
    name: 'other-agent-can-accept',
    bends: {
      'chat-offered-here': (call, s: AcceptState) => {
        const any = call.ctx.model.chats.get(call.chatId);
        if (any?.state !== 'Invited') return undefined;
        s.chat = any;
        return 'go-on';
      },
    },
    breaks: ['ACCEPT-ERR-04'],
    description: 'An agent can accept a chat offered to another agent',
    rationale: 'Only the agent the chat is offered to can accept it (S1: "accepts an incoming chat")',
  },
  {
    name: 'error-changes-state',
    bends: {
      'nickname-given': (call, s: AcceptState) => {
        if (s.chat?.state !== 'Invited') return undefined;
        s.nickname = call.agent.username;
        return 'go-on-then-refuse';
      },
    },
    breaks: ['ACCEPT-ERR-06', 'ACCEPT-ERR-07'],
    description: 'An Accept without nickname answers an error but accepts the chat anyway',
    rationale: 'An error response means nothing was changed (S17)',
  },
  {
    name: 'nickname-type-ignored',
    bends: { 'nickname-text': () => 'answer-success' },
    breaks: ['ACCEPT-ERR-08'],
    description: 'Accept with a nickname that is not a string answers statusCode 0 and does nothing: the chat stays offered',
    rationale:
      'A success means the operation was done: after a successful Accept the chat notifications arrive (seed); an error is a non-zero statusCode (Return Values)',
  },
  {
    name: 'savelar-unchecked',
    bends: { 'savelar-true-or-false': () => 'go-on' },
    breaks: ['ACCEPT-ERR-09'],
    description: 'Accept with saveLAR "yes" accepts the chat',
    rationale: 'saveLAR takes true or false (seed); another value is an input validation error (statusCode 10)',
  },
  {
    name: 'operationname-optional',
    takesNamelessRequests: true,
    breaks: ['ACCEPT-ERR-10'],
    description: 'A chat operation without operationName is taken for an Accept',
    rationale: 'operationName is a required parameter (seed); its absence is statusCode 1 (Return Values)',
  },
  {
    name: 'unknown-operation-ignored',
    switches: ['unknown-operation-ignored'],
    breaks: ['ACCEPT-ERR-11'],
    description: 'A chat operation with an unknown operationName answers statusCode 0 and does nothing',
    rationale: 'An operation that does not exist cannot succeed (Return Values)',
  },
  {
    name: 'error-statuscodes-generic',
    switches: ['error-statuscodes-generic'],
    breaks: ['ACCEPT-CODE-01'],
    description: 'Every failed chat operation answers statusCode 4 (internal error), whatever the reason',
    rationale: 'The statusCode names the reason: 6 not found, 1 missing parameter, 10 invalid value, ... (Return Values)',
  },
  {
    name: 'error-without-statusmessage',
    switches: ['error-without-statusmessage'],
    breaks: ['ACCEPT-ERR-01', 'ACCEPT-ERR-02', 'ACCEPT-ERR-03', 'ACCEPT-ERR-04', 'ACCEPT-CODE-02'],
    description: 'A failed chat operation answers its statusCode without a statusMessage',
    rationale: 'On error the body holds a statusCode and a statusMessage (Return Values page; Chat Accept page)',
  },
  {
    name: 'error-html',
    switches: ['error-html'],
    breaks: ['ACCEPT-CODE-03'],
    description: 'A failed chat operation answers its JSON error body as text/html',
    rationale: 'Response bodies are JSON (fact sheet §2)',
  },
  {
    name: 'double-accept-race',
    // It remembers each chat's accepted plan, and carries it out again for an Accept soon after.
    transform: (plan, ctx) => {
      acceptedPlans.set(ctx.chat, { at: Date.now(), plan });
    },
    bends: {
      'chat-still-offered': (call, s: AcceptState) => {
        const first = s.chat && acceptedPlans.get(s.chat);
        return s.chat?.agent === call.agent && first && Date.now() - first.at < 300 ? { replay: first.plan } : undefined;
      },
    },
    breaks: ['ACCEPT-ERR-12'],
    description: 'An Accept that arrives within 300 ms of the first one succeeds too, and the notifications are sent again',
    rationale: 'A Chatting chat cannot be accepted again; an error means nothing was changed (seed; Return Values)',
  },
];
