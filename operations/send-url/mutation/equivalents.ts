/**
 * SendUrl's reviewed list of equivalent mutants (helpers/judges/catalogue/equivalent.ts says what an entry
 * is). In the simulator's scenario agent1 is offered the chat, accepts it (Accept's to judge, not mutated
 * here), then sends it.
 */
import { answerForms, type Equivalent, passedThrough, retryForms } from '../../../helpers/judges/catalogue/equivalent.ts';

const FIRST_OFFER =
  "the offer is the drive's way to the chat: its form is ACCEPT-OFFER-01's, judged in the accept scenario; SendUrl's checks start at its own step";

export const SEND_URL_EQUIVALENTS: readonly Equivalent[] = [
  ...passedThrough('send-url', 'agent1/Offer#1', FIRST_OFFER),
  ...answerForms('SendUrl', 'send-url', 'send-url'),
  ...retryForms('SendUrl', 'send-url', 'missing-url', 'send-url'),
];
