/**
 * The simulator's catalogue of deviations.
 *
 * - A **fault** is something a real server could get wrong; the conformance suite must turn red on it.
 * - A **variant** is something a real server may legally do differently from the seed; the suite must
 *   stay green on it.
 *
 * Most deviations transform the plan of an Accept (its HTTP reply and the notifications that follow);
 * behavioural ones (CSRF not enforced, unknown id accepted, ...) are flags the handlers consult.
 */
import { gwsTimestampToEpochMs } from '../helpers/contract/timestamp.ts';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** One Bayeux message the simulator will deliver to the accepting agent (or, leaked, to others). */
export interface Delivery {
  channel: string;
  data: JsonObject;
}

/** What the simulator does for one successful Accept: the HTTP reply, then the notifications. */
export interface AcceptPlan {
  status: number;
  /** JSON body, or a raw text body when `rawBody` is set. */
  body: Json;
  rawBody?: { text: string; contentType: string };
  notifications: Delivery[];
  /** Deliver the notifications before the HTTP response is written (legal: they race). */
  notifyBeforeResponse: boolean;
  /** Deliveries made after the sequence, after a delay. */
  later: { delayMs: number; delivery: Delivery }[];
  /** Also deliver the sequence to every other agent with a CometD session. */
  leakToOthers: boolean;
}

export interface PlanContext {
  chatId: string;
  /** An id of another chat (exists or not), for faults that name the wrong chat. */
  otherChatId: string;
  /** externalApiUrlV2, e.g. http://127.0.0.1:8090/api/v2 */
  apiBase: string;
  /** The accepting agent's user name (never its nickname). */
  agentUserName: string;
}

export interface Deviation {
  name: string;
  description: string;
  /** Fault: the documented behaviour it breaks, in words. Variant: why it is legal. */
  rationale: string;
  /** Fault: the requirement IDs (helpers/judges/requirements.ts) the suite must report broken, exactly. Variant: none. */
  breaks: readonly string[];
  transform?: (plan: AcceptPlan, ctx: PlanContext) => void;
}

/* ------------------------------------------- helpers ------------------------------------------- */

const CHATS = '/v2/me/chats';

function byType(plan: AcceptPlan, messageType: string, notificationType?: string): Delivery | undefined {
  return plan.notifications.find((d) => d.data.messageType === messageType && (notificationType === undefined || d.data.notificationType === notificationType));
}

function statusChange(plan: AcceptPlan): Delivery {
  return byType(plan, 'ChatStateChangeMessage', 'StatusChange')!;
}

function participantsUpdated(plan: AcceptPlan): Delivery {
  return byType(plan, 'ChatStateChangeMessage', 'ParticipantsUpdated')!;
}

function messageLog(plan: AcceptPlan): Delivery {
  return byType(plan, 'MessageLogUpdated')!;
}

function chatOf(d: Delivery): JsonObject {
  return d.data.chat as JsonObject;
}

function entries(plan: AcceptPlan): JsonObject[] {
  return messageLog(plan).data.messages as JsonObject[];
}

function remove(plan: AcceptPlan, d: Delivery): void {
  plan.notifications = plan.notifications.filter((x) => x !== d);
}

function duplicate(plan: AcceptPlan, d: Delivery): void {
  const i = plan.notifications.indexOf(d);
  plan.notifications.splice(i + 1, 0, structuredClone(d));
}

function move(plan: AcceptPlan, d: Delivery, to: number): void {
  remove(plan, d);
  plan.notifications.splice(to, 0, d);
}

function eachChat(plan: AcceptPlan, fn: (chat: JsonObject) => void): void {
  for (const d of plan.notifications) if (d.data.chat) fn(d.data.chat as JsonObject);
}

function reverseKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value && typeof value === 'object') {
    const out: JsonObject = {};
    for (const key of Object.keys(value).reverse()) out[key] = reverseKeys(value[key]);
    return out;
  }
  return value;
}

function parseGwsTimestamp(ts: string): number {
  return gwsTimestampToEpochMs(ts) ?? NaN;
}

/* -------------------------------------------- faults ------------------------------------------- */

