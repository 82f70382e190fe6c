/**
 * Reject, as the docs describe it (the Chat Reject page, S2; docs/gws-chat-api-facts.md §4, §5, §7): the
 * other answer to an offer. The page's text says an empty HTTP 200, its sample shows {"status": 0}: both
 * are legal, and so is {"statusCode": 0} (every other operation's answer). Then one StatusChange
 * Completed, with the request's referenceId, no participants and no capabilities; the chat is offered
 * to another Ready agent, never to the one that rejected it.
 */
import { defineOperation } from '../../helpers/contract/operation.ts';
import { PAGES } from '../../helpers/judges/catalogue/pages.ts';

export const REJECT = defineOperation({
  name: 'Reject',
  prefix: 'REJECT',
  doc: PAGES.reject,
  request: { method: 'POST', path: '/api/v2/me/chats/{id}', params: [] },
  allowedIn: { states: ['Invited'], capability: 'Reject' },
  success: {
    http: 200,
    bodies: ['statusCode 0', 'status 0', 'empty'],
    notifications: [
      {
        messageType: 'ChatStateChangeMessage',
        notificationType: 'StatusChange',
        kind: 'StatusChange',
        referenceId: 'required',
        state: 'Completed',
        participants: 'none',
        capabilities: 'none',
      },
    ],
    stateAfter: 'Completed',
  },
  errors: [
    { name: 'unknown-id', what: 'an unknown chat id', statusCodes: [6] },
    { name: 'accepted', what: 'a chat already accepted', statusCodes: [2, 3] },
    { name: 'not-offered', what: "another agent's offer", statusCodes: [6, 3, 5] },
  ],
  effects: ['the chat is offered to another Ready agent', 'the agent that rejected it is never offered it again'],
});

/** An error case of Reject's declaration, by name. */
export type RejectErrorCase = (typeof REJECT.errors)[number]['name'];
