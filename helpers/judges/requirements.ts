/**
 * The requirement catalogue for Accept. Each entry: a stable ID, MUST or SHOULD, one sentence, the
 * source (the doc pages, by title, and what they show), the address of the main page, and whether the
 * docs state it or it is inferred. An inferred requirement is SHOULD unless the docs state it. Every
 * check (helpers/judges/) names one of these. The pages, and what was read from them, are kept in the
 * repository: docs/chat-accept-page.txt (the Accept page) and docs/gws-chat-api-facts.md (every other
 * page, by tag S1..S35, C1..C4).
 */

export type Level = 'MUST' | 'SHOULD';

export interface Requirement {
  id: string;
  level: Level;
  /** One sentence: what a conformant server does. */
  text: string;
  /** The doc pages, by title, and what they show (docs/gws-chat-api-facts.md §1 gives every page's address). */
  source: string;
  /** Doc page URL of the main source, for reports. */
  url: string;
  status: 'documented' | 'inferred';
  /** The scenario that decides it. */
  scenario: 'accept' | 'errors' | 'concurrency';
}

/** A documentation page a requirement cites: its title, its address, its tag in docs/gws-chat-api-facts.md. */
export interface DocPage {
  title: string;
  url: string;
  tag: string;
}

export const PAGES = {
  accept: {
    title: 'Chat Accept page (HTCC API 8.5.2)',
    url: 'https://enu.docs.genesys.com/index.php?direction=prev&oldid=360731&title=Documentation%3AHTCC%3AAPI%3AChatAccept%3A8.5.2',
    tag: 'S1',
  },
  reject: { title: 'Chat Reject page', url: 'https://docs.genesys.com/Documentation/GWS/8.5.2/API/ChatReject', tag: 'S2' },
  userData: {
    title: 'Chat user data pages (AttachUserData, UpdateUserData)',
    url: 'https://docs.genesys.com/Documentation/GWS/8.5.2/API/ChatAttachUserData',
    tag: 'S11',
  },
  messageTypes: {
    title: 'Chat CometD message types page (ChatMessageType)',
    url: 'https://docs.genesys.com/Documentation/HTCC/latest/API/ChatMessageType',
    tag: 'S14',
  },
  notifications: {
    title: 'CometD notifications page (Asynchronous Events)',
    url: 'https://docs.genesys.com/Documentation/HTCC/latest/API/AsynchronousEvents',
    tag: 'S15',
  },
  returnValues: { title: 'Return Values page', url: 'https://enu.docs.genesys.com/Documentation:GWS:API:ReturnValues:8.6.0', tag: 'S17' },
  csrf: { title: 'CSRF Protection page', url: 'https://enu.docs.genesys.com/Documentation/GWS/8.5.2/API/CSRFProtection', tag: 'S18' },
  configOptions: {
    title: 'HTCC configuration options reference (externalApiUrlV2)',
    url: 'https://docs.genesys.com/index.php?oldid=383529&title=Documentation%3AHTCC%3ADep%3AHTCCConfigurationOptionsReference%3A8.5.2',
    tag: 'S22',
  },
  gmsChat: { title: 'GMS Chat API v2 page', url: 'https://docs.genesys.com/Documentation:GMS:API:ChatAPIv2:8.5.2', tag: 'S26' },
} as const satisfies Record<string, DocPage>;

const SEED = PAGES.accept.title;
const ACCEPT_PAGE = PAGES.accept.url;
const RETURN_VALUES = PAGES.returnValues.url;
const MESSAGE_TYPES = PAGES.messageTypes.url;
const ASYNC_EVENTS = PAGES.notifications.url;
const CSRF_PAGE = PAGES.csrf.url;

