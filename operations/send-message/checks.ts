/**
 * SendMessage's checks: the generic conditions over its declaration, each called with the requirement it
 * decides, in the order the catalogue lists them.
 */
import {
  answersADeclaredBody,
  answersHttpStatus,
  customerSees,
  documentedShapes,
  echoesTheRequest,
  exactlyOne,
  fromTheAgent,
  hasVisibility,
  indexContinues,
  namesTheChat,
  nothingElse,
  onChatsChannel,
  oneEntryOfType,
  refusalChecks,
  timestampInOrder,
} from '../../helpers/judges/conditions/index.ts';
import { SENT, type SendMessageCheck, type SendMessageId } from './judging.ts';
import type { SendMessageErrorCase } from './operation.ts';

/** A SendMessage in a chat the agent is Chatting in: the answer, its MessageLogUpdated and entry, the customer's transcript. */
export const SEND_MESSAGE_CHECKS: SendMessageCheck[] = [
  answersHttpStatus(SENT, 'SENDMESSAGE-HTTP-01'),
  answersADeclaredBody(SENT, 'SENDMESSAGE-RESP-01'),
  exactlyOne(SENT, 'SENDMESSAGE-SEQ-01', 'MessageLogUpdated'),
  onChatsChannel(SENT, 'SENDMESSAGE-CHANNEL-01'),
  documentedShapes(SENT, 'SENDMESSAGE-SCHEMA-01'),
  namesTheChat(SENT, 'SENDMESSAGE-CHAT-01', 'MessageLogUpdated'),
  oneEntryOfType(SENT, 'SENDMESSAGE-ENTRY-01'),
  echoesTheRequest(SENT, 'SENDMESSAGE-TEXT-01'),
  fromTheAgent(SENT, 'SENDMESSAGE-FROM-01'),
  hasVisibility(SENT, 'SENDMESSAGE-VIS-01'),
  indexContinues(SENT, 'SENDMESSAGE-INDEX-01'),
  timestampInOrder(SENT, 'SENDMESSAGE-TIME-01'),
  nothingElse(SENT, 'SENDMESSAGE-QUIET-01'),
  customerSees(SENT, 'SENDMESSAGE-CUSTOMER-01'),
];

/** The requirement each error case decides, beside SENDMESSAGE-ERR-04 and SENDMESSAGE-CODE-01. */
export const CASE_REQUIREMENT: Readonly<Record<SendMessageErrorCase, SendMessageId>> = {
  'unknown-id': 'SENDMESSAGE-ERR-01',
  'missing-text': 'SENDMESSAGE-ERR-02',
  offered: 'SENDMESSAGE-ERR-03',
};

/** The error cases of the declaration, each refused, and nothing changed by it. */
export const SEND_MESSAGE_ERROR_CHECKS: SendMessageCheck[] = refusalChecks(
  SENT,
  CASE_REQUIREMENT,
  'SENDMESSAGE-ERR-04',
  'SENDMESSAGE-CODE-01',
);
