/**
 * Traceability of every field the docs show in the payloads of Accept: the response, the offer, the
 * Bayeux envelope, StatusChange, ParticipantsUpdated, MessageLogUpdated and each history entry.
 */
import { checked, type Trace, unchecked } from '../../../helpers/judges/catalogue/trace.ts';

const F = 'field';

export const PAYLOAD_TRACES: readonly Trace[] = [
  // The response.
  checked(F, 'HTTP status', 'Accept of an offered chat', 'an accepted asynchronous request answers HTTP 200 (S15, S2)', ['ACCEPT-HTTP-01']),
  checked(F, 'Content-Type of the response', 'Accept of an offered chat', 'the response is the JSON body {"statusCode": 0} (S1)', [
    'ACCEPT-RESP-02',
  ]),
  checked(F, 'statusCode', 'present, 0', 'success is {"statusCode": 0} (S1, S17)', ['ACCEPT-RESP-01']),
  checked(F, 'statusMessage', 'absent on success', 'statusCode 0 comes without statusMessage (S17)', ['ACCEPT-RESP-01']),
  checked(F, 'referenceId (response)', "optional; equal to the notifications' when present", 'Invite and Consult return it (S5, S6)', [
    'ACCEPT-REFID-02',
  ]),
  unchecked(
    F,
    'undocumented properties (any payload)',
    'present',
    'later builds add fields (participant uri, visibility; chatPath) (S24, S12)',
    'extra fields are legal (variant extra-properties): reported as INFO, never a failure',
  ),
  // The offer.
  checked(F, 'offer', 'a StatusChange on /v2/me/chats offering Accept and Reject, not Chatting', 'a new chat is offered (S1, S2; §6.5)', [
    'ACCEPT-OFFER-01',
  ]),
  unchecked(
    F,
    'offer chat.state',
    'the state name ("Invited")',
    'not confirmed on any page (§4.2, §11.2)',
    'the state name of an offer is undocumented: only "not Chatting" is asserted',
  ),
  unchecked(
    F,
    'offer chat.participants, userData',
    'present or absent',
    'unknown whether the offer carries them (§11.2)',
    'undocumented: not asserted',
  ),
  // The Bayeux envelope.
  checked(F, 'channel', '/v2/me/chats', 'chat notifications are published on /v2/me/chats (S15, S14)', ['ACCEPT-CHANNEL-01']),
  checked(F, 'data', 'the GWS payload', 'the payload is the Bayeux data member (S16, S14)', ['ACCEPT-SCHEMA-01']),
  unchecked(F, 'id (Bayeux message)', 'present or absent', 'a Bayeux field, not a GWS one (S16)', 'the Bayeux protocol makes it optional'),
  // StatusChange.
  checked(F, 'StatusChange messageType, notificationType', 'ChatStateChangeMessage, StatusChange, exactly once', 'notification 1 (S1)', [
    'ACCEPT-SEQ-01',
    'ACCEPT-SCHEMA-01',
  ]),
  checked(F, 'StatusChange referenceId', 'present', 'referenceId 13 on StatusChange (S1); links to the request (S14)', ['ACCEPT-REFID-01']),
  checked(F, 'chat.state', 'Chatting in every snapshot', 'state Chatting after Accept (S1)', ['ACCEPT-STATE-01']),
  checked(F, 'chat.capabilities', 'the Chatting operations', 'Transfer, Complete, Leave, InFocus, SendMessage, typing (S1)', [
    'ACCEPT-CAPS-01',
  ]),
  checked(F, 'chat.capabilities', 'without Accept and Reject', 'a Chatting chat offers neither (S1; §4.3)', ['ACCEPT-CAPS-02']),
  unchecked(
    F,
    'chat.capabilities',
    'InFocus or SetInFocus, and other extras',
    'samples differ: InFocus (S1, S4), SetInFocus and more (S11, S14) (§4.3)',
    'the docs contradict each other: extra capabilities are legal (variant extended-capabilities); InFocus is not required',
  ),
  checked(F, 'chat.id', 'the accepted chat', 'id 0000Na9B26EF002X in every notification (S1)', ['ACCEPT-CHAT-01']),
  checked(F, 'chat.uri', 'absolute, …/api/v2/chats/{id}', 'externalApiUrlV2 + /chats/{id}, not /me/chats (S1, S22)', [
    'ACCEPT-URI-01',
    'ACCEPT-CHAT-01',
  ]),
  unchecked(
    F,
    'StatusChange chat.participants',
    '[] or already filled',
    'the sample shows [] and ParticipantsUpdated fills them in (S1)',
    'a fuller list in StatusChange is harmless and the docs do not forbid it: not asserted',
  ),
  // ParticipantsUpdated.
  checked(F, 'ParticipantsUpdated messageType, notificationType', 'exactly once', 'notification 2 (S1)', [
    'ACCEPT-SEQ-02',
    'ACCEPT-SCHEMA-01',
  ]),
  checked(F, 'ParticipantsUpdated referenceId', 'optional; equal when present', 'the seed shows 13, an older revision none (S1; §6.3)', [
    'ACCEPT-REFID-02',
  ]),
  checked(F, 'participants[] (Agent)', 'type Agent, the nickname sent', 'Agent Marat (S1)', ['ACCEPT-PART-01']),
  checked(F, 'participants[] (Customer)', 'type Customer', 'Customer PersonP (S1)', ['ACCEPT-PART-02']),
  checked(F, 'participants[].type, nickname, participantId', 'present, strings', 'every participant has the three (S1, §4.4)', [
    'ACCEPT-SCHEMA-01',
  ]),
  unchecked(
    F,
    'participants[].uri, path, id, visibility',
    'present or absent',
    'later builds add them (S24, C2)',
    'optional in later builds: legal either way (variant participant-details)',
  ),
  unchecked(
    F,
    'chat.userData, chatType, receivedDate',
    'present or absent',
    'attached data, chat type and date appear in other samples (S11, S14, S24)',
    'not part of the Accept sample: optional, not asserted (undocumented values are INFO)',
  ),
  // MessageLogUpdated.
  checked(F, 'MessageLogUpdated messageType, notificationType', 'MessageLogUpdated, NewMessages, exactly once', 'notification 3 (S1)', [
    'ACCEPT-SEQ-03',
    'ACCEPT-SCHEMA-01',
  ]),
  checked(F, 'chatUri', 'absolute URI of the accepted chat', 'chatUri …/api/v2/chats/{id} (S1, S8)', ['ACCEPT-CHAT-01', 'ACCEPT-URI-01']),
  unchecked(
    F,
    'chatPath',
    'present or absent',
    'present in 2015+ samples beside chatUri (S12, C2)',
    'optional by the docs (variant chat-path)',
  ),
  checked(F, 'order of the three', 'StatusChange, ParticipantsUpdated, MessageLogUpdated', 'the order the page lists them (S1)', [
    'ACCEPT-ORDER-01',
  ]),
  checked(F, 'after the three', 'nothing else, through a quiet window', 'Accept produces three notifications (S1)', ['ACCEPT-QUIET-01']),
  unchecked(
    F,
    'order of response and notifications',
    'notifications before the response',
    'the response only says the request was forwarded; the outcome comes via CometD (S15)',
    'either order is legal (variant notifications-before-response)',
  ),
  // History entries.
  checked(F, 'messages[]', "the customer's join and messages, in order", 'the transcript up to the point of joining (S1)', [
    'ACCEPT-LOG-01',
  ]),
  checked(F, 'messages[] (last)', "the agent's ParticipantJoined with the nickname sent", 'history runs up to the join (S1)', [
    'ACCEPT-LOG-04',
  ]),
  checked(F, 'messages[].index', 'unique, increasing', 'index is the position in the transcript (S1, S8)', ['ACCEPT-LOG-02']),
  checked(F, 'messages[].index', 'from 1', 'the seed counts from 1 (S1)', ['ACCEPT-LOG-03']),
  unchecked(
    F,
    'messages[].index',
    'gaps',
    'non-contiguous indices are sometimes received (C2)',
    'legal (variant non-contiguous-indices): only uniqueness and order are asserted',
  ),
  checked(F, 'messages[].type, from, visibility, timestamp', 'present, typed', 'every entry of the seed has them (S1, S8)', [
    'ACCEPT-SCHEMA-01',
  ]),
  checked(F, 'messages[].text', "the customer's message text", 'Text entries carry text (S1, S8)', ['ACCEPT-LOG-01']),
  checked(F, 'messages[].visibility', "All for the joins and the customer's messages", 'visibility All (S1, S8)', ['ACCEPT-LOG-07']),
  checked(F, 'messages[].timestamp', 'one of the documented forms', 'ISO with offset (S1), yyyy-MM-dd HH:mm:ss.SSSZ (S8)', [
    'ACCEPT-SCHEMA-01',
  ]),
  checked(F, 'messages[].timestamp', 'never backwards as the index grows', 'the transcript is in time order (S1)', ['ACCEPT-LOG-05']),
  checked(F, 'messages[].timestampSeconds', 'the epoch-millisecond instant of timestamp', '1389261492035 = the timestamp of S8 (§6.2)', [
    'ACCEPT-LOG-06',
  ]),
  unchecked(
    F,
    'messages[] ParticipantLeft, TypingStarted',
    'present or absent',
    'the seed shows them (S1) because of what happened before the Accept',
    'which extra entries a history holds depends on the chat: entries beyond the required ones are legal',
  ),
  unchecked(
    F,
    'messages[].url, noticeText',
    'present or absent',
    'PushUrl carries url (S10), NicknameUpdated and CustomNotice noticeText (S12)',
    'entries of other operations: an Accept history need not hold any',
  ),
  unchecked(
    F,
    'messages[].messageType',
    'present or absent',
    'only when the server option includeMessageType is on (S8)',
    'a deployment option: not asserted',
  ),
];