export const FAULTS: readonly Deviation[] = [
  {
    name: 'accept-statuscode-nonzero',
    breaks: ['ACCEPT-RESP-01'],
    description: 'Accept answers statusCode 4 although it accepts the chat and sends the notifications',
    rationale: 'A successful Accept answers {"statusCode": 0} (seed, Return Values)',
    transform: (p) => {
      p.body = { statusCode: 4, statusMessage: 'Internal error' };
    },
  },
  {
    name: 'accept-statuscode-missing',
    breaks: ['ACCEPT-RESP-01'],
    description: 'Accept answers an empty JSON object',
    rationale: 'Every response body holds statusCode (Return Values)',
    transform: (p) => {
      p.body = {};
    },
  },
  {
    name: 'accept-http-500',
    breaks: ['ACCEPT-HTTP-01'],
    description: 'Accept answers HTTP 500 (with statusCode 0 in the body)',
    rationale: 'A successful request, async operations included, answers HTTP 200 (S2, S15)',
    transform: (p) => {
      p.status = 500;
    },
  },
  {
    name: 'accept-response-not-json',
    breaks: ['ACCEPT-RESP-01'],
    description: 'Accept answers the text "OK" as text/plain',
    rationale: 'The response body is the JSON {"statusCode": 0} (seed)',
    transform: (p) => {
      p.rawBody = { text: 'OK', contentType: 'text/plain' };
    },
  },
  {
    name: 'statuschange-missing',
    breaks: ['ACCEPT-SEQ-01'],
    description: 'The StatusChange notification is not sent',
    rationale: 'After Accept a StatusChange to Chatting arrives first (seed)',
    transform: (p) => remove(p, statusChange(p)),
  },
  {
    name: 'participantsupdated-missing',
    breaks: ['ACCEPT-SEQ-02'],
    description: 'The ParticipantsUpdated notification is not sent',
    rationale: 'After Accept a ParticipantsUpdated with agent and customer arrives (seed)',
    transform: (p) => remove(p, participantsUpdated(p)),
  },
  {
    name: 'messagelog-missing',
    breaks: ['ACCEPT-SEQ-03'],
    description: 'The MessageLogUpdated notification is not sent',
    rationale: 'After Accept a notification with the complete chat history arrives (seed)',
    transform: (p) => remove(p, messageLog(p)),
  },
  {
    name: 'statuschange-duplicated',
    breaks: ['ACCEPT-SEQ-01'],
    description: 'The StatusChange notification is sent twice',
    rationale: 'Exactly one StatusChange to Chatting per Accept (seed sequence)',
    transform: (p) => duplicate(p, statusChange(p)),
  },
  {
    name: 'participantsupdated-duplicated',
    breaks: ['ACCEPT-SEQ-02'],
    description: 'The ParticipantsUpdated notification is sent twice',
    rationale: 'Exactly one ParticipantsUpdated per Accept (seed sequence)',
    transform: (p) => duplicate(p, participantsUpdated(p)),
  },
  {
    name: 'messagelog-duplicated',
    breaks: ['ACCEPT-SEQ-03'],
    description: 'The MessageLogUpdated notification is sent twice',
    rationale: 'Exactly one MessageLogUpdated per Accept (seed sequence)',
    transform: (p) => duplicate(p, messageLog(p)),
  },
  {
    name: 'order-participants-first',
    breaks: ['ACCEPT-ORDER-01'],
    description: 'ParticipantsUpdated arrives before StatusChange',
    rationale: 'Documented order: StatusChange, ParticipantsUpdated, MessageLogUpdated (seed)',
    transform: (p) => move(p, participantsUpdated(p), 0),
  },
  {
    name: 'order-messagelog-first',
    breaks: ['ACCEPT-ORDER-01'],
    description: 'MessageLogUpdated arrives before the two ChatStateChangeMessages',
    rationale: 'Documented order: StatusChange, ParticipantsUpdated, MessageLogUpdated (seed)',
    transform: (p) => move(p, messageLog(p), 0),
  },
  {
    name: 'state-not-chatting',
    breaks: ['ACCEPT-STATE-01'],
    description: 'StatusChange reports state Invited instead of Chatting',
    rationale: 'An accepted chat is in state Chatting (seed)',
    transform: (p) => {
      chatOf(statusChange(p)).state = 'Invited';
    },
  },
  {
    name: 'state-not-chatting-in-participants',
    breaks: ['ACCEPT-STATE-01'],
    description: 'ParticipantsUpdated reports state Completed',
    rationale: 'Every chat snapshot after Accept is in state Chatting (seed)',
    transform: (p) => {
      chatOf(participantsUpdated(p)).state = 'Completed';
    },
  },
  {
    name: 'capability-missing',
    breaks: ['ACCEPT-CAPS-01'],
    description: 'The chat snapshots lack the Complete capability',
    rationale: 'After Accept the documented capabilities include Complete (seed)',
    transform: (p) =>
      eachChat(p, (chat) => {
        chat.capabilities = (chat.capabilities as string[]).filter((c) => c !== 'Complete');
      }),
  },
  {
    name: 'capability-accept-kept',
    breaks: ['ACCEPT-CAPS-02'],
    description: 'The chat snapshots still offer the Accept and Reject capabilities',
    rationale: 'After Accept the capabilities are those of a Chatting chat, without Accept/Reject (seed; reference §8)',
    transform: (p) =>
      eachChat(p, (chat) => {
        chat.capabilities = ['Accept', 'Reject', ...(chat.capabilities as string[])];
      }),
  },
  {
    name: 'referenceid-missing',
    breaks: ['ACCEPT-REFID-01'],
    description: 'StatusChange carries no referenceId',
    rationale: 'The StatusChange caused by Accept carries the referenceId of the request (seed; S14)',
    transform: (p) => {
      delete statusChange(p).data.referenceId;
    },
  },
  {
    name: 'referenceid-inconsistent',
    breaks: ['ACCEPT-REFID-02'],
    description: 'ParticipantsUpdated carries a referenceId different from StatusChange',
    rationale: 'The notifications of one Accept share its referenceId where present (seed: 13 and 13)',
    transform: (p) => {
      const sc = statusChange(p).data.referenceId as number;
      participantsUpdated(p).data.referenceId = sc + 1000;
    },
  },
  {
    name: 'other-chat-id',
    breaks: ['ACCEPT-CHAT-01', 'ACCEPT-SEQ-02'],
    description: 'ParticipantsUpdated names another chat id (and its uri)',
    rationale: 'Every notification of an Accept names the accepted chat (seed)',
    transform: (p, ctx) => {
      const chat = chatOf(participantsUpdated(p));
      chat.id = ctx.otherChatId;
      chat.uri = `${ctx.apiBase}/chats/${ctx.otherChatId}`;
    },
  },
  {
    name: 'wrong-chat-uri',
    breaks: ['ACCEPT-URI-01'],
    description: 'StatusChange gives chat.uri as /api/v2/me/chats/{id} instead of /api/v2/chats/{id}',
    rationale: 'chat.uri is externalApiUrlV2 + /chats/{id} (seed; S22)',
    transform: (p, ctx) => {
      chatOf(statusChange(p)).uri = `${ctx.apiBase}/me/chats/${ctx.chatId}`;
    },
  },
  {
    name: 'participants-missing-customer',
    breaks: ['ACCEPT-PART-02'],
    description: 'ParticipantsUpdated lists the agent only',
    rationale: 'ParticipantsUpdated lists the agent and the customer (seed)',
    transform: (p) => {
      const chat = chatOf(participantsUpdated(p));
      chat.participants = (chat.participants as JsonObject[]).filter((x) => x.type !== 'Customer');
    },
  },
  {
    name: 'participants-wrong-nickname',
    breaks: ['ACCEPT-PART-01'],
    description: 'ParticipantsUpdated shows the agent with its user name, not the nickname sent in Accept',
    rationale: 'The agent nickname is the one sent in Accept, "as displayed to the customer" (seed)',
    transform: (p, ctx) => {
      for (const x of chatOf(participantsUpdated(p)).participants as JsonObject[]) if (x.type === 'Agent') x.nickname = ctx.agentUserName;
    },
  },
  {
    name: 'messagelog-index-from-zero',
    breaks: ['ACCEPT-LOG-03'],
    description: 'Transcript indices start at 0',
    rationale: 'Transcript indices start at 1 (seed; GMS transcript)',
    transform: (p) => entries(p).forEach((e) => (e.index = (e.index as number) - 1)),
  },
  {
    name: 'messagelog-index-duplicate',
    breaks: ['ACCEPT-LOG-02'],
    description: 'Two transcript entries share one index (gaps alone are legal: see variant non-contiguous-indices)',
    rationale: 'Each transcript entry has its own position (seed)',
    transform: (p) => {
      const list = entries(p);
      list[list.length - 1].index = list[list.length - 2].index;
    },
  },
  {
    name: 'messagelog-index-decreasing',
    breaks: ['ACCEPT-LOG-02'],
    description: 'The first two transcript entries arrive swapped (index 2 before index 1)',
    rationale: 'Transcript entries are in increasing index order (seed)',
    transform: (p) => {
      const list = entries(p);
      [list[0], list[1]] = [list[1], list[0]];
    },
  },
  {
    name: 'messagelog-bad-timestamp',
    breaks: ['ACCEPT-SCHEMA-01'],
    description: 'Transcript timestamps in ISO 8601 UTC (2014-01-02T22:23:18.000Z), not a documented form',
    rationale: 'timestamp is yyyy-MM-dd[T ]HH:mm:ss.SSSZ with a numeric offset (seed; S8)',
    transform: (p) =>
      entries(p).forEach((e) => {
        e.timestamp = new Date(parseGwsTimestamp(e.timestamp as string)).toISOString();
      }),
  },
  {
    name: 'messagelog-wrong-chaturi',
    breaks: ['ACCEPT-CHAT-01', 'ACCEPT-SEQ-03'],
    description: 'MessageLogUpdated.chatUri names another chat',
    rationale: 'chatUri is the uri of the chat the messages belong to (seed)',
    transform: (p, ctx) => {
      messageLog(p).data.chatUri = `${ctx.apiBase}/chats/${ctx.otherChatId}`;
    },
  },
  {
    name: 'messagelog-agent-join-missing',
    breaks: ['ACCEPT-LOG-04'],
    description: "The transcript lacks the agent's ParticipantJoined entry",
    rationale: "The history after Accept runs up to the agent's joining (seed: ParticipantJoined of the agent last)",
    transform: (p) => {
      entries(p).pop();
    },
  },
  {
    name: 'messagetype-misspelled',
    breaks: ['ACCEPT-SCHEMA-01', 'ACCEPT-SEQ-03'],
    description: 'MessageLogUpdated is sent with messageType "MessageLogUpdate"',
    rationale: 'messageType is MessageLogUpdated (seed; S14)',
    transform: (p) => {
      messageLog(p).data.messageType = 'MessageLogUpdate';
    },
  },
  {
    name: 'notificationtype-misspelled',
    breaks: ['ACCEPT-SCHEMA-01', 'ACCEPT-SEQ-01'],
    description: 'StatusChange is sent with notificationType "StateChange"',
    rationale: 'notificationType is one of StatusChange, ParticipantsUpdated, PropertiesUpdated, Error (S14)',
    transform: (p) => {
      statusChange(p).data.notificationType = 'StateChange';
    },
  },
  {
    name: 'wrong-channel',
    breaks: ['ACCEPT-CHANNEL-01'],
    description: 'The notifications are published on /v2/me/interactions instead of /v2/me/chats',
    rationale: 'Chat notifications arrive on /v2/me/chats (S14, S15)',
    transform: (p) => p.notifications.forEach((d) => (d.channel = '/v2/me/interactions')),
  },
  {
    name: 'leak-to-other-agents',
    breaks: ['ACCEPT-ISOLATION-01', 'ACCEPT-CONC-01'],
    description: "The Accept notifications are also delivered to every other agent's CometD session",
    rationale: 'Each agent receives only its own notifications on /v2/me/chats (S15: /v2/me is the user\'s own topic)',
    transform: (p) => {
      p.leakToOthers = true;
    },
  },
  {
    name: 'extra-notification-after',
    breaks: ['ACCEPT-QUIET-01'],
    description: 'A PropertiesUpdated for the chat arrives 300 ms after the sequence',
    rationale: 'Accept causes exactly the documented three notifications (seed)',
    transform: (p) => {
      const extra = structuredClone(statusChange(p));
      extra.data.notificationType = 'PropertiesUpdated';
      delete extra.data.referenceId;
      p.later.push({ delayMs: 300, delivery: extra });
    },
  },
  {
    name: 'messagelog-history-truncated',
    breaks: ['ACCEPT-LOG-01'],
    description: "The history holds only the agent's ParticipantJoined: the customer's join and messages are missing",
    rationale: 'After Accept "a CometD notification will arrive with complete chat history" (seed)',
    transform: (p) => {
      messageLog(p).data.messages = entries(p).slice(-1);
    },
  },
  {
    name: 'concurrent-accepts-crossed',
    breaks: ['ACCEPT-CONC-01'],
    description: 'When agents accept within 250 ms of each other, the previous acceptor also gets the notifications of the next one',
    rationale: "Each agent receives only its own notifications, also under concurrent load (S15)",
  },
  {
    name: 'second-accept-succeeds',
    breaks: ['ACCEPT-ERR-03'],
    description: 'Accepting a chat that is already accepted answers statusCode 0',
    rationale: 'Accept applies to an offered chat; an error means nothing was changed (S1, S17)',
  },
  {
    name: 'unknown-id-accepted',
    breaks: ['ACCEPT-ERR-01'],
    description: 'Accept of an unknown chat id answers statusCode 0',
    rationale: 'An operation on a resource that does not exist fails (statusCode 6, S17)',
  },
  {
    name: 'missing-nickname-accepted',
    breaks: ['ACCEPT-ERR-02'],
    description: 'Accept without nickname answers statusCode 0 and accepts the chat',
    rationale: 'nickname is a required parameter of Accept (seed; statusCode 1, S17)',
  },
  {
    name: 'csrf-not-enforced',
    breaks: ['ACCEPT-ERR-05'],
    description: 'POST without the X-CSRF-TOKEN header is processed',
    rationale: 'With CSRF protection on, a write without the session token fails with HTTP 403 (S18)',
  },
  {
    name: 'other-agent-can-accept',
    breaks: ['ACCEPT-ERR-04'],
    description: 'An agent can accept a chat offered to another agent',
    rationale: 'Only the agent the chat is offered to can accept it (S1: "accepts an incoming chat")',
  },
  {
    name: 'error-changes-state',
    breaks: ['ACCEPT-ERR-06'],
    description: 'An Accept without nickname answers an error but accepts the chat anyway',
    rationale: 'An error response means nothing was changed (S17)',
  },
];

