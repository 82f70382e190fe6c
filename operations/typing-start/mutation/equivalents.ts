/**
 * SendStartTypingNotification's reviewed list of equivalent mutants (helpers/judges/catalogue/equivalent.ts says what an entry
 * is). In the simulator's scenario agent1 is offered the chat, accepts it (Accept's to judge, not mutated
 * here), then sends the notice.
 */
import { derivedEquivalents, type Equivalent } from '../../../helpers/judges/catalogue/equivalent.ts';

export const TYPING_START_EQUIVALENTS: readonly Equivalent[] = derivedEquivalents({
  operation: 'SendStartTypingNotification',
  kind: 'typing-start',
  step: 'start-typing',
});
