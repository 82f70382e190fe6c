/**
 * What the docs promise for one chat operation, as data: the request, the states it is allowed in, the
 * success contract (HTTP answer, the notifications in order, the state after), the error cases with the
 * statusCodes the docs allow, and the effects visible elsewhere. Each operation declares itself once
 * (operations/<name>/operation.ts); the judges, the drive, the simulator, the mutation engine, the
 * comparison and the published tables read the declaration.
 */
import type { ChatCapability, ChatState } from './generated/payloads.ts';

/** A doc page, by title, with its address and its tag in docs/gws-chat-api-facts.md. */
export interface DocRef {
  title: string;
  url: string;
  tag: string;
}

/** A parameter of the request body. */
export interface ParameterDecl {
  name: string;
  type: 'string' | 'boolean' | 'number' | 'object' | 'array';
  required: boolean;
  /** The values the docs enumerate, when they do. */
  values?: readonly (string | number | boolean)[];
  /** What the docs say of it. */
  says: string;
}

/**
 * A notification the success of the operation sends, in order. `referenceId`: required (the request's),
 * optional (equal to the request's when present), or absent.
 */
export interface NotificationDecl {
  messageType: 'ChatStateChangeMessage' | 'MessageLogUpdated';
  notificationType: string;
  /** The short name reports use: StatusChange, ParticipantsUpdated, MessageLogUpdated. */
  kind: string;
  referenceId: 'required' | 'optional' | 'absent';
  /** The chat's state in the snapshot it carries, where the docs fix it. */
  state?: ChatState;
  /** participants: none (an empty list) where the docs show it. */
  participants?: 'none';
  /** capabilities: none (no key, or an empty list) where the docs show it. */
  capabilities?: 'none';
  /** For a MessageLogUpdated: the one transcript entry it carries, where the docs fix it. */
  entry?: EntryDecl;
  /** For a PropertiesUpdated: how the chat's userData changes. */
  userData?: UserDataDecl;
}

/**
 * How an operation changes the chat's userData, from its parameter `param`: `set`, each key given takes
 * the value given (added or overwritten), `remove`, each key named is removed; every other key stays.
 */
export interface UserDataDecl {
  change: 'set' | 'remove';
  param: 'userData' | 'keys';
}

/**
 * The one transcript entry a MessageLogUpdated of the operation carries: its type, its visibility, who
 * it is from, the fields that repeat a request parameter exactly (`field` ← `param`), and the fields it
 * has none of (a typing notice has no text).
 */
export interface EntryDecl {
  type: string;
  visibility: 'All' | 'Agents';
  /**
   * The agent's participant; 'the agent, renamed': under the nickname the request announces (its first
   * echoed parameter) or the one it accepted with (SendNicknameUpdatedNotice's sample shows the new one).
   */
  from: 'the agent' | 'the agent, renamed';
  /** The fields that repeat a request parameter exactly; each such parameter is required (without it, the `missing-<param>` error case). */
  echoes: readonly { field: string; param: string }[];
  without: readonly string[];
  /** The customer sees it in the GMS transcript (visibility All), or never (visibility Agents). */
  customer: 'sees it' | 'never sees it';
}

/** An error case: what makes the operation fail, and the statusCodes the Return Values table allows for it. */
export interface ErrorCaseDecl {
  name: string;
  what: string;
  statusCodes: readonly number[];
}

/** The bodies a success may answer: {"statusCode": 0}, {"status": 0}, or nothing. */
export type SuccessBody = 'statusCode 0' | 'status 0' | 'empty';

export interface OperationDecl {
  /** The operationName. */
  name: string;
  /** The prefix of its requirement IDs (ACCEPT-..., REJECT-...). */
  prefix: string;
  doc: DocRef;
  request: { method: 'POST'; path: '/api/v2/me/chats/{id}'; params: readonly ParameterDecl[] };
  /** The states it is allowed in, and the capability that says so. */
  allowedIn: { states: readonly ChatState[]; capability: ChatCapability };
  success: {
    http: 200;
    bodies: readonly SuccessBody[];
    /** The notifications to the agent, in the documented order. */
    notifications: readonly NotificationDecl[];
    stateAfter: ChatState;
  };
  errors: readonly ErrorCaseDecl[];
  /** What happens elsewhere: to the chat (re-offered), to the customer, to other agents. */
  effects: readonly string[];
}