/* ------------------------------------------- variants ------------------------------------------ */

export const VARIANTS: readonly Deviation[] = [
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
    transform: (p) => entries(p).forEach((e) => (e.timestampSeconds = parseGwsTimestamp(e.timestamp as string))),
  },
  {
    name: 'timestamp-space-form',
    breaks: [],
    description: 'Transcript timestamps use the form 2014-01-09 11:58:12.035+0200',
    rationale: 'Both timestamp forms are documented (seed; S8)',
    transform: (p) => entries(p).forEach((e) => (e.timestamp = (e.timestamp as string).replace('T', ' '))),
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
    name: 'uuid-ids',
    breaks: [],
    description: 'Chat ids and participantIds are UUIDs instead of 16-character ids',
    rationale: 'Ids are opaque strings; only their consistency is documented',
  },
  {
    name: 'non-contiguous-indices',
    breaks: [],
    description: 'Transcript indices skip numbers (1, 3, 5, ...)',
    rationale: 'Non-contiguous indices are received in practice (C2; reference §6.2)',
    transform: (p) => entries(p).forEach((e, i) => (e.index = 2 * i + 1)),
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
        chat.capabilities = ['Transfer', 'Leave', 'Invite', 'Consult', 'SetInFocus', 'SetDisposition', 'AttachUserData', 'DeleteUserData', 'UpdateUserData', 'Complete', 'SendMessage', 'SendStartTypingNotification', 'SendStopTypingNotification'];
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
      eachChat(p, (chat) => (chat.participants as JsonObject[]).forEach(enrich));
      entries(p).forEach((e) => enrich(e.from as JsonObject));
    },
  },
];

export const CHATS_CHANNEL = CHATS;

export function findDeviation(kind: 'fault' | 'variant', name: string): Deviation {
  const list = kind === 'fault' ? FAULTS : VARIANTS;
  const found = list.find((d) => d.name === name);
  if (!found) {
    throw new Error(`unknown ${kind} "${name}". Valid ${kind}s: ${list.map((d) => d.name).join(', ')}`);
  }
  return found;
}
