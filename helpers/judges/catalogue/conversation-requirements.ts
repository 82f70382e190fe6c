/**
 * The rules that hold across a whole conversation, derived once (not per operation): the customer's
 * side as the agent sees it (each message the customer sends through GMS reaches the agent once, from
 * the customer's participant, in the order sent), each request's referenceId its own, and the
 * customer's transcript holding the messages it shares with the agent's in the agent's order, and every operation refused
 * on a chat that has ended for the agent (completed or rejected). The whole conversation
 * (helpers/scenarios/conversation.ts) decides them; the text of a requirement lives here only.
 */

import type { OpenChoice } from './open-choice.ts';
import { FACT_SHEET, PAGES } from './pages.ts';
import type { Requirement } from './requirement.ts';
import { checked, type Trace, unchecked } from './trace.ts';

/** The prefix of the conversation's own requirement IDs. */
export const CONVERSATION_PREFIX = 'CONV';

const MESSAGE_TYPES = PAGES.messageTypes;
const GMS = PAGES.gmsChat;

export const CONVERSATION_CATALOGUE = [
  {
    id: 'CONV-CUSTOMER-01',
    level: 'MUST',
    status: 'documented',
    source: `${GMS.title}: send adds the customer's message to the chat; ${MESSAGE_TYPES.title}: MessageLogUpdated (NewMessages) carries the messages added to the transcript; ${PAGES.accept.title}: the sample transcript shows the customer's Text entry with its text`,
    url: GMS.url,
    text: 'Each message the customer sends (GMS send) reaches the agent once, as a Text entry of a MessageLogUpdated about the chat with the text exactly as sent.',
  },
  {
    id: 'CONV-CUSTOMER-02',
    level: 'MUST',
    status: 'documented',
    source: `${PAGES.accept.title}: the sample transcript's customer entries are from {type Customer} with the participantId the chat's participants list for the customer (${FACT_SHEET} §4.4)`,
    url: PAGES.accept.url,
    text: "A customer message reaches the agent from the customer's participant: type Customer and the participantId the chat's participants show for the customer.",
  },
  {
    id: 'CONV-CUSTOMER-03',
    level: 'MUST',
    status: 'documented',
    source: `${MESSAGE_TYPES.title}: an entry's index is its position in the chat's transcript (${FACT_SHEET} §6.2)`,
    url: MESSAGE_TYPES.url,
    text: "The customer's messages reach the agent in the order sent, each with an index above every index the agent was sent before it.",
  },
  {
    id: 'CONV-CUSTOMER-04',
    level: 'SHOULD',
    status: 'shown',
    source: `${GMS.title}: disconnect ends the customer's session; ${PAGES.accept.title}: the sample transcript shows a participant leaving as a ParticipantLeft entry from its participant (${FACT_SHEET} §6.2, §9.1)`,
    url: PAGES.accept.url,
    text: "When the customer leaves (GMS disconnect) while the agent is Chatting, the agent is sent a ParticipantLeft entry from the customer's participant.",
  },
  {
    id: 'CONV-REFID-01',
    level: 'MUST',
    status: 'documented',
    source: `${MESSAGE_TYPES.title}: referenceId correlates a notification with the request that caused it (${FACT_SHEET} §6.3)`,
    url: MESSAGE_TYPES.url,
    text: "The referenceIds of the notifications caused by different requests of one conversation differ: each request's is its own.",
  },
  {
    id: 'CONV-TRANSCRIPT-01',
    level: 'SHOULD',
    status: 'shown',
    source: `${GMS.title}: refresh returns the chat's messages with their transcript index; ${PAGES.accept.title}: the agent's entries carry their transcript index, visibility All for everyone's messages (${FACT_SHEET} §6.2, §9.1)`,
    url: GMS.url,
    text: "The chat messages (Text entries visible to All) that the customer's transcript (GMS refresh) and the agent's both hold are in the same order in both.",
  },
  {
    id: 'CONV-ENDED-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGES.complete.title} and ${PAGES.reject.title}: the chat Completed for the agent, with no capabilities (the samples have none); ${PAGES.returnValues.title}: a failed request answers a non-zero statusCode (${FACT_SHEET} §4.3, §7.1)`,
    url: PAGES.complete.url,
    text: 'Every operation on a chat that has ended for the agent (it completed or rejected it) is refused with a non-zero statusCode: each operation the suite knows that no state Completed allows, but one with a requirement of its own for it and, on a rejected chat, those allowed on an offer (the chat may be offered again).',
  },
  {
    id: 'CONV-ENDED-02',
    level: 'MUST',
    status: 'documented',
    source: `${PAGES.returnValues.title}: a failed request changes nothing`,
    url: PAGES.returnValues.url,
    text: 'The operations refused on a chat that has ended for the agent change nothing: no notification about the chat follows them.',
  },
  {
    id: 'CONV-REST-01',
    level: 'SHOULD',
    status: 'shown',
    source: `${PAGES.returnValues.title}: a GET of one resource answers it in an attribute named after it; ${PAGES.clients.title}: the .NET client reads the agent's chats over REST to recover their state, as the notifications give it; the Chatting capability lists of the samples (${FACT_SHEET} §2, §4.3, §9 14: the shape of GET /api/v2/me/chats/{id} is inferred)`,
    url: PAGES.clients.url,
    text: "After Accept, and after an operation that leaves the chat Chatting (an entry, a userData change), each once its window ended, the chat's REST view (GET /api/v2/me/chats/{id}) shows it Chatting, as the notifications do, offering what every documented Chatting capability list holds (Transfer, Leave, Complete, SendMessage and the typing notices).",
  },
  {
    id: 'CONV-REST-02',
    level: 'SHOULD',
    status: 'shown',
    source: `${PAGES.userData.title}: the operation changes the chat's userData key by key; ${PAGES.clients.title}: the .NET client reads the agent's chats over REST to recover their state (${FACT_SHEET} §2, §5, §9 14)`,
    url: PAGES.userData.url,
    text: "After AttachUserData, UpdateUserData or DeleteUserData and its window, the chat's REST view shows the userData the operation left: each key set with the value given (of the same JSON type), each key removed gone, every other key as the REST view showed it before.",
  },
  {
    id: 'CONV-REST-03',
    level: 'SHOULD',
    status: 'shown',
    source: `${PAGES.returnValues.title}: a GET of one resource answers it; ${PAGES.accept.title}: the chat's participants are the agent and the customer, the customer under the nickname of the chat request (the seed's ParticipantsUpdated); ${PAGES.clients.title}: the .NET client recovers the chats from REST (${FACT_SHEET} §2, §4.4, §9 14)`,
    url: PAGES.accept.url,
    text: "After Accept, and after an operation that leaves the chat Chatting (an entry, a userData change), each once its window ended, the chat's REST view lists its participants: the customer, under the nickname it started the chat with, and the agent, each with the participantId the notifications gave it.",
  },
  {
    id: 'CONV-REST-04',
    level: 'SHOULD',
    status: 'shown',
    source: `${PAGES.recoveringState.title}: a collection GET with fields=* answers its resources whole (GET /api/v2/me/calls?fields=*); ${PAGES.returnValues.title}: without it, their URIs; ${PAGES.clients.title}: the .NET client reads the agent's chats over REST to recover their state (${FACT_SHEET} §2, §9 14: the shape of GET /api/v2/me/chats is inferred)`,
    url: PAGES.recoveringState.url,
    text: "After an operation that leaves the chat Chatting (an entry, a userData change) and its window, the agent's chats over REST (GET /api/v2/me/chats?fields=*) list the chat, Chatting.",
  },
  {
    id: 'CONV-REST-05',
    level: 'SHOULD',
    status: 'shown',
    source: `${PAGES.leave.title} and ${PAGES.complete.title}: the chat LeftChat, or Completed, as their StatusChange shows; ${PAGES.returnValues.title}: a GET of one resource answers it; ${PAGES.clients.title}: the .NET client recovers the chats from REST (${FACT_SHEET} §4.2, §4.3, §9 14: no page says whether an ended chat stays readable)`,
    url: PAGES.leave.url,
    text: "After Leave or Complete and its window, the chat's REST view, where it still shows the chat, shows it in the state the operation left it (LeftChat, Completed), as its StatusChange did; a REST view that no longer shows the chat is not held against the server.",
  },
  {
    id: 'CONV-LEFT-01',
    level: 'SHOULD',
    status: 'shown',
    source: `${PAGES.leave.title}: outside a conference, Leave ends the chat session for the customer and the agent can go on "as indicated in capabilities"; the sample's LeftChat capabilities list nothing that writes to the customer (${FACT_SHEET} §4.2, §4.3)`,
    url: PAGES.leave.url,
    text: 'After Leave outside a conference, every operation that adds an entry the customer would see (SendMessage, the typing notices, SendUrl, SendNicknameUpdatedNotice) is refused with a non-zero statusCode.',
  },
] as const satisfies readonly Requirement[];

