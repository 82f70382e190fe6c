/**
 * The requirements of an operation that changes a chat's userData (AttachUserData, UpdateUserData,
 * DeleteUserData), derived from its declaration: the answer, its one PropertiesUpdated (the request's
 * referenceId, the whole chat still Chatting), the userData it shows (the change applied, values keeping
 * their JSON type; every other key as it was), and its refusals (an unknown chat id, a chat only offered,
 * no parameter). The text of these requirements lives here only, written once for every such operation.
 */
import { COMMON_CHATTING_CAPABILITIES } from '../../contract/capabilities.ts';
import { declaredUserData, type OperationDecl } from '../../contract/operation.ts';
import { answerRequirements, refusalRequirements } from './chatting-requirements.ts';
import { FACT_SHEET, PAGES } from './pages.ts';
import type { Requirement } from './requirement.ts';

/** The IDs of a userData operation's requirements, `P` its prefix: a misspelled one does not compile. */
export type PropertiesOperationId<P extends string> =
  | `${P}-${'HTTP' | 'RESP' | 'SEQ' | 'CHANNEL' | 'SCHEMA' | 'CHAT' | 'STATE' | 'REFID' | 'PART' | 'CAPS' | 'QUIET' | 'CODE'}-01`
  | `${P}-DATA-0${1 | 2}`
  | `${P}-ERR-0${1 | 2 | 3 | 4}`;

export type PropertiesRequirement<P extends string> = Requirement & { id: PropertiesOperationId<P> };

export function propertiesOperationCatalogue<const P extends string>(
  decl: OperationDecl & { prefix: P },
): readonly PropertiesRequirement<P>[] {
  const change = declaredUserData(decl);
  if (!change) throw new Error(`${decl.name} declares no userData change`);
  const page = decl.doc.title;
  const url = decl.doc.url;
  const n = decl.name;
  const r = (
    s: string,
    level: 'MUST' | 'SHOULD',
    status: 'documented' | 'shown',
    source: string,
    text: string,
    at = url,
  ): PropertiesRequirement<P> => ({ id: `${decl.prefix}-${s}` as PropertiesOperationId<P>, level, status, source, url: at, text });
  const answer = answerRequirements(decl);
  return [
    answer.http as PropertiesRequirement<P>,
    answer.resp as PropertiesRequirement<P>,
    r(
      'SEQ-01',
      'MUST',
      'documented',
      `${page}: notification; ${PAGES.messageTypes.title}: PropertiesUpdated when the chat's data change`,
      `After ${n}, exactly one ChatStateChangeMessage PropertiesUpdated arrives for the chat.`,
    ),
    answer.channel as PropertiesRequirement<P>,
    r(
      'SCHEMA-01',
      'MUST',
      'documented',
      `${page}: notification; ${PAGES.messageTypes.title}: the PropertiesUpdated sample (${FACT_SHEET} §6.1)`,
      `The PropertiesUpdated of ${n} is a documented ChatStateChangeMessage, with the whole chat.`,
    ),
    r(
      'CHAT-01',
      'MUST',
      'documented',
      `${page}: the notification's chat is the chat operated on (its id and uri)`,
      `The PropertiesUpdated of ${n} names the chat it changed.`,
    ),
    r(
      'STATE-01',
      'MUST',
      'documented',
      `${page}: the sample's chat is still Chatting; ${PAGES.messageTypes.title}: PropertiesUpdated is not a state change`,
      `The PropertiesUpdated of ${n} shows the chat still Chatting.`,
    ),
    r(
      'REFID-01',
      'MUST',
      'documented',
      `${page}: the sample PropertiesUpdated carries the request's referenceId (${FACT_SHEET} §6.3)`,
      `The PropertiesUpdated caused by ${n} carries a referenceId.`,
    ),
    r(
      'PART-01',
      'MUST',
      'documented',
      `${PAGES.messageTypes.title}: a ChatStateChangeMessage carries the whole chat, its participants among it (the PropertiesUpdated sample lists the customer and the agent)`,
      `The PropertiesUpdated of ${n} lists the chat's participants as the agent was shown them before: the same participantIds, nicknames and types, none missing, none added.`,
      PAGES.messageTypes.url,
    ),
    r(
      'CAPS-01',
      'SHOULD',
      'shown',
      `${PAGES.messageTypes.title}: the PropertiesUpdated sample's chat offers the Chatting capabilities (${FACT_SHEET} §4.3: what every documented Chatting list holds)`,
      `The PropertiesUpdated of ${n} offers what every documented Chatting list holds: ${COMMON_CHATTING_CAPABILITIES.join(', ')}.`,
      PAGES.messageTypes.url,
    ),
    r(
      'DATA-01',
      'MUST',
      'documented',
      change.change === 'set'
        ? `${page}: ${change.param}, the key-value pairs to attach or overwrite; the sample's userData holds them (values strings or numbers, ${FACT_SHEET} §4.1)`
        : `${page}: ${change.param}, the keys to delete; the sample's userData lacks them`,
      change.change === 'set'
        ? `The userData of the PropertiesUpdated of ${n} holds each key sent with the value sent, of the same JSON type.`
        : `The userData of the PropertiesUpdated of ${n} holds none of the keys sent.`,
    ),
    r(
      'DATA-02',
      'MUST',
      'documented',
      `${page}: only the keys given change; the sample's userData keeps the others`,
      `The userData of the PropertiesUpdated of ${n} keeps every other key the chat had, with its value.`,
    ),
    r(
      'QUIET-01',
      'SHOULD',
      'documented',
      `${page}: one notification follows`,
      `Nothing but the PropertiesUpdated arrives about the chat after ${n}.`,
    ),
    ...refusalRequirements(decl, { name: change.param, is: 'what it changes' }),
  ];
}
