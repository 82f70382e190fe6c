/**
 * SendStopTypingNotification, as the docs describe it (the Chat typing notification pages, S9; docs/gws-chat-api-facts.md §5,
 * §6.2): the agent says it stops typing in a chat it is Chatting in. The answer is {"statusCode": 0}; one
 * MessageLogUpdated NewMessages follows with one TypingStopped entry without text, from the agent's participant,
 * visibility All; the customer sees it. (A later draft of the page adds optional text, messageType and
 * treatAs: not judged.)
 */
import { defineOperation } from '../../helpers/contract/operation.ts';
import { PAGES } from '../../helpers/judges/catalogue/pages.ts';

export const TYPING_STOP = defineOperation({
  name: 'SendStopTypingNotification',
  prefix: 'TYPINGSTOP',
  doc: PAGES.typing,
  request: { method: 'POST', path: '/api/v2/me/chats/{id}', params: [] },
  allowedIn: { states: ['Chatting'], capability: 'SendStopTypingNotification' },
  success: {
    http: 200,
    bodies: ['statusCode 0'],
    notifications: [
      {
        messageType: 'MessageLogUpdated',
        notificationType: 'NewMessages',
        kind: 'MessageLogUpdated',
        referenceId: 'optional',
        entry: { type: 'TypingStopped', visibility: 'All', from: 'the agent', echoes: [], without: ['text'], customer: 'sees it' },
      },
    ],
    stateAfter: 'Chatting',
  },
  errors: [
    { name: 'unknown-id', what: 'an unknown chat id', statusCodes: [6] },
    { name: 'offered', what: 'a chat offered to the agent, not accepted', statusCodes: [2, 3] },
  ],
  effects: ['the customer sees the TypingStopped notice (GMS transcript)'],
});
