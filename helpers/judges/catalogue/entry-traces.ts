/**
 * The traceability rows of an operation that adds one entry to the transcript, derived from its
 * declaration (the rows its requirements, helpers/judges/catalogue/entry-operation.ts, check), after the
 * rows of its own parameters.
 */
import { declaredEntry, type OperationDecl } from '../../contract/operation.ts';
import { checked, type Trace, unchecked } from './trace.ts';

export function entryOperationTraces(decl: OperationDecl, parameters: readonly Trace[]): Trace[] {
  const entry = declaredEntry(decl);
  const P = decl.prefix;
  const tag = decl.doc.tag;
  const echo = entry.echoes[0];
  return [
    ...parameters,
    checked('field', 'response', '{"statusCode": 0}', `the response (${tag})`, [`${P}-HTTP-01`, `${P}-RESP-01`]),
    checked('field', 'MessageLogUpdated', 'one, on /v2/me/chats', `the notification that follows (${tag}, S15)`, [
      `${P}-SEQ-01`,
      `${P}-CHANNEL-01`,
      `${P}-SCHEMA-01`,
      `${P}-QUIET-01`,
    ]),
    checked('field', 'chatUri', "the chat's", 'the notification names the chat (§6.2)', [`${P}-CHAT-01`]),
    checked('field', 'messages', `one entry, type ${entry.type}`, `the entry (${tag}; §5)`, [`${P}-ENTRY-01`]),
    ...(echo
      ? [
          checked('field', `messages[0].${echo.field}`, `the ${echo.param} sent, exactly`, `the sample's entry carries it (${tag})`, [
            `${P}-ECHO-01`,
          ]),
        ]
      : []),
    ...entry.without.map((field) =>
      checked('field', `messages[0].${field}`, 'absent', `the entry has no ${field} (${tag}; §5)`, [`${P}-NOTEXT-01`]),
    ),
    checked('field', 'messages[0].visibility', entry.visibility, `visibility ${entry.visibility} (${tag}; §5)`, [`${P}-VIS-01`]),
    checked('field', 'messages[0].index', 'above every index before', 'the position in the transcript (S8; §6.2)', [`${P}-INDEX-01`]),
    checked('field', 'messages[0].timestamp', 'documented format, not before the entries before', 'S8; §6.2', [
      `${P}-SCHEMA-01`,
      `${P}-TIME-01`,
    ]),
    unchecked(
      'field',
      'referenceId',
      'present or absent',
      `no sample shows one (${tag}; §6.3)`,
      "optional: a notification may carry its request's referenceId or not (§6.3)",
    ),
    checked(
      'identity',
      "the agent's participant",
      entry.from === 'the agent'
        ? 'entry.from = the participant the agent accepted as'
        : 'entry.from = the participant the agent accepted as, under its old or its new nickname',
      entry.from === 'the agent' ? 'the agent sends it (§6.2)' : `the agent sends it; the sample shows the new nickname (${tag})`,
      [`${P}-FROM-01`],
    ),
    checked(
      'identity',
      'the customer',
      entry.customer === 'sees it' ? `sees the ${entry.type} entry once` : `never sees the ${entry.type} entry`,
      `visibility ${entry.visibility}; GMS refresh returns the transcript (${tag}, S26)`,
      [`${P}-CUSTOMER-01`],
    ),
    checked('error', 'statusCode 6', 'an unknown chat id', 'Return Values table (S17)', [`${P}-ERR-01`, `${P}-CODE-01`]),
    checked('error', 'statusCode 2 or 3', 'a chat only offered', 'invalid for the current state, or forbidden (S17; §4.3)', [
      `${P}-ERR-02`,
      `${P}-CODE-01`,
    ]),
    ...(echo
      ? [checked('error', 'statusCode 1', `no ${echo.param}`, 'a required parameter missing (S17)', [`${P}-ERR-04`, `${P}-CODE-01`])]
      : []),
    checked('error', 'nothing changed', 'after every refusal', 'a failed request changes nothing (S17)', [`${P}-ERR-03`]),
    unchecked(
      'security',
      'credentials, CSRF token, CometD session',
      `on ${decl.name}`,
      'the same filters as every chat operation (S18, S19)',
      "judged once for the chat operations, with Accept's security scenarios",
    ),
  ];
}
