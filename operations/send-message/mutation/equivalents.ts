/**
 * SendMessage's reviewed list of equivalent mutants (helpers/judges/catalogue/equivalent.ts says what an
 * entry is). In the simulator's SendMessage scenario agent1 is offered the chat, accepts it (the Accept
 * step's notifications are Accept's to judge, and are not mutated here: helpers/proof/mutation/locate.ts),
 * then sends the message.
 */
import { answerForms, type Equivalent, passedThrough } from '../../../helpers/judges/catalogue/equivalent.ts';

const FIRST_OFFER =
  "the offer is the drive's way to the chat: its form is ACCEPT-OFFER-01's, judged in the accept scenario; SendMessage's checks start at its own step";
const RETRY =
  "the SendMessage after a refusal shows the chat could still be written to (SENDMESSAGE-ERR-04); its answer's form is the send-message scenario's to judge";

export const SEND_MESSAGE_EQUIVALENTS: readonly Equivalent[] = [
  ...answerForms('SendMessage', 'send-message', 'send-message'),
  ...passedThrough('send-message', 'agent1/Offer#1', FIRST_OFFER),
  { pattern: 'send-message-error-missing-text:content-type:*/http:retry-send-message:*', reason: RETRY },
];
