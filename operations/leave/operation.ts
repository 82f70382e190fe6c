/**
 * Leave, as the docs describe it (the Chat Leave page, S4; docs/gws-chat-api-facts.md §4–§7): the agent
 * leaves a chat it is Chatting in, outside a conference. The answer is {"statusCode": 0}; one
 * StatusChange follows with the request's referenceId and the chat LeftChat, offering the LeftChat
 * capabilities of the sample (Complete among them); the customer's session ends, and the agent can still
 * wrap the chat up and complete it. (In a conference the chat would be Completed for the agent and stay
 * open for the customer: the suite drives no conference.)
 */
import { defineOperation } from '../../helpers/contract/operation.ts';
import { PAGES } from '../../helpers/judges/catalogue/pages.ts';

export const LEAVE = defineOperation({
  name: 'Leave',
  prefix: 'LEAVE',
  doc: PAGES.leave,
  request: {
    method: 'POST',
    path: '/api/v2/me/chats/{id}',
    params: [{ name: 'text', type: 'string', required: false, says: 'a last message to the customer' }],
  },
  allowedIn: { states: ['Chatting'], capability: 'Leave' },
  success: {
    http: 200,
    bodies: ['statusCode 0'],
    notifications: [
      {
        messageType: 'ChatStateChangeMessage',
        notificationType: 'StatusChange',
        kind: 'StatusChange',
        referenceId: 'required',
        state: 'LeftChat',
      },
    ],
    stateAfter: 'LeftChat',
  },
  errors: [
    { name: 'unknown-id', what: 'an unknown chat id', statusCodes: [6] },
    { name: 'offered', what: 'a chat offered to the agent, not accepted', statusCodes: [2, 3] },
  ],
  effects: ["the customer's session ends", 'the agent can still complete the chat'],
});

/** An error case of Leave's declaration, by name. */
export type LeaveErrorCase = (typeof LEAVE.errors)[number]['name'];
