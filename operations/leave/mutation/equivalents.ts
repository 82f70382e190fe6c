/**
 * Leave's reviewed list of equivalent mutants (helpers/judges/catalogue/equivalent.ts). In the
 * simulator's Leave scenario agent1 is offered the chat, accepts it (Accept's to judge, not mutated
 * here), then leaves it.
 */
import { answerForms, type Equivalent, passedThrough } from '../../../helpers/judges/catalogue/equivalent.ts';

const FIRST_OFFER =
  "the offer is the drive's way to the chat: its form is ACCEPT-OFFER-01's, judged in the accept scenario; Leave's checks start at its own step";

const OTHER_CAPABILITIES =
  "the LeftChat capabilities beside Complete vary between samples (InFocus or SetInFocus, the user data and disposition operations the page says stay allowed): LEAVE-CAPS-01 requires Complete, LEAVE-CAPS-02 forbids what writes to the customer, the rest is the server's (S4, S11; §4.3)";

export const LEAVE_EQUIVALENTS: readonly Equivalent[] = [
  // The sample's list is Transfer, Complete, Leave, InFocus: every entry but Complete (index 1) may differ.
  ...[0, 2, 3].flatMap((i) =>
    ['remove-field', 'other-enum'].map((operator) => ({
      pattern: `leave:${operator}:agent1/StatusChange#*:chat.capabilities[${i}]`,
      reason: OTHER_CAPABILITIES,
    })),
  ),
  ...passedThrough('leave', 'agent1/Offer#1', FIRST_OFFER),
  ...answerForms('Leave', 'leave', 'leave'),
];
