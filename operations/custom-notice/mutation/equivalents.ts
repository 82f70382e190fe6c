/**
 * SendCustomNoticeToAgents's reviewed list of equivalent mutants (helpers/judges/catalogue/equivalent.ts says what an entry
 * is). In the simulator's scenario agent1 is offered the chat, accepts it (Accept's to judge, not mutated
 * here), then sends it.
 */
import { derivedEquivalents, type Equivalent } from '../../../helpers/judges/catalogue/equivalent.ts';

export const CUSTOM_NOTICE_EQUIVALENTS: readonly Equivalent[] = derivedEquivalents({
  operation: 'SendCustomNoticeToAgents',
  kind: 'custom-notice',
  step: 'custom-notice',
  missing: 'noticeText',
});
