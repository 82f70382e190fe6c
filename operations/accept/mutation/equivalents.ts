/**
 * Accept's reviewed list of equivalent mutants (helpers/judges/catalogue/equivalent.ts says what an
 * entry is). In the simulator's Accept the agent is participants[0] and the history is [customer join,
 * customer text, agent join]; capability [3] is InFocus (as in the seed).
 */
import type { Equivalent } from '../../../helpers/judges/catalogue/equivalent.ts';

const IN_FOCUS = 'InFocus is not required: later samples name it SetInFocus or leave it out (S1, S4 vs S11, S14; fact sheet §4.3)';
const OFFER =
  "what an offer carries beyond its shape, state and capabilities is undocumented (fact sheet §11.2): its participants aren't judged";
const AGENT_ID =
  "the agent's participantId may differ between ParticipantsUpdated and its join in the history: the seed itself shows …004C and …004D (fact sheet §11.1)";
const SEED_ENTRIES =
  "the seed's history also holds an earlier join and leave of the agent and the customer's typing: what such entries hold is not documented (the suite judges the customer's join and messages and the final join: ACCEPT-LOG-01, -04, -07)";
const ERROR_STATUS =
  'the HTTP status of a failed Accept is undocumented: the non-zero statusCode says it failed (fact sheet §7.2; variant errors-http-200)';
const RETRY =
  "ACCEPT-ERR-06 asks whether the chat could still be accepted, and the retry's notifications show it was; the retry's answer is an Accept's, judged in the accept scenario";
const REFUSED =
  'a request without valid credentials is refused by HTTP 401 or by statusCode 20 (fact sheet §7.2: 401 inferred); what else the refusal holds is undocumented';

