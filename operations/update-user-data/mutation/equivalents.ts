/**
 * UpdateUserData's reviewed list of equivalent mutants (helpers/judges/catalogue/equivalent.ts). In the simulator's
 * scenario agent1 is offered the chat, accepts it (Accept's to judge, not mutated here), reads the chat's
 * REST view, then changes its userData.
 */
import { derivedEquivalents, type Equivalent } from '../../../helpers/judges/catalogue/equivalent.ts';

export const UPDATE_USER_DATA_EQUIVALENTS: readonly Equivalent[] = derivedEquivalents({
  operation: 'UpdateUserData',
  kind: 'update-user-data',
  step: 'update-user-data',
  missing: 'userData',
  chatNotification: 'PropertiesUpdated',
});