/** The entry an operation adds: that of its one notification, a MessageLogUpdated that declares one. */
export function declaredEntry(decl: OperationDecl): EntryDecl {
  const entry = decl.success.notifications.find((n) => n.entry)?.entry;
  if (!entry || decl.success.notifications.length !== 1) throw new Error(`${decl.name} declares no single notification with one entry`);
  return entry;
}

/** The error cases of an operation that adds one entry: an unknown chat id, a chat only offered, and each echoed parameter missing. */
export function entryErrorCases(decl: OperationDecl): string[] {
  return ['unknown-id', 'offered', ...declaredEntry(decl).echoes.map((e) => `missing-${e.param}`)];
}

/** Declares an operation: the literal types are kept, so the names it declares can type what uses them. */
export function defineOperation<const D extends OperationDecl>(declaration: D): D {
  return declaration;
}

/**
 * Declares an operation that adds one entry to a chat the agent is Chatting in (the typing notices, a
 * URL, a notice): its capability is its name; the answer {"statusCode": 0}; one MessageLogUpdated
 * NewMessages with the declared entry (its referenceId optional: no such sample shows one); the chat
 * still Chatting; and the error cases of every such operation (entryErrorCases), each with the
 * statusCodes the Return Values table gives its reason.
 */
export function defineEntryOperation<const N extends ChatCapability, const P extends string>(d: {
  name: N;
  prefix: P;
  doc: DocRef;
  params: readonly ParameterDecl[];
  entry: EntryDecl;
  effects: readonly string[];
}) {
  const codes: Record<string, { what: string; statusCodes: readonly number[] }> = {
    'unknown-id': { what: 'an unknown chat id', statusCodes: [6] },
    offered: { what: 'a chat offered to the agent, not accepted', statusCodes: [2, 3] },
  };
  const declaration: OperationDecl & { name: N; prefix: P } = {
    name: d.name,
    prefix: d.prefix,
    doc: d.doc,
    request: { method: 'POST', path: '/api/v2/me/chats/{id}', params: d.params },
    allowedIn: { states: ['Chatting'], capability: d.name },
    success: {
      http: 200,
      bodies: ['statusCode 0'],
      notifications: [
        {
          messageType: 'MessageLogUpdated',
          notificationType: 'NewMessages',
          kind: 'MessageLogUpdated',
          referenceId: 'optional',
          entry: d.entry,
        },
      ],
      stateAfter: 'Chatting',
    },
    errors: [],
    effects: d.effects,
  };
  const errors = entryErrorCases(declaration).map((name) => ({
    name,
    ...(codes[name] ?? { what: `no ${name.slice('missing-'.length)}`, statusCodes: [1] }),
  }));
  return { ...declaration, errors };
}

/** The one userData change an operation declares (undefined: it declares none). */
export function declaredUserData(decl: OperationDecl): UserDataDecl | undefined {
  return decl.success.notifications.find((n) => n.userData)?.userData;
}

/**
 * Declares an operation that changes the userData of a chat the agent is Chatting in (AttachUserData,
 * UpdateUserData, DeleteUserData): its capability is its name; the answer {"statusCode": 0}; one
 * PropertiesUpdated with the request's referenceId and the whole chat, still Chatting; refused for an
 * unknown chat id, a chat only offered, and without its parameter.
 */
export function definePropertiesOperation<const N extends ChatCapability, const P extends string>(d: {
  name: N;
  prefix: P;
  doc: DocRef;
  params: readonly ParameterDecl[];
  userData: UserDataDecl;
  effects: readonly string[];
}) {
  const declaration: OperationDecl & { name: N; prefix: P } = {
    name: d.name,
    prefix: d.prefix,
    doc: d.doc,
    request: { method: 'POST', path: '/api/v2/me/chats/{id}', params: d.params },
    allowedIn: { states: ['Chatting'], capability: d.name },
    success: {
      http: 200,
      bodies: ['statusCode 0'],
      notifications: [
        {
          messageType: 'ChatStateChangeMessage',
          notificationType: 'PropertiesUpdated',
          kind: 'PropertiesUpdated',
          referenceId: 'required',
          state: 'Chatting',
          userData: d.userData,
        },
      ],
      stateAfter: 'Chatting',
    },
    errors: [
      { name: 'unknown-id', what: 'an unknown chat id', statusCodes: [6] },
      { name: 'offered', what: 'a chat offered to the agent, not accepted', statusCodes: [2, 3] },
      { name: `missing-${d.userData.param}`, what: `no ${d.userData.param}`, statusCodes: [1] },
    ],
    effects: d.effects,
  };
  return declaration;
}
