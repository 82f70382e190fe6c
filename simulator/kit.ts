/**
 * The kit an operation's simulator part (operations/<name>/simulator/) is built with: the handler and
 * deviation types, the plan and its editing helpers, the documented payload builders, the error
 * answer, and routing. Operations reach the simulator through this module only; the suite starts it
 * through simulator/index.ts.
 */

export { shiftTimestamp } from '../helpers/contract/timestamp.ts';
export { gwsError, type HttpError } from './http.ts';
export type { Agent, SimChat } from './model.ts';
export { type AgentChat, agentChat, chatChattingHere, chatKnownHere, onlyOfferedTo } from './operations/chat-rules.ts';
export { type CommonFaultIds, commonFaults, offeredFaults, stateChangeFaults } from './operations/common-faults.ts';
export { type EntryFaultIds, entryFaults, entryHandler } from './operations/entry-operation.ts';
export type {
  Bend,
  Deviation,
  Instead,
  OperationCall,
  Rule,
  SimContext,
  SimOperation,
  SimulatedOperation,
  Timing,
} from './operations/operation.ts';
export {
  byType,
  chatOf,
  type Delivery,
  duplicate,
  eachChat,
  entries,
  type Json,
  type JsonObject,
  messageLog,
  move,
  type Plan,
  type PlanContext,
  parseGwsTimestamp,
  participantsUpdated,
  remove,
  reverseKeys,
  statusChange,
  successPlan,
} from './operations/plan.ts';
export { type PropertiesFaultIds, propertiesFaults, propertiesHandler } from './operations/properties-operation.ts';
export { chatResource, messageLog as messageLogUpdated, stateChange } from './payloads.ts';
export { routeAndOffer } from './routing.ts';
