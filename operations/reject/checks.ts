/**
 * Reject's checks: the generic conditions over its declaration, each called with the requirement it
 * decides, in the order the catalogue lists them.
 */
import {
  answersADeclaredBody,
  answersHttpStatus,
  carriesReferenceId,
  documentedShapes,
  exactlyOne,
  listsNoParticipants,
  namesTheChat,
  neverOfferedBack,
  nothingElse,
  offeredToAnother,
  offersNoCapabilities,
  onChatsChannel,
  refusalChecks,
  stateIs,
} from '../../helpers/judges/conditions/index.ts';
import { REJECTED, type RejectCheck, type RejectId } from './judging.ts';
import type { RejectErrorCase } from './operation.ts';

/** A Reject of an offered chat: the answer, its StatusChange, and where the chat goes next. */
export const REJECT_CHECKS: RejectCheck[] = [
  answersHttpStatus(REJECTED, 'REJECT-HTTP-01'),
  answersADeclaredBody(REJECTED, 'REJECT-RESP-01'),
  exactlyOne(REJECTED, 'REJECT-SEQ-01', 'StatusChange'),
  onChatsChannel(REJECTED, 'REJECT-CHANNEL-01'),
  documentedShapes(REJECTED, 'REJECT-SCHEMA-01'),
  namesTheChat(REJECTED, 'REJECT-CHAT-01', 'StatusChange'),
  stateIs(REJECTED, 'REJECT-STATE-01', 'StatusChange'),
  carriesReferenceId(REJECTED, 'REJECT-REFID-01', 'StatusChange'),
  listsNoParticipants(REJECTED, 'REJECT-PART-01', 'StatusChange'),
  offersNoCapabilities(REJECTED, 'REJECT-CAPS-01', 'StatusChange'),
  nothingElse(REJECTED, 'REJECT-QUIET-01'),
  offeredToAnother(REJECTED, 'REJECT-ROUTE-01'),
  neverOfferedBack(REJECTED, 'REJECT-ROUTE-02'),
];

/** The requirement each error case decides, beside REJECT-ERR-04 and REJECT-CODE-01. */
export const CASE_REQUIREMENT: Readonly<Record<RejectErrorCase, RejectId>> = {
  'unknown-id': 'REJECT-ERR-01',
  accepted: 'REJECT-ERR-02',
  'not-offered': 'REJECT-ERR-03',
};

/** The error cases of the declaration, each refused, and nothing changed by it. */
export const REJECT_ERROR_CHECKS: RejectCheck[] = refusalChecks(REJECTED, CASE_REQUIREMENT, 'REJECT-ERR-04', 'REJECT-CODE-01');
