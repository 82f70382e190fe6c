/**
 * The checks of the Accept scenario, in the order the plan runs them (and the catalogue lists them):
 * response, sequence, chat, participants, history, what else arrives, the offer, identities.
 */
import type { AcceptCheck } from '../judging.ts';
import {
  absoluteChatUri,
  chattingCapabilities,
  namesAcceptedChat,
  noAcceptOrRejectCapability,
  oneReferenceId,
  stateIsChatting,
  statusChangeHasReferenceId,
} from './chat.ts';
import {
  historyEndsWithAgentJoin,
  historyHasCustomerMessages,
  historyIndicesFromOne,
  historyIndicesIncrease,
  historyTimestampsForward,
  historyVisibleToAll,
  timestampSecondsIsTheInstant,
} from './history.ts';
import { customerIdConsistent, customerNicknameAsGiven, participantIdsDistinct } from './identity.ts';
import { offeredAsDocumented } from './offer.ts';
import { agentWithNickname, customerListed } from './participants.ts';
import { noOtherAgentHears, noOtherAgentHearsBefore, nothingElseArrives } from './quiet.ts';
import { bodyIsStatusCodeZero, httpStatusIs200, responseIsJson } from './response.ts';
import {
  documentedOrder,
  documentedShape,
  onChatsChannel,
  oneMessageLogUpdated,
  oneParticipantsUpdated,
  oneStatusChange,
} from './sequence.ts';

export const ACCEPT_CHECKS: AcceptCheck[] = [
  httpStatusIs200,
  bodyIsStatusCodeZero,
  responseIsJson,
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
  offeredAsDocumented,
  noOtherAgentHearsBefore,
  customerIdConsistent,
  participantIdsDistinct,
  customerNicknameAsGiven,
  historyTimestampsForward,
  timestampSecondsIsTheInstant,
  historyVisibleToAll,
];
