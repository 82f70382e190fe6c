/**
 * Accept, as the docs describe it (the Chat Accept page, S1; docs/chat-accept-page.txt): the request,
 * the state it is allowed in, the answer and the three notifications that follow, the error cases with
 * the statusCodes the Return Values table (S17) allows for each, the suite's own reading first.
 */
import { defineOperation } from '../../helpers/contract/operation.ts';
import { PAGES } from '../../helpers/judges/catalogue/pages.ts';

export const ACCEPT = defineOperation({
  name: 'Accept',
  prefix: 'ACCEPT',
  doc: PAGES.accept,
  request: {
    method: 'POST',
    path: '/api/v2/me/chats/{id}',
    params: [
      { name: 'nickname', type: 'string', required: true, says: 'the agent nickname, as displayed to the customer' },
      {
        name: 'saveLAR',
        type: 'boolean',
        required: false,
        values: [true, false],
        says: 'store this agent in the contact profile for last-agent routing',
      },
    ],
  },
  allowedIn: { states: ['Invited'], capability: 'Accept' },
  success: {
    http: 200,
    bodies: ['statusCode 0'],
    notifications: [
      {
        messageType: 'ChatStateChangeMessage',
        notificationType: 'StatusChange',
        kind: 'StatusChange',
        referenceId: 'required',
        state: 'Chatting',
        participants: 'none',
      },
      {
        messageType: 'ChatStateChangeMessage',
        notificationType: 'ParticipantsUpdated',
        kind: 'ParticipantsUpdated',
        referenceId: 'optional',
        state: 'Chatting',
      },
      { messageType: 'MessageLogUpdated', notificationType: 'NewMessages', kind: 'MessageLogUpdated', referenceId: 'optional' },
    ],
    stateAfter: 'Chatting',
  },
  errors: [
    { name: 'unknown-id', what: 'an unknown chat id', statusCodes: [6] },
    { name: 'missing-nickname', what: 'no nickname', statusCodes: [1] },
    { name: 'accepted-twice', what: 'a chat already accepted', statusCodes: [2, 3] },
    { name: 'not-offered', what: 'a chat offered to another agent', statusCodes: [6, 3, 5] },
    { name: 'accepted-at-once', what: 'the second of two Accepts sent at once', statusCodes: [2, 3] },
    { name: 'empty-nickname', what: 'an empty nickname', statusCodes: [1, 10] },
    { name: 'nickname-not-string', what: 'a nickname that is not a string', statusCodes: [10, 2, 1] },
    { name: 'savelar-invalid', what: 'saveLAR neither true nor false', statusCodes: [10, 2] },
    { name: 'no-operationname', what: 'no operationName', statusCodes: [1] },
    { name: 'unknown-operationname', what: 'an operationName that does not exist', statusCodes: [2, 3, 10] },
  ],
  effects: [
    'the chat is Chatting with this agent, under the nickname sent',
    'no other agent is offered the chat, or hears of it',
    'the customer sees the agent join (GMS transcript)',
  ],
});
