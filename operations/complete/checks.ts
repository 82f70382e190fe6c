/**
 * Complete's checks: the generic conditions over its declaration, each called with the requirement it
 * decides, in the order the catalogue lists them.
 */
import {
  answersADeclaredBody,
  answersHttpStatus,
  carriesReferenceId,
  customerSessionEnded,
  documentedShapes,
  exactlyOne,
  namesTheChat,
  nextChatOffered,
  nothingElse,
  offersNoCapabilities,
  onChatsChannel,
  refusalChecks,
  stateIs,
} from '../../helpers/judges/conditions/index.ts';
import { COMPLETED, type CompleteCheck, type CompleteId } from './judging.ts';
import type { CompleteErrorCase } from './operation.ts';

/** A Complete of a chat the agent is Chatting in: the answer, its StatusChange, the customer, the next chat. */
export const COMPLETE_CHECKS: CompleteCheck[] = [
  answersHttpStatus(COMPLETED, 'COMPLETE-HTTP-01'),
  answersADeclaredBody(COMPLETED, 'COMPLETE-RESP-01'),
  exactlyOne(COMPLETED, 'COMPLETE-SEQ-01', 'StatusChange'),
  onChatsChannel(COMPLETED, 'COMPLETE-CHANNEL-01'),
  documentedShapes(COMPLETED, 'COMPLETE-SCHEMA-01'),
  namesTheChat(COMPLETED, 'COMPLETE-CHAT-01', 'StatusChange'),
  stateIs(COMPLETED, 'COMPLETE-STATE-01', 'StatusChange'),
  carriesReferenceId(COMPLETED, 'COMPLETE-REFID-01', 'StatusChange'),
  offersNoCapabilities(COMPLETED, 'COMPLETE-CAPS-01', 'StatusChange'),
  nothingElse(COMPLETED, 'COMPLETE-QUIET-01'),
  customerSessionEnded(COMPLETED, 'COMPLETE-CUSTOMER-01'),
  nextChatOffered(COMPLETED, 'COMPLETE-NEXT-01'),
];

/** The requirement each error case decides, beside COMPLETE-ERR-04 and COMPLETE-CODE-01. */
export const CASE_REQUIREMENT: Readonly<Record<CompleteErrorCase, CompleteId>> = {
  'unknown-id': 'COMPLETE-ERR-01',
  offered: 'COMPLETE-ERR-02',
  completed: 'COMPLETE-ERR-03',
};

/** The error cases of the declaration, each refused, and nothing changed by it. */
export const COMPLETE_ERROR_CHECKS: CompleteCheck[] = refusalChecks(COMPLETED, CASE_REQUIREMENT, 'COMPLETE-ERR-04', 'COMPLETE-CODE-01');
