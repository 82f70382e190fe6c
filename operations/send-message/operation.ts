/**
 * SendMessage, as the docs describe it (the Chat SendMessage page, S8; docs/gws-chat-api-facts.md §5,
 * §6.2): the agent sends a message in a chat it is Chatting in. The answer is {"statusCode": 0}; one
 * MessageLogUpdated NewMessages follows with one Text entry: the text exactly as sent, from the agent's
 * participant, visibility All, its index continuing the transcript; the customer reads it in the GMS
 * transcript.
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
      {
        messageType: 'MessageLogUpdated',
        notificationType: 'NewMessages',
        kind: 'MessageLogUpdated',
        referenceId: 'optional',
        entry: {
          type: 'Text',
          visibility: 'All',
          from: 'the agent',
          echoes: [{ field: 'text', param: 'text' }],
          without: [],
          customer: 'sees it',
        },
      },
    ],
    stateAfter: 'Chatting',
  },
  errors: [
    { name: 'unknown-id', what: 'an unknown chat id', statusCodes: [6] },
    { name: 'missing-text', what: 'no text', statusCodes: [1] },
    { name: 'offered', what: 'a chat offered to the agent, not accepted', statusCodes: [2, 3] },
  ],
  effects: ['the customer receives the message (GMS transcript)'],
});

/** An error case of SendMessage's declaration, by name. */
export type SendMessageErrorCase = (typeof SEND_MESSAGE.errors)[number]['name'];
