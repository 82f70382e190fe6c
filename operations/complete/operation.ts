/**
 * Complete, as the docs describe it (the Chat Complete page, S3; docs/gws-chat-api-facts.md §4–§7): the
 * agent ends a chat it is in. The answer is {"statusCode": 0}; one StatusChange Completed follows (the
 * sample has no referenceId and no capabilities); the customer's session ends if still open; the agent,
 * Ready, is offered the next chat waiting.
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
    { name: 'offered', what: 'a chat offered to the agent, not accepted', statusCodes: [2, 3] },
    { name: 'completed', what: 'a chat the agent has completed', statusCodes: [2, 3, 6] },
  ],
  effects: ["the customer's session ends if still open", "the agent's capacity is free for the next chat"],
});

/** An error case of Complete's declaration, by name. */
export type CompleteErrorCase = (typeof COMPLETE.errors)[number]['name'];
