/**
 * Traceability of every identity that appears in more than one place (the customer's request on the GMS
 * side, the offer, the Accept, each notification, the history), and of the security mechanisms: Basic
 * credentials, the session cookie, the CSRF token, the CometD handshake and subscription, per-agent
 * channels.
 */
import { checked, type Trace, unchecked } from '../../../helpers/judges/catalogue/trace.ts';

const I = 'identity';
const S = 'security';

export const IDENTITY_TRACES: readonly Trace[] = [
  checked(I, 'chat id', 'offer = Accept path = every notification', 'one id throughout (S1)', ['ACCEPT-CHAT-01', 'ACCEPT-OFFER-01']),
  checked(I, 'chat uri', 'chat.uri = chatUri = …/chats/{id}', 'the same URI in all three (S1)', ['ACCEPT-CHAT-01', 'ACCEPT-URI-01']),
  unchecked(
    I,
    'chat id',
    'GMS chatId = GWS chat id',
    'GMS returns a chatId (S26); GWS names the interaction (S1)',
    'no page says the two ids are the same: the suite finds the chat by its offer, not by the GMS id',
  ),
  checked(I, "customer's participantId", 'ParticipantsUpdated = history join and messages', '009052C5E6D6004A in both (S1)', [
    'ACCEPT-ID-01',
  ]),
  checked(I, "customer's participantId", "on no other participant's history entry", 'one id, one participant (S1; §4.4)', ['ACCEPT-ID-01']),
  checked(I, 'participantIds', 'distinct participants, distinct ids', 'participants are keyed by participantId (S1, §11.1)', [
    'ACCEPT-ID-02',
  ]),
  unchecked(
    I,
    "agent's participantId",
    'ParticipantsUpdated = history ParticipantJoined',
    'the seed itself shows …004C in ParticipantsUpdated and …004D in the last join (S1; §11.1)',
    'the docs contradict the equality: a fresh id per join is legal',
  ),
  checked(
    I,
    "customer's nickname",
    'GMS request = ParticipantsUpdated = history',
    'nickname given to GMS (S26) is the chat nickname (S1)',
    ['ACCEPT-ID-03'],
  ),
  checked(I, "agent's nickname", 'Accept body = ParticipantsUpdated = history join', 'Marat sent, Marat shown (S1)', [
    'ACCEPT-PART-01',
    'ACCEPT-LOG-04',
    'ACCEPT-PARAM-02',
  ]),
  unchecked(
    I,
    'participant type',
    'GMS Client = GWS Customer',
    'GMS uses Client/External (S26); the agent API uses Customer (S1)',
    'documented vocabularies differ by API: the agent side is checked (ACCEPT-PART-02), the customer side is not this API',
  ),
  checked(I, 'referenceId', 'response (when present) = StatusChange = ParticipantsUpdated (when present)', '13 on both (S1; §6.3)', [
    'ACCEPT-REFID-01',
    'ACCEPT-REFID-02',
  ]),
  unchecked(
    I,
    'referenceId',
    'its value (per-session counter)',
    'values look like a per-session counter (§6.3)',
    'inferred only: any value is legal (variant response-reference-id)',
  ),
  unchecked(
    I,
    "customer's userData",
    'GMS userData[key] = chat.userData',
    'GMS takes userData at start (S26); the chat carries attached data (S11, S14)',
    'no page says GMS userData reaches the agent unchanged: routing strategies may add or drop keys',
  ),
  checked(I, "customer's message", 'GMS send = history Text entry', '"Hello World" sent, "Hello World" in the history (S1, S26)', [
    'ACCEPT-LOG-01',
  ]),
  checked(I, 'agent', "the accepting agent's /v2/me/chats only", "/v2/me/... topics carry the user's own notifications (S15)", [
    'ACCEPT-ISOLATION-01',
    'ACCEPT-ISOLATION-02',
    'ACCEPT-CONC-01',
  ]),

  // Security mechanisms.
  checked(S, 'Basic credentials', 'wrong password, no session', 'credentials on every request (C1, C2); 20 not authenticated (S17)', [
    'ACCEPT-AUTH-01',
  ]),
  checked(S, 'Basic credentials', 'none, or an unknown user, no session', '20 user not authenticated, send credentials (S17)', [
    'ACCEPT-AUTH-03',
  ]),
  checked(
    S,
    'Basic credentials',
    "wrong password with the agent's session cookie",
    'a refusal is 401 or statusCode 20 (S17); whether the session or the header decides is open (§2)',
    ['ACCEPT-AUTH-02'],
  ),
  unchecked(
    S,
    'Basic credentials',
    'none, with the session cookie',
    'clients send credentials on every request; that the server requires them is inferred (§2)',
    'whether the session cookie alone authenticates is not documented: not asserted',
  ),
  checked(S, 'session cookie (JSESSIONID)', 'absent on a write (CSRF on)', 'without the cookie writes fail with HTTP 403 (S18)', [
    'ACCEPT-CSRF-04',
  ]),
  checked(S, 'CSRF token', 'absent on a write', 'HTTP 403 "Missing or invalid Csrf token" (S18)', ['ACCEPT-ERR-05']),
  checked(S, 'CSRF token', 'wrong', 'invalid token → HTTP 403 (S18)', ['ACCEPT-CSRF-02']),
  checked(S, 'CSRF token', "another session's", 'the token lives with its HTTP session (S18)', ['ACCEPT-CSRF-03']),
  unchecked(
    S,
    'CSRF protection',
    'off (no X-CSRF-HEADER on GET)',
    'an option of the server (enableCsrfProtection, S18)',
    'a declared profile: the CSRF requirements are NOT APPLICABLE (variant csrf-off)',
  ),
  checked(S, 'CometD handshake', 'no credentials, no session', 'the handshake carries credentials and cookie (C1, C2; §3)', [
    'ACCEPT-BAYEUX-01',
  ]),
  checked(S, 'CometD handshake', 'wrong password, no session', 'the handshake carries the credentials (C1, C2; §3); 20 (S17)', [
    'ACCEPT-BAYEUX-02',
  ]),
  checked(
    S,
    'CometD handshake',
    "wrong password, the agent's session cookie",
    "the handshake carries credentials and cookie (C1, C2); GWS's web clients handshake on the cookie: open (§3)",
    ['ACCEPT-BAYEUX-02'],
  ),
  checked(S, 'CometD subscription', '/v2/me/chats of the agent', "the topic carries the user's own notifications (S15)", [
    'ACCEPT-ISOLATION-01',
    'ACCEPT-CONC-01',
  ]),
  unchecked(
    S,
    'CometD subscription',
    "another user's channel",
    '/v2/me/... names no user: the server resolves it from the session (S15)',
    'no documented channel names another agent; what reaches whom is checked by the isolation requirements',
  ),
  unchecked(
    S,
    'CometD subscription',
    'before a handshake (unknown clientId)',
    'GWS serves CometD 3 (S21, §3), whose Bayeux server refuses a subscribe from a clientId it did not hand out (402::Unknown client): the Bayeux protocol, not a GWS page',
    'enforced by every Bayeux server (402 unknown client): not a fact of the GWS docs',
  ),
  checked(S, 'per-agent channel', 'a client publishes on /v2/me/chats', 'the server publishes notifications to the user (S15)', [
    'ACCEPT-ISOLATION-03',
  ]),
];
