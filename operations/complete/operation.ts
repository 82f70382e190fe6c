/**
 * Complete, as the docs describe it (the Chat Complete page, S3; docs/gws-chat-api-facts.md §5): the
 * agent ends a chat it is in. The suite serves it in the simulator and completes the chats its scenarios
 * accepted with it; its requirements are not derived yet.
 */
import { defineOperation } from '../../helpers/contract/operation.ts';
import { PAGES } from '../../helpers/judges/catalogue/pages.ts';

export const COMPLETE = defineOperation({
  name: 'Complete',
  prefix: 'COMPLETE',
  doc: PAGES.complete,
  request: {
    method: 'POST',
    path: '/api/v2/me/chats/{id}',
    params: [
      { name: 'queueName', type: 'string', required: false, says: 'the queue to place the chat in' },
      { name: 'saveLAR', type: 'boolean', required: false, values: [true, false], says: 'store this agent for last-agent routing' },
      { name: 'text', type: 'string', required: false, says: 'a message to the customer' },
    ],
  },
  allowedIn: { states: ['Chatting', 'LeftChat'], capability: 'Complete' },
  success: {
    http: 200,
    bodies: ['statusCode 0'],
    notifications: [
      {
        messageType: 'ChatStateChangeMessage',
        notificationType: 'StatusChange',
        kind: 'StatusChange',
        referenceId: 'optional',
        state: 'Completed',
        capabilities: 'none',
      },
    ],
    stateAfter: 'Completed',
  },
  errors: [
    { name: 'unknown-id', what: 'an unknown chat id', statusCodes: [6] },
    { name: 'not-chatting', what: 'a chat not Chatting with this agent', statusCodes: [2, 3] },
  ],
  effects: ["the customer's session ends if still open", "the agent's capacity is free for the next chat"],
});
