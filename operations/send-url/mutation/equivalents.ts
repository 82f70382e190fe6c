/**
 * SendUrl's reviewed list of equivalent mutants (helpers/judges/catalogue/equivalent.ts says what an entry
 * is). In the simulator's scenario agent1 is offered the chat, accepts it (Accept's to judge, not mutated
 * here), then sends it.
 */
import { derivedEquivalents, type Equivalent } from '../../../helpers/judges/catalogue/equivalent.ts';

export const SEND_URL_EQUIVALENTS: readonly Equivalent[] = derivedEquivalents({
  operation: 'SendUrl',
  kind: 'send-url',
  step: 'send-url',
  missing: 'url',
});
