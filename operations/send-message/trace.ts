/**
 * SendMessage's rows of the traceability table: every documented fact bearing on SendMessage (each
 * parameter, the answer, each field of its notification and entry, the identities it repeats, what the
 * customer reads, each error) with the requirements that check it, or why none does.
 */
import { checked, type Trace, unchecked } from '../../helpers/judges/catalogue/trace.ts';

export const SEND_MESSAGE_TRACES: readonly Trace[] = [
  checked('parameter', 'text', 'present: Unicode, spacing, markup, a line break', 'the message to send (S8)', [
    'SENDMESSAGE-TEXT-01',
    'SENDMESSAGE-CUSTOMER-01',
  ]),
  checked('parameter', 'text', 'absent', 'required (S8; Return Values: a required parameter missing)', [
    'SENDMESSAGE-ERR-02',
    'SENDMESSAGE-CODE-01',
  ]),
  unchecked(
    'parameter',
    'messageType',
    'present',
    'echoed on the entry only with the server option includeMessageType (S8)',
    'whether it is echoed is a server option the suite cannot see: both are legal (a variant)',
  ),
  unchecked(
    'parameter',
    'treatAs',
    'Normal or System',
    'how the message is treated (S3, S4, S7)',
    'no page says what System changes in a notification',
  ),
  checked('field', 'response', '{"statusCode": 0}', 'the sample response (S8)', ['SENDMESSAGE-HTTP-01', 'SENDMESSAGE-RESP-01']),
  checked('field', 'MessageLogUpdated', 'one, on /v2/me/chats', 'the notification that follows (S8, S15)', [
    'SENDMESSAGE-SEQ-01',
    'SENDMESSAGE-CHANNEL-01',
    'SENDMESSAGE-SCHEMA-01',
    'SENDMESSAGE-QUIET-01',
  ]),
  checked('field', 'chatUri', "the chat's", 'the sample names the chat by chatUri (S8; §6.2)', ['SENDMESSAGE-CHAT-01']),
  unchecked(
    'field',
    'chatPath',
    'present or absent',
    '2015+ samples carry it beside chatUri (S12, C2)',
    'optional: both are legal (a variant)',
  ),
  checked('field', 'messages', 'one entry, type Text', "the sample's one entry (S8)", ['SENDMESSAGE-ENTRY-01']),
  checked('field', 'messages[0].text', 'as sent', "the sample's entry carries the text (S8)", ['SENDMESSAGE-TEXT-01']),
  checked('field', 'messages[0].visibility', 'All', "the sample's entry (S8)", ['SENDMESSAGE-VIS-01']),
  checked('field', 'messages[0].index', 'above every index before', 'the position in the transcript; gaps are seen (S8, C2)', [
    'SENDMESSAGE-INDEX-01',
  ]),
  checked('field', 'messages[0].timestamp', 'documented format, not before the entries before', 'yyyy-MM-dd HH:mm:ss.SSSZ (S8)', [
    'SENDMESSAGE-SCHEMA-01',
    'SENDMESSAGE-TIME-01',
  ]),
  unchecked(
    'field',
    'messages[0].timestampSeconds',
    'present or absent',
    'epoch milliseconds in the sample, with a Python L suffix (S8)',
    'optional; the sample prints it in no valid JSON',
  ),
  unchecked('field', 'referenceId', 'present or absent', 'the sample shows none (S8; §6.3)', 'optional: both are legal (a variant)'),
  checked('identity', "the agent's participant", 'entry.from = the participant the agent accepted as', "the sample's from (S8)", [
    'SENDMESSAGE-FROM-01',
  ]),
  checked('identity', 'the customer', 'reads the message once, from the agent', 'GMS refresh returns the transcript (S26)', [
    'SENDMESSAGE-CUSTOMER-01',
  ]),
  checked('error', 'statusCode 6', 'an unknown chat id', 'Return Values table (S17)', ['SENDMESSAGE-ERR-01', 'SENDMESSAGE-CODE-01']),
  checked('error', 'statusCode 1', 'no text', 'a required parameter missing (S17)', ['SENDMESSAGE-ERR-02', 'SENDMESSAGE-CODE-01']),
  checked('error', 'statusCode 2 or 3', 'a chat only offered', 'invalid for the current state, or forbidden (S17; §4.3)', [
    'SENDMESSAGE-ERR-03',
    'SENDMESSAGE-CODE-01',
  ]),
  checked('error', 'nothing changed', 'after every refusal', 'a failed request changes nothing (S17)', ['SENDMESSAGE-ERR-04']),
  unchecked(
    'security',
    'credentials, CSRF token, CometD session',
    'on SendMessage',
    'the same filters as every chat operation (S18, S19)',
    "judged once for the chat operations, with Accept's security scenarios",
  ),
];
