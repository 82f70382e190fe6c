/**
 * SendUrl, as the docs describe it (the Chat SendURL page, S10; docs/gws-chat-api-facts.md §5, §6.2): the
 * agent sends a URL to all the chat's participants, in a chat it is Chatting in. The answer is
 * {"statusCode": 0}; one MessageLogUpdated NewMessages follows with one PushUrl entry carrying the url
 * exactly as sent, from the agent's participant, visibility All; the customer sees it. (A 2017 revision
 * adds optional text, messageType and treatAs: not judged.)
 */
import { defineEntryOperation } from '../../helpers/contract/operation.ts';
import { PAGES } from '../../helpers/judges/catalogue/pages.ts';

export const SEND_URL = defineEntryOperation({
  name: 'SendUrl',
  prefix: 'SENDURL',
  doc: PAGES.sendUrl,
  params: [
    { name: 'url', type: 'string', required: true, says: 'the URL to send to the customer' },
    { name: 'text', type: 'string', required: false, says: 'a text with it (2017 draft; not judged)' },
  ],
  entry: {
    type: 'PushUrl',
    visibility: 'All',
    from: 'the agent',
    echoes: [{ field: 'url', param: 'url' }],
    without: [],
    customer: 'sees it',
  },
  effects: ['the customer receives the URL (GMS transcript)'],
});
