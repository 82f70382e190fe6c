/**
 * The legal variants: what a conformant server may do differently from the seed. The suite must stay
 * green on every one of them.
 */
import { USER_DATA_CHATTING_CAPABILITIES } from '../../../helpers/contract/capabilities.ts';
import {
  type AcceptDeviation,
  eachChat,
  entries,
  type JsonObject,
  messageLog,
  parseGwsTimestamp,
  participantsUpdated,
  reverseKeys,
  statusChange,
} from './deviation.ts';
import type { AcceptState } from './handler.ts';

/** The delays of the slow-server variant: beyond the simulator's default waits, within a real server's. */
const SLOW = { offerDelayMs: 3_000, notificationDelayMs: 2_500 } as const;

export const VARIANTS: readonly AcceptDeviation[] = [
  {
    name: 'property-order',
    breaks: [],
    description: 'Every JSON object is written with its properties in reverse order',
    rationale: 'JSON objects are unordered (RFC 8259); the docs print several orders themselves',
    transform: (p) => {
      p.body = reverseKeys(p.body);
      for (const d of p.notifications) d.data = reverseKeys(d.data) as JsonObject;
    },
  },
  {
    name: 'extra-properties',
    breaks: [],
    description: 'Undocumented properties are added to the response, the notifications, the chat and the entries',
    rationale: 'Servers add fields across versions; undocumented fields are information, not failure',
    transform: (p) => {
      if (p.body && typeof p.body === 'object' && !Array.isArray(p.body)) p.body.serverTime = Date.now();
      for (const d of p.notifications) {
        d.data.serverVersion = '8.5.201.84';
        if (d.data.chat) (d.data.chat as JsonObject).mediaType = 'chat';
        for (const e of (d.data.messages as JsonObject[] | undefined) ?? []) e.mediaType = 'chat';
      }
    },
  },
  {
    name: 'chat-path',
    breaks: [],
    description: 'MessageLogUpdated also carries chatPath (/chats/{id})',
    rationale: 'chatPath appears beside chatUri in 2015+ samples (S12; reference §6.2)',
    transform: (p, ctx) => {
      messageLog(p).data.chatPath = `/chats/${ctx.chatId}`;
    },
  },
  {
    name: 'timestamp-seconds',
    breaks: [],
    description: 'Transcript entries also carry timestampSeconds (epoch milliseconds)',
    rationale: 'timestampSeconds is documented on message entries (S8, S10, S12)',
    transform: (p) => {
      for (const e of entries(p)) e.timestampSeconds = parseGwsTimestamp(e.timestamp as string);
    },
  },
  {
    name: 'timestamp-space-form',
    breaks: [],
    description: 'Transcript timestamps use the form 2014-01-09 11:58:12.035+0200',
    rationale: 'Both timestamp forms are documented (seed; S8)',
    transform: (p) => {
      for (const e of entries(p)) e.timestamp = (e.timestamp as string).replace('T', ' ');
    },
  },
  {
    name: 'response-reference-id',
    breaks: [],
    description: 'The Accept response also carries the referenceId: {"statusCode":0,"referenceId":N}',
    rationale: 'Success responses may carry referenceId (Invite, Consult: S5, S6)',
    transform: (p) => {
      (p.body as JsonObject).referenceId = statusChange(p).data.referenceId as number;
    },
  },
  {
    name: 'notifications-before-response',
    breaks: [],
    description: 'The three notifications are delivered first; the HTTP response follows 100 ms later',
    rationale: 'The HTTP response and the CometD notifications travel separately; their order is not documented (S15)',
    transform: (p) => {
      p.notifyBeforeResponse = true;
    },
  },
  {
    name: 'slow-server',
    breaks: [],
    description: `Offers reach the agent ${SLOW.offerDelayMs / 1000} s after routing; an Accept's notifications follow its HTTP response by ${SLOW.notificationDelayMs / 1000} s`,
    rationale:
      'Routing takes what it takes, and the notifications travel over CometD apart from the HTTP response: the docs bound neither delay (S15). The suite must wait as long as a real server needs',
    timing: SLOW,
  },
  {
    name: 'uuid-ids',
    switches: ['uuid-ids'],
    breaks: [],
    description: 'Chat ids and participantIds are UUIDs instead of 16-character ids',
    rationale: 'Ids are opaque strings; only their consistency is documented',
  },
  {
    name: 'errors-http-200',
    switches: ['errors-http-200'],
    breaks: [],
    description: 'Failed agent API requests answer HTTP 200; the statusCode alone says they failed (the CSRF filter keeps its 403)',
    rationale: 'The docs fix the statusCode of every answer, not the HTTP status of an error (Return Values; fact sheet §7.2)',
  },
  {
    name: 'other-open-choices',
    switches: ['other-open-choices'],
    breaks: [],
    description:
      'Where the docs leave a choice open, the other defensible answer: statusCode 10 for an empty nickname, 2 for a value of the wrong type, 3 for an Accept of an accepted chat or of a chat offered to another agent, 10 for an unknown operationName; a valid session cookie authenticates a REST request and a CometD handshake whatever its Basic header says',
    rationale:
      "The Return Values table's meanings fit those codes as well as the simulator's own (S17; fact sheet §7.2); GWS's own web clients authenticate by the session cookie, and no page says the Basic header overrides it (fact sheet §2, §3)",
  },
  {
    name: 'lenient-nickname',
    bends: {
      'nickname-given': (_call, s: AcceptState) => (s.nickname === '' ? 'go-on' : undefined),
      'nickname-text': () => 'go-on',
    },
    breaks: [],
    description: 'Accept takes an empty nickname as it is, and a nickname that is not a string as its text (42 as "42")',
    rationale:
      'The Accept page sets no bound on the nickname and gives it no JSON type (S1; fact sheet §8); a lenient JSON binder takes a number for text',
  },
  {
    name: 'csrf-off',
    switches: ['csrf-off'],
    breaks: [],
    description: 'CSRF protection is off: no X-CSRF-HEADER / X-CSRF-TOKEN on GET, and writes without a token are processed',
    rationale:
      'CSRF protection is an option of a GWS deployment (enableCsrfProtection, S18): legal when the user declares the server without it (GWS_SERVER_WITHOUT=csrf-protection); the CSRF requirements then do not apply',
    declaration: { without: 'csrf-protection', breaks: ['ACCEPT-ERR-05', 'ACCEPT-CSRF-02', 'ACCEPT-CSRF-03', 'ACCEPT-CSRF-04'] },
  },
  {
    name: 'websocket-refused',
    switches: ['websocket-refused'],
    breaks: [],
    description: 'The CometD endpoint refuses WebSocket upgrades (HTTP 400): clients must use long-polling',
    rationale:
      'The GWS deployment page (8.5.2) says web sockets are not supported, the API page lists them (fact sheet §3, §11.6): either is legal',
  },
  {
    name: 'non-contiguous-indices',
    breaks: [],
    description: 'Transcript indices skip numbers (1, 3, 5, ...), and the entries after them continue above',
    rationale: 'Non-contiguous indices are received in practice (C2; reference §6.2)',
    transform: (p, ctx) => {
      for (const [i, e] of entries(p).entries()) e.index = 2 * i + 1;
      // The chat's transcript skips the same numbers: later entries continue above them.
      for (const [i, e] of ctx.chat.entries.entries()) e.index = 2 * i + 1;
    },
  },
  {
    name: 'no-referenceid-on-participants',
    breaks: [],
    description: 'ParticipantsUpdated carries no referenceId',
    rationale: 'An older revision of the Accept page shows ParticipantsUpdated without referenceId (S1)',
    transform: (p) => {
      delete participantsUpdated(p).data.referenceId;
    },
  },
  {
    name: 'extended-capabilities',
    breaks: [],
    description: 'Chatting capabilities use SetInFocus and the user-data operations (the 2014-2016 list)',
    rationale: 'Chatting capability lists vary by version (S11, S14: SetInFocus, AttachUserData, ...)',
    transform: (p) =>
      eachChat(p, (chat) => {
        chat.capabilities = [...USER_DATA_CHATTING_CAPABILITIES];
      }),
  },
  {
    name: 'participant-details',
    breaks: [],
    description: 'Participants and message senders also carry uri, path, id and visibility',
    rationale: 'Later builds add uri, path, id and visibility to participants (S24; C2)',
    transform: (p, ctx) => {
      const enrich = (x: JsonObject) => {
        x.uri = `${ctx.apiBase}/users/${String(x.participantId)}`;
        x.path = `/users/${String(x.participantId)}`;
        x.id = x.participantId;
        x.visibility = 'All';
      };
      eachChat(p, (chat) => {
        for (const x of chat.participants as JsonObject[]) enrich(x);
      });
      for (const e of entries(p)) enrich(e.from as JsonObject);
    },
  },
];
