/**
 * The checks of the Accept scenario, in the order the plan runs them (and the reports list them):
 * response, sequence, chat, participants, history, then what else arrives.
 */
import type { Check } from '../check.ts';
import {
  absoluteChatUri,
  chattingCapabilities,
  namesAcceptedChat,
  noAcceptOrRejectCapability,
  oneReferenceId,
  stateIsChatting,
  statusChangeHasReferenceId,
} from './chat.ts';
import { historyEndsWithAgentJoin, historyHasCustomerMessages, historyIndicesFromOne, historyIndicesIncrease } from './history.ts';
import { agentWithNickname, customerListed } from './participants.ts';
import { noOtherAgentHears, nothingElseArrives } from './quiet.ts';
import { bodyIsStatusCodeZero, httpStatusIs200 } from './response.ts';
import {
  documentedOrder,
  documentedShape,
  onChatsChannel,
  oneMessageLogUpdated,
  oneParticipantsUpdated,
  oneStatusChange,
} from './sequence.ts';

export const ACCEPT_CHECKS: Check[] = [
  httpStatusIs200,
  bodyIsStatusCodeZero,
  oneStatusChange,
  oneParticipantsUpdated,
  oneMessageLogUpdated,
  documentedOrder,
  onChatsChannel,
  documentedShape,
  stateIsChatting,
  chattingCapabilities,
  noAcceptOrRejectCapability,
  statusChangeHasReferenceId,
  oneReferenceId,
  namesAcceptedChat,
  absoluteChatUri,
  agentWithNickname,
  customerListed,
  historyHasCustomerMessages,
  historyIndicesIncrease,
  historyIndicesFromOne,
  historyEndsWithAgentJoin,
  nothingElseArrives,
  noOtherAgentHears,
];
