/**
 * SendMessage's reviewed list of equivalent mutants (helpers/judges/catalogue/equivalent.ts says what an
 * entry is). In the simulator's SendMessage scenario agent1 is offered the chat, accepts it (the Accept
 * step's notifications are Accept's to judge, and are not mutated here: helpers/proof/mutation/locate.ts),
 * then sends the message.
 */
import { type Equivalent, passedThrough } from '../../../helpers/judges/catalogue/equivalent.ts';

const FIRST_OFFER =
  "the offer is the drive's way to the chat: its form is ACCEPT-OFFER-01's, judged in the accept scenario; SendMessage's checks start at its own step";
const ANSWER_TYPE =
  "no page gives the Content-Type of SendMessage's answer: SENDMESSAGE-RESP-01 reads its JSON body; the Content-Type of a chat operation's answer is judged once, for Accept (ACCEPT-RESP-02)";
const ERROR_STATUS =
  'the HTTP status of a refused SendMessage is undocumented: the non-zero statusCode says it was refused (fact sheet §7.2)';
const ERROR_TYPE =
  "no page gives the Content-Type of a refused SendMessage's answer: the Return Values page gives its JSON body, which SENDMESSAGE-ERR-01..03 read";
const RETRY =
  "the SendMessage after a refusal shows the chat could still be written to (SENDMESSAGE-ERR-04); its answer's form is the send-message scenario's to judge";

export const SEND_MESSAGE_EQUIVALENTS: readonly Equivalent[] = [
  ...passedThrough('send-message', 'agent1/Offer#1', FIRST_OFFER),
  { pattern: 'send-message:content-type:agent1/http:send-message:200#1', reason: ANSWER_TYPE },
  { pattern: 'send-message-error-*:http-status:*/http:probe:*', reason: ERROR_STATUS },
  { pattern: 'send-message-error-*:content-type:*/http:probe:*', reason: ERROR_TYPE },
  { pattern: 'send-message-error-missing-text:content-type:*/http:retry-send-message:*', reason: RETRY },
];
