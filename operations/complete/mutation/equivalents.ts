/**
 * Complete's reviewed list of equivalent mutants (helpers/judges/catalogue/equivalent.ts says what an
 * entry is). In the simulator's Complete scenario agent1 is offered the first chat and accepts it (the
 * Accept step's notifications are Accept's to judge, and are not mutated here:
 * helpers/proof/mutation/locate.ts); a second chat waits; agent1 completes the first and is offered
 * the second (Offer#2).
 */
import { answerForms, type Equivalent, passedThrough } from '../../../helpers/judges/catalogue/equivalent.ts';

const FIRST_OFFER =
  "the first offer is the drive's way to the chat: its form is ACCEPT-OFFER-01's, judged in the accept scenario; Complete's checks start at its own step";
const NEXT_OFFER =
  "COMPLETE-NEXT-01 judges that a chat other than the completed one is offered to the agent after Complete (a StatusChange of another chat offering Accept: fact sheet §6.5); which chat, and what else the offer carries and on which channel, is routing's and ACCEPT-OFFER-01's";
const OFFER_STATE =
  "the name of an offer's state is not documented (fact sheet §11.2): a StatusChange of a chat offering Accept, not Chatting, is an offer";
const OFFERED_TWICE = 'no page says an offer comes once: the next chat offered twice is still offered';
const OFFER_FIRST =
  "no page orders the next chat's offer and the completed chat's StatusChange: they are about different chats, and both follow the Complete";
const NO_PARTICIPANTS =
  "the Complete page's sample says nothing the suite judges of participants, and the chat schema does not require the key: COMPLETE's requirements read state, referenceId and capabilities";

export const COMPLETE_EQUIVALENTS: readonly Equivalent[] = [
  ...answerForms('Complete', 'complete', 'complete'),
  ...passedThrough('complete', 'agent1/Offer#1', FIRST_OFFER),
  { pattern: 'complete:remove-field:agent1/Offer#2:chat.uri', reason: NEXT_OFFER },
  { pattern: 'complete:null-field:agent1/Offer#2:chat.uri', reason: NEXT_OFFER },
  { pattern: 'complete:other-type:agent1/Offer#2:chat.uri', reason: NEXT_OFFER },
  { pattern: 'complete:empty:agent1/Offer#2:chat.uri', reason: NEXT_OFFER },
  { pattern: 'complete:*:agent1/Offer#2:chat.participants*', reason: NEXT_OFFER },
  { pattern: 'complete:*:agent1/Offer#2:chat.capabilities[1]', reason: NEXT_OFFER },
  { pattern: 'complete:other-channel:agent1/Offer#2', reason: NEXT_OFFER },
  { pattern: 'complete:remove-field:agent1/Offer#2:chat.state', reason: OFFER_STATE },
  { pattern: 'complete:null-field:agent1/Offer#2:chat.state', reason: OFFER_STATE },
  { pattern: 'complete:empty:agent1/Offer#2:chat.state', reason: OFFER_STATE },
  { pattern: 'complete:other-type:agent1/Offer#2:chat.state', reason: OFFER_STATE },
  { pattern: 'complete:duplicate:agent1/Offer#2', reason: OFFERED_TWICE },
  { pattern: 'complete:reorder:agent1/StatusChange#2', reason: OFFER_FIRST },
  { pattern: 'complete:remove-field:agent1/StatusChange#2:chat.participants', reason: NO_PARTICIPANTS },
];
