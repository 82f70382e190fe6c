/**
 * Reject's reviewed list of equivalent mutants (helpers/judges/catalogue/equivalent.ts says what an
 * entry is). In the simulator's Reject scenario agent1 rejects the chat and agent2 is offered it next.
 */
import { type Equivalent, passedThrough } from '../../../helpers/judges/catalogue/equivalent.ts';

const FIRST_OFFER =
  "the offer before the Reject is the drive's way to the chat: its form is ACCEPT-OFFER-01's, judged in the accept scenario; Reject's checks start at its own step";
const NEXT_OFFER =
  "REJECT-ROUTE-01 judges to whom the chat is offered next (a StatusChange of the chat, not Chatting, offering Accept: fact sheet §6.5); what else the offer carries, and on which channel, is ACCEPT-OFFER-01's, judged in the accept scenario";
const OFFER_STATE =
  "the name of an offer's state is not documented (fact sheet §11.2): a StatusChange of the chat offering Accept, not Chatting, is an offer";
const OFFERED_TWICE =
  'no page says an offer comes once: the chat offered twice to the next agent is still offered to another agent, never back';
const NO_PARTICIPANTS =
  'no participants key lists no participants as the empty list of the sample does (S2): the chat schema does not require the key';
const EMPTY_ANSWER = 'the Reject page documents an empty HTTP 200 (S2): no body whose media type the docs fix';
const ERROR_STATUS = 'the HTTP status of a refused Reject is undocumented: the non-zero statusCode says it was refused (fact sheet §7.2)';
const ERROR_TYPE =
  "no page gives the Content-Type of a refused Reject's answer: the Return Values page gives its JSON body, which REJECT-ERR-01..03 read";
const RETRY =
  "the Reject after a refusal shows the chat could still be rejected (REJECT-ERR-04); its answer's form is the reject scenario's to judge";

export const REJECT_EQUIVALENTS: readonly Equivalent[] = [
  // Every change of the first offer but moving it after the Reject (an offer back to the agent that rejected it).
  ...passedThrough('reject', 'agent1/Offer#1', FIRST_OFFER),
  { pattern: 'reject:*:agent2/Offer#1:chat.uri', reason: NEXT_OFFER },
  { pattern: 'reject:*:agent2/Offer#1:chat.participants*', reason: NEXT_OFFER },
  { pattern: 'reject:*:agent2/Offer#1:chat.capabilities[1]', reason: NEXT_OFFER },
  { pattern: 'reject:other-channel:agent2/Offer#1', reason: NEXT_OFFER },
  { pattern: 'reject:remove-field:agent2/Offer#1:chat.state', reason: OFFER_STATE },
  { pattern: 'reject:null-field:agent2/Offer#1:chat.state', reason: OFFER_STATE },
  { pattern: 'reject:empty:agent2/Offer#1:chat.state', reason: OFFER_STATE },
  { pattern: 'reject:other-type:agent2/Offer#1:chat.state', reason: OFFER_STATE },
  { pattern: 'reject:duplicate:agent2/Offer#1', reason: OFFERED_TWICE },
  { pattern: 'reject:remove-field:agent1/StatusChange#1:chat.participants', reason: NO_PARTICIPANTS },
  { pattern: 'reject:content-type:agent1/http:reject:200#1', reason: EMPTY_ANSWER },
  { pattern: 'reject-error-*:http-status:*/http:probe:*', reason: ERROR_STATUS },
  { pattern: 'reject-error-*:content-type:*/http:probe:*', reason: ERROR_TYPE },
  { pattern: 'reject-error-not-offered:content-type:*/http:retry-reject:*', reason: RETRY },
];
