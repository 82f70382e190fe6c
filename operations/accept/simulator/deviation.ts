/**
 * What a deviation of Accept's catalogue is: a simulator deviation whose requirement IDs are Accept's
 * (a misspelled one does not compile), and the helpers its transforms edit a plan with.
 */
import type { Deviation } from '../../../simulator/kit.ts';
import type { AcceptId } from '../judging.ts';

export type AcceptDeviation = Deviation & {
  breaks: readonly AcceptId[];
  declaration?: { without: string; breaks: readonly AcceptId[] };
};

export type { Delivery, Json, JsonObject, Plan, PlanContext } from '../../../simulator/kit.ts';

export {
  byType,
  chatOf,
  duplicate,
  eachChat,
  entries,
  messageLog,
  move,
  parseGwsTimestamp,
  participantsUpdated,
  remove,
  reverseKeys,
  statusChange,
} from '../../../simulator/kit.ts';