export const ACCEPT_EQUIVALENTS: readonly Equivalent[] = [
  // InFocus.
  { pattern: '*:remove-field:*/StatusChange#1:chat.capabilities[3]', reason: IN_FOCUS },
  { pattern: '*:remove-field:*/ParticipantsUpdated#1:chat.capabilities[3]', reason: IN_FOCUS },
  { pattern: '*:other-enum:*/StatusChange#1:chat.capabilities[3]', reason: IN_FOCUS },
  { pattern: '*:other-enum:*/ParticipantsUpdated#1:chat.capabilities[3]', reason: IN_FOCUS },
  // Optional fields.
  {
    pattern: '*:remove-field:*/StatusChange#1:chat.participants',
    reason: 'ParticipantsUpdated fills the participants in (S1); the chat schema does not require them on StatusChange',
  },
  {
    pattern: '*:remove-field:*/ParticipantsUpdated#1:referenceId',
    reason: 'referenceId on ParticipantsUpdated is optional: an older revision of the Accept page shows none (fact sheet §6.3)',
  },
  {
    pattern: 'accept-variants:remove-field:*/MessageLogUpdated#1:messages[*].timestampSeconds',
    reason: 'timestampSeconds is optional: the SendMessage sample shows it, the seed has none (fact sheet §6.2)',
  },
  {
    pattern: 'accept-variants:remove-field:*/MessageLogUpdated#1:chatPath',
    reason: 'chatPath is optional: 2014 samples carry only chatUri (fact sheet §6.2, §11.10)',
  },
  // The agent's participantId.
  { pattern: 'accept*:other-identity:*/ParticipantsUpdated#1:chat.participants[0].participantId', reason: AGENT_ID },
  { pattern: 'concurrency:other-identity:*/ParticipantsUpdated#1:chat.participants[0].participantId', reason: AGENT_ID },
  { pattern: 'accept*:other-identity:*/MessageLogUpdated#1:messages[2].from.participantId', reason: AGENT_ID },
  { pattern: 'concurrency:other-identity:*/MessageLogUpdated#1:messages[2].from.participantId', reason: AGENT_ID },
  // The seed's own history entries beyond those judged.
  { pattern: 'seed:remove-field:agent1/MessageLogUpdated#1:messages[1]', reason: SEED_ENTRIES },
  { pattern: 'seed:remove-field:agent1/MessageLogUpdated#1:messages[2]', reason: SEED_ENTRIES },
  { pattern: 'seed:remove-field:agent1/MessageLogUpdated#1:messages[3]', reason: SEED_ENTRIES },
  { pattern: 'seed:empty:agent1/MessageLogUpdated#1:messages[1].from.nickname', reason: SEED_ENTRIES },
  { pattern: 'seed:empty:agent1/MessageLogUpdated#1:messages[2].from.nickname', reason: SEED_ENTRIES },
  { pattern: 'seed:other-identity:agent1/MessageLogUpdated#1:messages[1].from.nickname', reason: SEED_ENTRIES },
  { pattern: 'seed:other-identity:agent1/MessageLogUpdated#1:messages[2].from.nickname', reason: SEED_ENTRIES },
  { pattern: 'seed:other-enum:agent1/MessageLogUpdated#1:messages[1].type', reason: SEED_ENTRIES },
  { pattern: 'seed:other-enum:agent1/MessageLogUpdated#1:messages[2].type', reason: SEED_ENTRIES },
  { pattern: 'seed:other-enum:agent1/MessageLogUpdated#1:messages[3].type', reason: SEED_ENTRIES },
  { pattern: 'seed:other-enum:agent1/MessageLogUpdated#1:messages[1].visibility', reason: SEED_ENTRIES },
  { pattern: 'seed:other-enum:agent1/MessageLogUpdated#1:messages[2].visibility', reason: SEED_ENTRIES },
  { pattern: 'seed:other-enum:agent1/MessageLogUpdated#1:messages[3].visibility', reason: SEED_ENTRIES },
  // The offer.
  { pattern: '*:remove-field:*/Offer#1:chat.participants', reason: OFFER },
  { pattern: '*:remove-field:*/Offer#1:chat.participants[0]', reason: OFFER },
  { pattern: '*:empty:*/Offer#1:chat.participants', reason: OFFER },
  { pattern: '*:empty:*/Offer#1:chat.participants[0].nickname', reason: OFFER },
  { pattern: '*:other-enum:*/Offer#1:chat.participants[0].type', reason: OFFER },
  { pattern: '*:other-identity:*/Offer#1:chat.participants[0].nickname', reason: OFFER },
  { pattern: '*:other-identity:*/Offer#1:chat.participants[0].participantId', reason: OFFER },
  {
    pattern: '*:duplicate:*/Offer#1',
    reason: 'no page says an offer arrives once; clients key chats by id (C2), so a repeated offer of the same chat changes nothing',
  },
  // Errors: the HTTP status.
  { pattern: 'error-unknown-id:http-status:*/http:probe:404#1', reason: ERROR_STATUS },
  { pattern: 'error-missing-nickname:http-status:*/http:probe:400#1', reason: ERROR_STATUS },
  { pattern: 'error-accepted-twice:http-status:*/http:probe:400#1', reason: ERROR_STATUS },
  { pattern: 'error-not-offered:http-status:*/http:probe:404#1', reason: ERROR_STATUS },
  { pattern: 'error-accepted-at-once:http-status:*/http:probe:400#1', reason: ERROR_STATUS },
  { pattern: 'validation:http-status:*/http:probe:400#*', reason: ERROR_STATUS },
  // Errors: the retry.
  { pattern: 'error-*:http-status:*/http:retry-accept:200#1', reason: RETRY },
  { pattern: 'error-*:status-code:*/http:retry-accept:200#1', reason: RETRY },
  { pattern: 'error-*:content-type:*/http:retry-accept:200#1', reason: RETRY },
  // Two Accepts at once: the one that wins, and the order and channel of its sequence.
  {
    pattern: 'error-accepted-at-once:content-type:*/http:probe:200#1',
    reason: "the winning Accept's answer is an Accept's: its content type is ACCEPT-RESP-02's, judged in the accept scenario",
  },
  {
    pattern: 'error-accepted-at-once:reorder:*/StatusChange#1',
    reason: 'ACCEPT-ERR-12 counts one sequence; its order is ACCEPT-ORDER-01, judged in the accept scenario',
  },
  {
    pattern: 'error-accepted-at-once:reorder:*/ParticipantsUpdated#1',
    reason: 'ACCEPT-ERR-12 counts one sequence; its order is ACCEPT-ORDER-01, judged in the accept scenario',
  },
  {
    pattern: 'error-accepted-at-once:other-channel:*',
    reason: 'ACCEPT-ERR-12 counts one sequence; its channel is ACCEPT-CHANNEL-01, judged in the accept scenario',
  },
  {
    pattern: 'security:probe-succeeds:publish',
    reason:
      "no page says a client's publish on /v2/me/chats is refused, only that the topic carries the user's own notifications: ACCEPT-ISOLATION-03 judges where it goes (an accepted publish is information)",
  },
  // Choices the docs leave open (helpers/judges/catalogue/open-choices.ts): the other answer is legal.
  {
    pattern: 'security:accepted:*/http:probe:401#4',
    reason:
      "a read with a wrong password and the agent's session cookie may be served on the session: no page says whether the session or the Basic header decides (open choice credentials-beside-session; fact sheet §2)",
  },
  {
    pattern: 'security:probe-succeeds:handshake-wrong-password',
    reason:
      "a CometD handshake with a wrong password and the agent's session cookie may be accepted on the session, as GWS's own web clients handshake (open choice handshake-on-session; fact sheet §3)",
  },
  // Refusals of credentials.
  { pattern: 'security:http-status:*/http:probe:401#*', reason: REFUSED },
  { pattern: 'security:status-code:*/http:probe:401#*', reason: REFUSED },
  { pattern: 'security:no-status-message:*/http:probe:401#*', reason: REFUSED },
  { pattern: 'security:content-type:*/http:probe:401#*', reason: REFUSED },
];
