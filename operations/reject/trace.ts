/**
 * Reject's rows of the traceability table: every documented fact bearing on Reject (its request, the
 * answer, each field of its StatusChange, the chat's identity, where the chat goes, each error) with the
 * requirements that check it, or why none does.
 */
import { checked, type Trace, unchecked } from '../../helpers/judges/catalogue/trace.ts';

export const REJECT_TRACES: readonly Trace[] = [
  checked('parameter', 'operationName', 'Reject', 'the only parameter (S2)', ['REJECT-HTTP-01', 'REJECT-RESP-01']),
  unchecked('parameter', 'other body parameters', 'any', 'the page lists none (S2)', 'nothing documented to send or to refuse'),
  checked(
    'field',
    'response',
    'empty, {"status": 0} or {"statusCode": 0}',
    'the text says an empty HTTP 200, the sample shows {"status": 0} (S2; §11.4)',
    ['REJECT-HTTP-01', 'REJECT-RESP-01'],
  ),
  checked('field', 'StatusChange', 'one, on /v2/me/chats', 'the notification that follows (S2, S15)', [
    'REJECT-SEQ-01',
    'REJECT-CHANNEL-01',
    'REJECT-SCHEMA-01',
  ]),
  checked('field', 'chat.state', 'Completed', 'the sample shows Completed (S2; §4.2)', ['REJECT-STATE-01']),
  checked('field', 'referenceId', 'present', 'the sample shows referenceId 5 (S2; §6.3)', ['REJECT-REFID-01']),
  checked('field', 'chat.participants', '[]', 'the sample shows an empty list (S2)', ['REJECT-PART-01']),
  checked('field', 'chat.capabilities', 'absent or []', 'the sample has none (S2; §4.3)', ['REJECT-CAPS-01']),
  unchecked(
    'field',
    'chat.uri',
    'present',
    'the sample shows it (S2)',
    "its form is Accept's requirement (the same chat resource), judged there",
  ),
  checked('identity', 'chat id', 'offer, StatusChange, the next offer', 'the rejected chat is the one offered, then offered again (S2)', [
    'REJECT-CHAT-01',
    'REJECT-ROUTE-01',
  ]),
  checked('field', 'what follows the StatusChange', 'nothing else about the chat', 'one notification (S2)', ['REJECT-QUIET-01']),
  checked('identity', 'the next agent', 'another Ready agent', 'the chat is offered to another agent (S2; §5)', [
    'REJECT-ROUTE-01',
    'REJECT-ROUTE-02',
  ]),
  unchecked(
    'identity',
    'the customer',
    'still waiting',
    'the Chat Reject page says nothing of the customer (S2)',
    'no page says what the customer sees of a Reject',
  ),
  checked('error', 'statusCode 6', 'an unknown chat id', 'Return Values table (S17)', ['REJECT-ERR-01', 'REJECT-CODE-01']),
  checked('error', 'statusCode 2 or 3', 'a chat already accepted', 'invalid for the current state, or forbidden (S17)', [
    'REJECT-ERR-02',
    'REJECT-CODE-01',
  ]),
  checked('error', 'statusCode 3, 5 or 6', "another agent's offer", 'forbidden, no permission, not found (S17)', [
    'REJECT-ERR-03',
    'REJECT-CODE-01',
  ]),
  checked('error', 'nothing changed', 'after every refusal', 'a failed request changes nothing (S17)', ['REJECT-ERR-04']),
  unchecked(
    'security',
    'credentials, CSRF token, CometD session',
    'on Reject',
    'the same filters as every chat operation (S18, S19)',
    "judged once for the chat operations, with Accept's security scenarios",
  ),
];
