/**
 * Leave's rows of the traceability table: every documented fact bearing on Leave (each parameter, the
 * answer, each field of its StatusChange, the chat's identity, the customer's session, each error) with
 * the requirements that check it, or why none does.
 */
import { checked, type Trace, unchecked } from '../../helpers/judges/catalogue/trace.ts';

export const LEAVE_TRACES: readonly Trace[] = [
  checked('parameter', 'operationName', 'Leave', 'the operation (S4)', ['LEAVE-HTTP-01', 'LEAVE-RESP-01']),
  unchecked(
    'parameter',
    'text, messageType, treatAs',
    'present',
    'an optional last message to the customer (S4)',
    "no page says where the last message shows; SendMessage's requirements judge a message",
  ),
  checked('field', 'response', '{"statusCode": 0}', 'the sample response (S4)', ['LEAVE-HTTP-01', 'LEAVE-RESP-01']),
  checked('field', 'StatusChange', 'one, on /v2/me/chats', 'the notification that follows (S4, S15)', [
    'LEAVE-SEQ-01',
    'LEAVE-CHANNEL-01',
    'LEAVE-SCHEMA-01',
    'LEAVE-QUIET-01',
  ]),
  checked('field', 'chat.state', 'LeftChat', 'the sample outside a conference (S4; §4.2)', ['LEAVE-STATE-01']),
  checked('field', 'referenceId', 'an integer', 'the sample shows 17 (S4; §6.3)', ['LEAVE-REFID-01']),
  checked(
    'field',
    'chat.capabilities',
    'Complete among them, nothing that writes to the customer',
    "the sample's LeftChat list (S4; §4.3)",
    ['LEAVE-CAPS-01', 'LEAVE-CAPS-02'],
  ),
  unchecked(
    'field',
    'chat.participants',
    'absent',
    'the sample has no participants key (S4)',
    'open: the schema allows the key; no page says who is listed after Leave',
  ),
  checked('identity', 'chat id', 'the accepted chat', 'the chat left is the one accepted (S4)', ['LEAVE-CHAT-01']),
  checked('identity', 'the customer', 'session ended', 'outside a conference, Leave ends the chat session for the customer (S4, S26)', [
    'LEAVE-CUSTOMER-01',
  ]),
  unchecked(
    'identity',
    'a conference',
    'the chat Completed for the agent, open for the customer',
    'the in-conference sample (S4)',
    'the suite drives no conference (Invite and Consult are not yet operations of it)',
  ),
  checked('error', 'statusCode 6', 'an unknown chat id', 'Return Values table (S17)', ['LEAVE-ERR-01', 'LEAVE-CODE-01']),
  checked('error', 'statusCode 2 or 3', 'a chat only offered', 'invalid for the current state, or forbidden (S17; §4.3)', [
    'LEAVE-ERR-02',
    'LEAVE-CODE-01',
  ]),
  checked('error', 'nothing changed', 'after every refusal', 'a failed request changes nothing (S17)', ['LEAVE-ERR-03']),
  unchecked(
    'security',
    'credentials, CSRF token, CometD session',
    'on Leave',
    'the same filters as every chat operation (S18, S19)',
    "judged once for the chat operations, with Accept's security scenarios",
  ),
];
