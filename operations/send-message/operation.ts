/**
 * SendMessage, as the docs describe it (the Chat SendMessage page, S8; docs/gws-chat-api-facts.md §5):
 * the agent sends a message to the chat. The suite serves it in the simulator; its requirements are
 * not derived yet.
 */
import { defineOperation } from '../../helpers/contract/operation.ts';
import { PAGES } from '../../helpers/judges/catalogue/pages.ts';

export const SEND_MESSAGE = defineOperation({
  name: 'SendMessage',
  prefix: 'SENDMESSAGE',
  doc: PAGES.sendMessage,
  request: {
    method: 'POST',
    path: '/api/v2/me/chats/{id}',
    params: [
      { name: 'text', type: 'string', required: true, says: 'the message, as sent' },
      { name: 'messageType', type: 'string', required: false, says: 'echoed on the message only with includeMessageType' },
      { name: 'treatAs', type: 'string', required: false, values: ['Normal', 'System'], says: 'how the message is treated' },
    ],
  },
  allowedIn: { states: ['Chatting'], capability: 'SendMessage' },
  success: {
    http: 200,
    bodies: ['statusCode 0'],
    notifications: [
      { messageType: 'MessageLogUpdated', notificationType: 'NewMessages', kind: 'MessageLogUpdated', referenceId: 'optional' },
    ],
    stateAfter: 'Chatting',
  },
  errors: [
    { name: 'unknown-id', what: 'an unknown chat id', statusCodes: [6] },
    { name: 'missing-text', what: 'no text', statusCodes: [1] },
    { name: 'not-chatting', what: 'a chat not Chatting with this agent', statusCodes: [2] },
  ],
  effects: ['the customer receives the message (GMS transcript)'],
});
