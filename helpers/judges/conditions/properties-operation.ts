/**
 * The checks of an operation that changes a chat's userData (helpers/judges/catalogue/
 * properties-operation.ts derives its requirements): the generic conditions, each called with the
 * requirement of its catalogue it decides; and its refusals.
 */

import { COMMON_CHATTING_CAPABILITIES } from '../../contract/capabilities.ts';
import type { PropertiesOperationId } from '../catalogue/properties-operation.ts';
import type { Check } from '../check.ts';
import { answersADeclaredBody, answersHttpStatus } from './answer.ts';
import { participantsKept } from './identities.ts';
import {
  carriesReferenceId,
  documentedShapes,
  exactlyOne,
  namesTheChat,
  nothingElse,
  offersCapabilities,
  onChatsChannel,
  stateIs,
} from './notifications.ts';
import { chattingRefusalChecks } from './refusals.ts';
import type { OperationSubject } from './subject.ts';
import { otherKeysKept, userDataChanged } from './user-data.ts';

const KIND = 'PropertiesUpdated';

export function propertiesOperationChecks<P extends string>(
  s: OperationSubject<PropertiesOperationId<P>>,
  prefix: P,
): Check<PropertiesOperationId<P>>[] {
  const id = (x: string) => `${prefix}-${x}` as PropertiesOperationId<P>;
  return [
    answersHttpStatus(s, id('HTTP-01')),
    answersADeclaredBody(s, id('RESP-01')),
    exactlyOne(s, id('SEQ-01'), KIND),
    onChatsChannel(s, id('CHANNEL-01')),
    documentedShapes(s, id('SCHEMA-01')),
    namesTheChat(s, id('CHAT-01'), KIND),
    stateIs(s, id('STATE-01'), KIND),
    carriesReferenceId(s, id('REFID-01'), KIND),
    participantsKept(s, id('PART-01'), KIND),
    offersCapabilities(s, id('CAPS-01'), KIND, { include: COMMON_CHATTING_CAPABILITIES, exclude: [] }),
    userDataChanged(s, id('DATA-01')),
    otherKeysKept(s, id('DATA-02')),
    nothingElse(s, id('QUIET-01')),
  ];
}

/** The refusals of a userData operation: each declared case refused; nothing changed; the statusCode of the case. */
export function propertiesOperationErrorChecks<P extends string>(
  s: OperationSubject<PropertiesOperationId<P>>,
  prefix: P,
): Check<PropertiesOperationId<P>>[] {
  return chattingRefusalChecks(s, prefix);
}
