/**
 * Leave's checks: the generic conditions over its declaration, each called with the requirement it
 * decides, in the order the catalogue lists them.
 */
import { CUSTOMER_WRITING_CAPABILITIES } from '../../helpers/contract/capabilities.ts';
import {
  answersADeclaredBody,
  answersHttpStatus,
  carriesReferenceId,
  customerSessionEnded,
  documentedShapes,
  exactlyOne,
  namesTheChat,
  nothingElse,
  offersCapabilities,
  onChatsChannel,
  refusalChecks,
  stateIs,
} from '../../helpers/judges/conditions/index.ts';
import { LEFT, type LeaveCheck, type LeaveId } from './judging.ts';
import type { LeaveErrorCase } from './operation.ts';

/** A Leave of a chat the agent is Chatting in: the answer, its StatusChange, the customer. */
export const LEAVE_CHECKS: LeaveCheck[] = [
  answersHttpStatus(LEFT, 'LEAVE-HTTP-01'),
  answersADeclaredBody(LEFT, 'LEAVE-RESP-01'),
  exactlyOne(LEFT, 'LEAVE-SEQ-01', 'StatusChange'),
  onChatsChannel(LEFT, 'LEAVE-CHANNEL-01'),
  documentedShapes(LEFT, 'LEAVE-SCHEMA-01'),
  namesTheChat(LEFT, 'LEAVE-CHAT-01', 'StatusChange'),
  stateIs(LEFT, 'LEAVE-STATE-01', 'StatusChange'),
  carriesReferenceId(LEFT, 'LEAVE-REFID-01', 'StatusChange'),
  offersCapabilities(LEFT, 'LEAVE-CAPS-01', 'StatusChange', { include: ['Complete'], exclude: [] }),
  offersCapabilities(LEFT, 'LEAVE-CAPS-02', 'StatusChange', { include: [], exclude: CUSTOMER_WRITING_CAPABILITIES }),
  nothingElse(LEFT, 'LEAVE-QUIET-01'),
  customerSessionEnded(LEFT, 'LEAVE-CUSTOMER-01'),
];

/** The requirement each error case decides, beside LEAVE-ERR-03 and LEAVE-CODE-01. */
export const CASE_REQUIREMENT: Readonly<Record<LeaveErrorCase, LeaveId>> = {
  'unknown-id': 'LEAVE-ERR-01',
  offered: 'LEAVE-ERR-02',
};

/** The error cases of the declaration, each refused, and nothing changed by it. */
export const LEAVE_ERROR_CHECKS: LeaveCheck[] = refusalChecks(LEFT, CASE_REQUIREMENT, 'LEAVE-ERR-03', 'LEAVE-CODE-01');
