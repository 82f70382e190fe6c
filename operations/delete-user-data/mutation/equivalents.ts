/**
 * DeleteUserData's reviewed list of equivalent mutants (helpers/judges/catalogue/equivalent.ts). In the simulator's
 * scenario agent1 is offered the chat, accepts it (Accept's to judge, not mutated here), reads the chat's
 * REST view, then changes its userData.
 */
import { derivedEquivalents, type Equivalent } from '../../../helpers/judges/catalogue/equivalent.ts';

export const DELETE_USER_DATA_EQUIVALENTS: readonly Equivalent[] = derivedEquivalents({
  operation: 'DeleteUserData',
  kind: 'delete-user-data',
  step: 'delete-user-data',
  missing: 'keys',
  chatNotification: 'PropertiesUpdated',
});