export const REQUIREMENTS: readonly Requirement[] = [
  // HTTP response
  {
    id: 'ACCEPT-HTTP-01',
    level: 'MUST',
    scenario: 'accept',
    status: 'documented',
    source: `${PAGES.notifications.title}: an accepted asynchronous request answers HTTP 200; ${PAGES.reject.title}`,
    url: ASYNC_EVENTS,
    text: 'Accept of an offered chat answers HTTP 200.',
  },
  {
    id: 'ACCEPT-RESP-01',
    level: 'MUST',
    scenario: 'accept',
    status: 'documented',
    source: `${SEED}: response; ${PAGES.returnValues.title}, All Methods`,
    url: ACCEPT_PAGE,
    text: 'Accept of an offered chat answers the JSON body {"statusCode": 0} (a referenceId may be added).',
  },
  // Sequence
  {
    id: 'ACCEPT-SEQ-01',
    level: 'MUST',
    scenario: 'accept',
    status: 'documented',
    source: `${SEED}: notification 1`,
    url: ACCEPT_PAGE,
    text: 'After Accept, exactly one ChatStateChangeMessage StatusChange arrives for the chat.',
  },
  {
    id: 'ACCEPT-SEQ-02',
    level: 'MUST',
    scenario: 'accept',
    status: 'documented',
    source: `${SEED}: notification 2`,
    url: ACCEPT_PAGE,
    text: 'After Accept, exactly one ChatStateChangeMessage ParticipantsUpdated arrives for the chat.',
  },
  {
    id: 'ACCEPT-SEQ-03',
    level: 'MUST',
    scenario: 'accept',
    status: 'documented',
    source: `${SEED}: notification 3 ("a CometD notification will arrive with complete chat history")`,
    url: ACCEPT_PAGE,
    text: 'After Accept, exactly one MessageLogUpdated NewMessages arrives with the chat history.',
  },
  {
    id: 'ACCEPT-ORDER-01',
    level: 'SHOULD',
    scenario: 'accept',
    status: 'inferred',
    source: `${SEED}: the page lists StatusChange, ParticipantsUpdated, MessageLogUpdated in this order (it does not state an order)`,
    url: ACCEPT_PAGE,
    text: 'The three notifications arrive in the documented order: StatusChange, ParticipantsUpdated, MessageLogUpdated.',
  },
  {
    id: 'ACCEPT-CHANNEL-01',
    level: 'MUST',
    scenario: 'accept',
    status: 'documented',
    source: `${PAGES.messageTypes.title}, ${PAGES.notifications.title}: chat notifications are published on /v2/me/chats`,
    url: MESSAGE_TYPES,
    text: 'The notifications of Accept arrive on the channel /v2/me/chats.',
  },
  {
    id: 'ACCEPT-SCHEMA-01',
    level: 'MUST',
    scenario: 'accept',
    status: 'documented',
    source: `${SEED}; ${PAGES.messageTypes.title}; schemas/ (undocumented properties are INFO)`,
    url: MESSAGE_TYPES,
    text: 'Every notification of Accept has the documented shape (schemas/chat-state-change-message, message-log-updated).',
  },
  // Content
  {
    id: 'ACCEPT-STATE-01',
    level: 'MUST',
    scenario: 'accept',
    status: 'documented',
    source: `${SEED}: state Chatting in notifications 1 and 2`,
    url: ACCEPT_PAGE,
    text: 'Every chat snapshot in the notifications of Accept is in state Chatting.',
  },
  {
    id: 'ACCEPT-CAPS-01',
    level: 'MUST',
    scenario: 'accept',
    status: 'documented',
    source: `${SEED}; ${PAGES.userData.title}, ${PAGES.messageTypes.title} (the capabilities common to every documented Chatting list)`,
    url: ACCEPT_PAGE,
    text: 'The Chatting snapshots offer Transfer, Leave, Complete, SendMessage, SendStartTypingNotification and SendStopTypingNotification.',
  },
  {
    id: 'ACCEPT-CAPS-02',
    level: 'SHOULD',
    scenario: 'accept',
    status: 'inferred',
    source: `${PAGES.messageTypes.title} and ${SEED} (derived: capabilities are the operations allowed now; docs/gws-chat-api-facts.md §8)`,
    url: ACCEPT_PAGE,
    text: 'After Accept the chat no longer offers the Accept and Reject capabilities.',
  },
  {
    id: 'ACCEPT-REFID-01',
    level: 'MUST',
    scenario: 'accept',
    status: 'documented',
    source: `${SEED}: referenceId 13 on StatusChange; ${PAGES.messageTypes.title}`,
    url: ACCEPT_PAGE,
    text: 'The StatusChange caused by Accept carries a referenceId.',
  },
  {
    id: 'ACCEPT-REFID-02',
    level: 'MUST',
    scenario: 'accept',
    status: 'documented',
    source: `${SEED}: the same referenceId 13 on StatusChange and ParticipantsUpdated`,
    url: ACCEPT_PAGE,
    text: 'Every referenceId of one Accept (notifications, and the response if it has one) is the same.',
  },
  {
    id: 'ACCEPT-CHAT-01',
    level: 'MUST',
    scenario: 'accept',
    status: 'documented',
    source: `${SEED}: chat.id, chat.uri and chatUri name the accepted chat`,
    url: ACCEPT_PAGE,
    text: 'Every notification of Accept names the accepted chat (chat.id; chat.uri and chatUri ending in /chats/{id}).',
  },
  {
    id: 'ACCEPT-URI-01',
    level: 'MUST',
    scenario: 'accept',
    status: 'documented',
    source: `${SEED}; ${PAGES.configOptions.title}: externalApiUrlV2 + /chats/{id}, not /me/chats/{id}`,
    url: ACCEPT_PAGE,
    text: 'chat.uri and chatUri are the absolute URI of the chat resource (…/chats/{id}), not the /me/chats/{id} path.',
  },
  {
    id: 'ACCEPT-PART-01',
    level: 'MUST',
    scenario: 'accept',
    status: 'documented',
    source: `${SEED}: nickname "as displayed to the customer"; ParticipantsUpdated shows the agent as Marat`,
    url: ACCEPT_PAGE,
    text: 'ParticipantsUpdated lists the agent with the nickname sent in Accept.',
  },
  {
    id: 'ACCEPT-PART-02',
    level: 'MUST',
    scenario: 'accept',
    status: 'documented',
    source: `${SEED}: ParticipantsUpdated lists the Customer`,
    url: ACCEPT_PAGE,
    text: 'ParticipantsUpdated lists the customer.',
  },
  {
    id: 'ACCEPT-LOG-01',
    level: 'MUST',
    scenario: 'accept',
    status: 'documented',
    source: `${SEED}: "a CometD notification will arrive with complete chat history"`,
    url: ACCEPT_PAGE,
    text: "The history holds the customer's join and every message the customer sent before Accept, in order.",
  },
  {
    id: 'ACCEPT-LOG-02',
    level: 'MUST',
    scenario: 'accept',
    status: 'documented',
    source: `${SEED}: index is the position in the transcript (gaps are seen in practice: the GenesysWebServicesClient .NET client, docs/gws-chat-api-facts.md C2)`,
    url: ACCEPT_PAGE,
    text: 'History indices are unique and increase entry by entry (gaps are allowed).',
  },
  {
    id: 'ACCEPT-LOG-03',
    level: 'SHOULD',
    scenario: 'accept',
    status: 'inferred',
    source: `${SEED}; ${PAGES.gmsChat.title} (transcripts count from 1)`,
    url: ACCEPT_PAGE,
    text: 'History indices count from 1 (no index 0).',
  },
  {
    id: 'ACCEPT-LOG-04',
    level: 'MUST',
    scenario: 'accept',
    status: 'documented',
    source: `${SEED}: the history's last entry is the agent's ParticipantJoined (Marat), "up to the point of joining"`,
    url: ACCEPT_PAGE,
    text: "The history ends with the agent's ParticipantJoined, with the nickname sent in Accept (it runs up to the point of joining).",
  },
  {
    id: 'ACCEPT-QUIET-01',
    level: 'SHOULD',
    scenario: 'accept',
    status: 'inferred',
    source: `${SEED}: the page lists exactly three notifications`,
    url: ACCEPT_PAGE,
    text: 'Nothing but the three notifications arrives for the agent after Accept, through a quiet window.',
  },
  {
    id: 'ACCEPT-ISOLATION-01',
    level: 'MUST',
    scenario: 'accept',
    status: 'documented',
    source: `${PAGES.notifications.title}: /v2/me/... topics carry the user's own notifications`,
    url: ASYNC_EVENTS,
    text: 'No notification of the Accept reaches another agent.',
  },
  // Errors
  {
    id: 'ACCEPT-ERR-01',
    level: 'MUST',
    scenario: 'errors',
    status: 'documented',
    source: `${PAGES.returnValues.title}: an operation on a resource that does not exist fails (statusCode 6, resource not found)`,
    url: RETURN_VALUES,
    text: 'Accept of an unknown chat id answers a non-zero statusCode with a statusMessage.',
  },
  {
    id: 'ACCEPT-ERR-02',
    level: 'MUST',
    scenario: 'errors',
    status: 'documented',
    source: `${SEED}: nickname is a parameter of Accept (only saveLAR is marked optional); ${PAGES.returnValues.title}: statusCode 1`,
    url: ACCEPT_PAGE,
    text: 'Accept without nickname answers a non-zero statusCode with a statusMessage.',
  },
  {
    id: 'ACCEPT-ERR-03',
    level: 'MUST',
    scenario: 'errors',
    status: 'documented',
    source: `${SEED}: a Chatting chat does not offer the Accept capability; ${PAGES.returnValues.title}`,
    url: ACCEPT_PAGE,
    text: 'Accept of a chat that is already accepted answers a non-zero statusCode.',
  },
  {
    id: 'ACCEPT-ERR-04',
    level: 'MUST',
    scenario: 'errors',
    status: 'documented',
    source: `${SEED} ("accepts an incoming chat"); ${PAGES.returnValues.title}: statusCode 3, 5 or 6`,
    url: ACCEPT_PAGE,
    text: 'Accept of a chat offered to another agent answers a non-zero statusCode.',
  },
  {
    id: 'ACCEPT-ERR-05',
    level: 'MUST',
    scenario: 'errors',
    status: 'documented',
    source: `${PAGES.csrf.title}: with CSRF protection on, a write without the token answers HTTP 403 "Missing or invalid Csrf token"`,
    url: CSRF_PAGE,
    text: 'With CSRF protection on, Accept without the X-CSRF-TOKEN header answers HTTP 403.',
  },
  {
    id: 'ACCEPT-ERR-06',
    level: 'MUST',
    scenario: 'errors',
    status: 'documented',
    source: `${PAGES.returnValues.title}: an error means nothing was changed`,
    url: RETURN_VALUES,
    text: 'After a failed Accept nothing has changed: no notification arrives and the chat can still be accepted.',
  },
  // Concurrency
  {
    id: 'ACCEPT-CONC-01',
    level: 'MUST',
    scenario: 'concurrency',
    status: 'documented',
    source: `${PAGES.notifications.title}: /v2/me/... topics carry the user's own notifications`,
    url: ASYNC_EVENTS,
    text: 'Several agents accepting at once each receive the complete sequence for their own chat and nothing of the others.',
  },
];

export function requirement(id: string): Requirement {
  const r = REQUIREMENTS.find((x) => x.id === id);
  if (!r) throw new Error(`unknown requirement ${id}`);
  return r;
}
