/**
 * The generic conditions: checks parameterised by an operation's declaration, each called by the
 * operation's check list with the requirement it decides.
 */
export { answersADeclaredBody, answersHttpStatus } from './answer.ts';
export {
  CUSTOMER_VIEW_STEP,
  carriesNothingElse,
  customerSees,
  echoesTheRequest,
  fromTheAgent,
  hasVisibility,
  indexContinues,
  oneEntryOfType,
  timestampInOrder,
} from './entries.ts';
export { entryOperationChecks, entryOperationErrorChecks } from './entry-operation.ts';
export { participantsKept } from './identities.ts';
export { customerSessionEnded, nextChatOffered, WAITING_CHAT_STEP } from './lifecycle.ts';
export {
  carriesReferenceId,
  documentedShapes,
  exactlyOne,
  listsNoParticipants,
  namesTheChat,
  nothingElse,
  offersCapabilities,
  offersNoCapabilities,
  onChatsChannel,
  stateIs,
} from './notifications.ts';
export { propertiesOperationChecks, propertiesOperationErrorChecks } from './properties-operation.ts';
export { chattingRefusalChecks, nothingChanged, refusalChecks, refused, statusCodeOfTheCase } from './refusals.ts';
export { neverOfferedBack, offeredToAnother } from './routing.ts';
export { bodiesOf, declaredSuccess, eachActor, type OperationSubject, successBodyOf } from './subject.ts';
export { otherKeysKept, REST_BEFORE_STEP, userDataChanged } from './user-data.ts';
