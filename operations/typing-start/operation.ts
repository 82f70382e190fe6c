/**
 * SendStartTypingNotification, as the docs describe it (the Chat typing notification pages, S9; docs/gws-chat-api-facts.md §5,
 * §6.2): the agent says it starts typing in a chat it is Chatting in. The answer is {"statusCode": 0}; one
 * MessageLogUpdated NewMessages follows with one TypingStarted entry without text, from the agent's participant,
 * visibility All; the customer sees it. (A later draft of the page adds optional text, messageType and
 * treatAs: not judged.)
 */
import { defineEntryOperation } from '../../helpers/contract/operation.ts';
import { PAGES } from '../../helpers/judges/catalogue/pages.ts';

export const TYPING_START = defineEntryOperation({
  name: 'SendStartTypingNotification',
  prefix: 'TYPINGSTART',
  doc: PAGES.typing,
  params: [],
  entry: { type: 'TypingStarted', visibility: 'All', from: 'the agent', echoes: [], without: ['text'], customer: 'sees it' },
  effects: ['the customer sees the TypingStarted notice (GMS transcript)'],
});