/** Where the docs leave a choice open across the conversation: what the agent may still do once it left the chat. */
export const CONVERSATION_OPEN_CHOICES = [
  {
    name: 'left-chat-operations',
    requirement: 'CONV-LEFT-01',
    question:
      'After Leave outside a conference, may the agent still change the user data or send a notice to agents only (AttachUserData, UpdateUserData, DeleteUserData, SendCustomNoticeToAgents)?',
    reasoning:
      'The Leave page says the agent can still update user data "as indicated in capabilities", and its sample LeftChat capabilities list none of them: a server that carries them out and one that refuses them both follow a page',
    gap: 'No page lists the LeftChat capabilities of a server with user data on, or says what a refused one answers (S4; docs/gws-chat-api-facts.md §4.3)',
  },
] as const satisfies readonly OpenChoice[];

export type ConversationId = (typeof CONVERSATION_CATALOGUE)[number]['id'];

/** The conversation's rows of the traceability table: the customer's side, the referenceIds, both transcripts. */
export const CONVERSATION_TRACES: readonly Trace[] = [
  checked('parameter', 'GMS send: message', 'each line the customer sends while the agent is Chatting', 'the customer writes (S26)', [
    'CONV-CUSTOMER-01',
  ]),
  checked(
    'field',
    'MessageLogUpdated messages[].text (customer)',
    'exactly as sent, once',
    'the Text entry of the customer (S1 sample, S14)',
    ['CONV-CUSTOMER-01'],
  ),
  checked('identity', "from.participantId of the customer's entries", 'the customer participant of the chat', 'S1 sample', [
    'CONV-CUSTOMER-02',
  ]),
  checked(
    'field',
    'MessageLogUpdated messages[].index (customer)',
    'above every index before, in the order sent',
    'the transcript position (S14, §6.2)',
    ['CONV-CUSTOMER-03'],
  ),
  checked('identity', 'referenceId', 'one per request across the conversation', 'correlates a notification with its request (S14, §6.3)', [
    'CONV-REFID-01',
  ]),
  checked(
    'field',
    'GMS refresh messages[]',
    "the agent's messages, in the agent's order",
    'one transcript seen from both sides (S1, S26)',
    ['CONV-TRANSCRIPT-01'],
  ),
  checked(
    'error',
    'any operation on a chat completed or rejected by the agent',
    'refused',
    'a Completed chat has no capabilities (S2, S3, §4.3; S17)',
    ['CONV-ENDED-01', 'CONV-ENDED-02'],
  ),
  checked(
    'error',
    'an operation that adds an entry the customer sees, after Leave outside a conference',
    'refused',
    "Leave ends the customer's session; the sample's LeftChat capabilities list none of them (S4, §4.3)",
    ['CONV-LEFT-01'],
  ),
  checked(
    'error',
    'the user data operations and SendCustomNoticeToAgents after Leave',
    'either answer (an open choice, INFO)',
    'S4 prose allows user data changes "as indicated in capabilities"; its LeftChat list has none',
    ['CONV-LEFT-01'],
  ),
  unchecked(
    'parameter',
    'GMS typing notices',
    'the customer typing',
    "the Accept sample shows the customer's TypingStarted entry (S1)",
    'no stored page documents the GMS endpoint a customer types through (§9.1: typing endpoints not read), so the suite cannot make the customer type',
  ),
  checked(
    'field',
    'GET /api/v2/me/chats/{id}: chat.state, chat.capabilities',
    'Chatting after Accept, and after an entry or a userData change, offering what every documented Chatting list holds',
    'one resource over REST and in the notifications (S17 GET rule, C2 state recovery; shape inferred, §9 14)',
    ['CONV-REST-01'],
  ),
  checked(
    'field',
    'GET /api/v2/me/chats?fields=*: chats[].id, chats[].state',
    'the chat listed, Chatting, after an entry or a userData change',
    "the agent's chats over REST, each resource whole (S28 fields=*, S17 GET rule, C2 state recovery; shape inferred, §9 14)",
    ['CONV-REST-04'],
  ),
  checked(
    'field',
    'GET /api/v2/me/chats/{id}: chat.state after Leave or Complete',
    'LeftChat, or Completed, where the chat is still shown',
    'the StatusChange of Leave and Complete (S3, S4) on the resource the REST view shows (C2); whether an ended chat stays readable is not documented (§9 14)',
    ['CONV-REST-05'],
  ),
  checked(
    'identity',
    'GET /api/v2/me/chats/{id}: chat.participants',
    'the customer under the nickname it started with, and the agent, with their notified participantIds',
    "the chat's participants (S1 seed, §4.4) on the resource the REST view shows (C2)",
    ['CONV-REST-03'],
  ),
  checked(
    'field',
    'GET /api/v2/me/chats/{id}: chat.userData',
    'as the userData operation left it',
    'the change key by key (S11, §5) on the resource the REST view shows (C2)',
    ['CONV-REST-02'],
  ),
  unchecked(
    'field',
    "GET /api/v2/me/chats/{id}: the participants' ids and the agent's nickname; GET /api/v2/me/chats",
    'as the last notification gave them',
    'one resource over REST and in the notifications (S17 GET rule, C2)',
    "not compared: the agent's nickname after SendNicknameUpdatedNotice is open (no page says how the chat names it then); the ids only as the notifications give them, which would blame a wrong notification twice; the list's shape (uris, or chats with fields=*) is inferred (§9 14)",
  ),
  checked(
    'parameter',
    'GMS disconnect',
    'the customer leaves while the agent is Chatting',
    'disconnect ends the customer session (S26, C3); a ParticipantLeft entry shows a participant leaving (S1 sample)',
    ['CONV-CUSTOMER-04'],
  ),
];
