/**
 * SendNicknameUpdatedNotice's reviewed list of equivalent mutants (helpers/judges/catalogue/equivalent.ts says what an entry
 * is). In the simulator's scenario agent1 is offered the chat, accepts it (Accept's to judge, not mutated
 * here), then sends it.
 */
import { answerForms, type Equivalent, passedThrough, retryForms } from '../../../helpers/judges/catalogue/equivalent.ts';

const FIRST_OFFER =
  "the offer is the drive's way to the chat: its form is ACCEPT-OFFER-01's, judged in the accept scenario; SendNicknameUpdatedNotice's checks start at its own step";

export const NICKNAME_NOTICE_EQUIVALENTS: readonly Equivalent[] = [
  ...passedThrough('nickname-notice', 'agent1/Offer#1', FIRST_OFFER),
  ...answerForms('SendNicknameUpdatedNotice', 'nickname-notice', 'nickname-notice'),
  {
    pattern: 'nickname-notice:other-identity:agent1/MessageLogUpdated#*:messages[0].from.nickname',
    reason:
      "the entry under the nickname the agent accepted with: the sample shows the new one, no page says the old one is wrong (NICKNAME-FROM-01 takes either; the participantId is the agent's identity)",
  },
  ...retryForms('SendNicknameUpdatedNotice', 'nickname-notice', 'missing-noticeText', 'nickname-notice'),
];
