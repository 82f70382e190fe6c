/**
 * SendNicknameUpdatedNotice's reviewed list of equivalent mutants (helpers/judges/catalogue/equivalent.ts says what an entry
 * is). In the simulator's scenario agent1 is offered the chat, accepts it (Accept's to judge, not mutated
 * here), then sends it.
 */
import { derivedEquivalents, type Equivalent } from '../../../helpers/judges/catalogue/equivalent.ts';

export const NICKNAME_NOTICE_EQUIVALENTS: readonly Equivalent[] = [
  ...derivedEquivalents({
    operation: 'SendNicknameUpdatedNotice',
    kind: 'nickname-notice',
    step: 'nickname-notice',
    missing: 'noticeText',
  }),
  {
    pattern: 'nickname-notice:other-identity:agent1/MessageLogUpdated#*:messages[0].from.nickname',
    reason:
      "the entry under the nickname the agent accepted with: the sample shows the new one, no page says the old one is wrong (NICKNAME-FROM-01 takes either; the participantId is the agent's identity)",
  },
];
