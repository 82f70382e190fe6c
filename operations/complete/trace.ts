/**
 * Complete's rows of the traceability table: every documented fact bearing on Complete (each parameter,
 * the answer, each field of its StatusChange, the chat's identity, the customer's session, the agent's
 * capacity, each error) with the requirements that check it, or why none does.
 */
import { checked, type Trace, unchecked } from '../../helpers/judges/catalogue/trace.ts';

export const COMPLETE_TRACES: readonly Trace[] = [
  checked('parameter', 'operationName', 'Complete', 'the operation (S3)', ['COMPLETE-HTTP-01', 'COMPLETE-RESP-01']),
  unchecked(
    'parameter',
    'queueName',
    'present',
    'places the chat in that queue (S3)',
    "what the queue does next is routing's: no notification of the agent's shows it",
  ),
  unchecked(
    'parameter',
    'saveLAR',
    'true or false',
    'stores the agent for last-agent routing (S3)',
    'a Contact Profile setting: nothing the agent or the customer is shown',
  ),
  unchecked(
    'parameter',
    'text, messageType, treatAs',
    'present',
    'an optional last message (S3, S4, S7)',
    "no page says where the last message shows; SendMessage's requirements judge a message",
  ),
  checked('field', 'response', '{"statusCode": 0}', 'the sample response (S3)', ['COMPLETE-HTTP-01', 'COMPLETE-RESP-01']),
  checked('field', 'StatusChange', 'one, on /v2/me/chats', 'the notification that follows (S3, S15)', [
    'COMPLETE-SEQ-01',
    'COMPLETE-CHANNEL-01',
    'COMPLETE-SCHEMA-01',
    'COMPLETE-QUIET-01',
  ]),
  checked('field', 'chat.state', 'Completed', 'the sample shows Completed (S3; §4.2)', ['COMPLETE-STATE-01']),
  checked('field', 'referenceId', 'absent, or an integer', 'the sample shows none (S3; §6.3)', ['COMPLETE-REFID-01']),
  checked('field', 'chat.capabilities', 'absent or []', 'the sample has none (S3; §4.3)', ['COMPLETE-CAPS-01']),
  checked('identity', 'chat id', 'the accepted chat, then another offered', 'the completed chat is the one accepted (S3)', [
    'COMPLETE-CHAT-01',
    'COMPLETE-NEXT-01',
  ]),
  checked('identity', 'the customer', 'session ended', "Complete ends the customer's session if still open (S3, S26)", [
    'COMPLETE-CUSTOMER-01',
  ]),
  checked('identity', "the agent's capacity", 'free for the next chat', 'Ready agents are offered waiting chats (S19, S20; §6.5)', [
    'COMPLETE-NEXT-01',
  ]),
  checked('error', 'statusCode 6', 'an unknown chat id', 'Return Values table (S17)', ['COMPLETE-ERR-01', 'COMPLETE-CODE-01']),
  checked('error', 'statusCode 2 or 3', 'a chat only offered', 'invalid for the current state, or forbidden (S17; §4.3)', [
    'COMPLETE-ERR-02',
    'COMPLETE-CODE-01',
  ]),
  checked('error', 'statusCode 2, 3 or 6', 'a chat already completed', 'invalid for the state, forbidden, or gone (S17; §4.3)', [
    'COMPLETE-ERR-03',
    'COMPLETE-CODE-01',
  ]),
  checked('error', 'nothing changed', 'after every refusal', 'a failed request changes nothing (S17)', ['COMPLETE-ERR-04']),
  unchecked(
    'security',
    'credentials, CSRF token, CometD session',
    'on Complete',
    'the same filters as every chat operation (S18, S19)',
    "judged once for the chat operations, with Accept's security scenarios",
  ),
];
