/**
 * The checks of an operation that adds one entry to the transcript (helpers/judges/catalogue/
 * entry-operation.ts derives its requirements): the generic conditions, each called with the requirement
 * of its catalogue it decides; and its two refusals.
 */
import { declaredEntry } from '../../contract/operation.ts';
import type { EntryOperationId } from '../catalogue/entry-operation.ts';
import type { Check } from '../check.ts';
import { answersADeclaredBody, answersHttpStatus } from './answer.ts';
import {
  carriesNothingElse,
  customerSees,
  echoesTheRequest,
  fromTheAgent,
  hasVisibility,
  indexContinues,
  oneEntryOfType,
  timestampInOrder,
} from './entries.ts';
import { documentedShapes, exactlyOne, namesTheChat, nothingElse, onChatsChannel } from './notifications.ts';
import { chattingRefusalChecks } from './refusals.ts';
import type { OperationSubject } from './subject.ts';

export function entryOperationChecks<P extends string>(s: OperationSubject<EntryOperationId<P>>, prefix: P): Check<EntryOperationId<P>>[] {
  const id = (x: string) => `${prefix}-${x}` as EntryOperationId<P>;
  const entry = declaredEntry(s.operation);
  return [
    answersHttpStatus(s, id('HTTP-01')),
    answersADeclaredBody(s, id('RESP-01')),
    exactlyOne(s, id('SEQ-01'), 'MessageLogUpdated'),
    onChatsChannel(s, id('CHANNEL-01')),
    documentedShapes(s, id('SCHEMA-01')),
    namesTheChat(s, id('CHAT-01'), 'MessageLogUpdated'),
    oneEntryOfType(s, id('ENTRY-01')),
    ...(entry.echoes.length > 0 ? [echoesTheRequest(s, id('ECHO-01'))] : []),
    ...(entry.without.length > 0 ? [carriesNothingElse(s, id('NOTEXT-01'))] : []),
    fromTheAgent(s, id('FROM-01')),
    hasVisibility(s, id('VIS-01')),
    indexContinues(s, id('INDEX-01')),
    timestampInOrder(s, id('TIME-01')),
    nothingElse(s, id('QUIET-01')),
    customerSees(s, id('CUSTOMER-01')),
  ];
}

/** The refusals of an entry operation: each declared case refused; nothing changed; the statusCode of the case. */
export function entryOperationErrorChecks<P extends string>(
  s: OperationSubject<EntryOperationId<P>>,
  prefix: P,
): Check<EntryOperationId<P>>[] {
  return chattingRefusalChecks(s, prefix);
}
