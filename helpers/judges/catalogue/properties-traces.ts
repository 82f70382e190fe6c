/**
 * The traceability rows of an operation that changes a chat's userData, derived from its declaration
 * (the rows its requirements, helpers/judges/catalogue/properties-operation.ts, check), after the rows of
 * its own parameters.
 */
import { declaredUserData, type OperationDecl } from '../../contract/operation.ts';
import { checked, type Trace, unchecked } from './trace.ts';

export function propertiesOperationTraces(decl: OperationDecl, parameters: readonly Trace[]): Trace[] {
  const change = declaredUserData(decl);
  if (!change) throw new Error(`${decl.name} declares no userData change`);
  const P = decl.prefix;
  const tag = decl.doc.tag;
  return [
    ...parameters,
    checked('field', 'response', '{"statusCode": 0}', `the sample response (${tag})`, [`${P}-HTTP-01`, `${P}-RESP-01`]),
    checked('field', 'PropertiesUpdated', 'one, on /v2/me/chats', `the notification that follows (${tag}, S14, S15)`, [
      `${P}-SEQ-01`,
      `${P}-CHANNEL-01`,
      `${P}-SCHEMA-01`,
      `${P}-QUIET-01`,
    ]),
    checked('field', 'chat.state', 'Chatting', `the sample's chat (${tag}, S14)`, [`${P}-STATE-01`]),
    checked('field', 'referenceId', 'an integer', `the sample carries the request's (${tag}; §6.3)`, [`${P}-REFID-01`]),
    checked(
      'field',
      'chat.userData',
      change.change === 'set' ? 'each key sent with its value and JSON type' : 'none of the keys sent',
      `the sample's userData (${tag}, S14; §4.1)`,
      [`${P}-DATA-01`],
    ),
    checked('field', 'chat.userData (other keys)', 'as before', `only the keys given change (${tag})`, [`${P}-DATA-02`]),
    checked('field', 'chat.participants', "the chat's, as shown before", `the sample shows the whole chat (${tag}, S14)`, [`${P}-PART-01`]),
    checked('field', 'chat.capabilities', 'what every Chatting list holds', `the sample's Chatting list (S14; §4.3)`, [`${P}-CAPS-01`]),
    checked('identity', 'chat id', 'the accepted chat', `the notification is about the chat changed (${tag})`, [`${P}-CHAT-01`]),
    checked('error', 'statusCode 6', 'an unknown chat id', 'Return Values table (S17)', [`${P}-ERR-01`, `${P}-CODE-01`]),
    checked('error', 'statusCode 2 or 3', 'a chat only offered', 'invalid for the current state, or forbidden (S17; §4.3)', [
      `${P}-ERR-02`,
      `${P}-CODE-01`,
    ]),
    checked('error', 'statusCode 1', `no ${change.param}`, 'a required parameter missing (S17)', [`${P}-ERR-04`, `${P}-CODE-01`]),
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
