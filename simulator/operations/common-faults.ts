/**
 * The faults any operation with one documented notification can have, derived from its declaration:
 * the answer (a non-zero statusCode, HTTP 500), its notification (missing, twice, on another channel,
 * followed by another), an unknown chat id taken, and every refusal answering statusCode 4. Each names
 * the requirements of the operation's catalogue it breaks; `retry` is the requirement that also breaks
 * when the operation's own success is what an error case's retry shows (nothing changed, then the
 * operation still succeeds).
 */
import type { OperationDecl } from '../../helpers/contract/operation.ts';
import { gwsError } from '../http.ts';
import { chatResource, stateChange } from '../payloads.ts';
import { type AgentChat, onlyOfferedTo } from './chat-rules.ts';
import type { Deviation } from './operation.ts';
import { byType, chatOf, type JsonObject, type Plan, successPlan } from './plan.ts';

export interface CommonFaultIds<Id extends string> {
  http: Id;
  resp: Id;
  seq: Id;
  channel: Id;
  quiet: Id;
  unknownId: Id;
  code: Id;
  /** Broken too when the operation's answer or notification fails: the requirement its error cases' retry decides. */
  retry?: Id;
}

const SHOWN = { 'statusCode 0': '{"statusCode": 0}', 'status 0': '{"status": 0}', empty: 'an empty body' } as const;

export function commonFaults<Id extends string>(decl: OperationDecl, ids: CommonFaultIds<Id>): (Deviation & { breaks: readonly Id[] })[] {
  const [notification, ...more] = decl.success.notifications;
  if (!notification || more.length > 0) throw new Error(`${decl.name}: the common faults are for an operation with one notification`);
  const name = decl.prefix.toLowerCase();
  const kind = notification.kind;
  const tag = decl.doc.tag;
  const answers = decl.success.bodies.map((b) => SHOWN[b]).join(', ');
  const retry = ids.retry ? [ids.retry] : [];
  const ofKind = (d: { data: JsonObject }) => d.data.messageType === notification.messageType;
  return [
    {
      name: `${name}-statuscode-nonzero`,
      breaks: [ids.resp, ...retry],
      description: `${decl.name} answers statusCode 4 although it succeeds and sends its ${kind}`,
      rationale: `A successful ${decl.name} answers ${answers} (${tag}, Return Values)`,
      transform: (p) => {
        p.body = { statusCode: 4, statusMessage: 'Internal error' };
      },
    },
    {
      name: `${name}-http-500`,
      breaks: [ids.http, ...retry],
      description: `${decl.name} answers HTTP 500 (with statusCode 0 in the body)`,
      rationale: `A successful ${decl.name} answers HTTP 200 (${tag})`,
      transform: (p) => {
        p.status = 500;
      },
    },
    {
      name: `${name}-${kind.toLowerCase()}-missing`,
      breaks: [ids.seq, ...retry],
      description: `${decl.name} sends no ${kind}`,
      rationale: `A ${kind} follows a ${decl.name} (${tag})`,
      transform: (p) => {
        p.notifications = [];
      },
    },
    {
      name: `${name}-${kind.toLowerCase()}-duplicated`,
      breaks: [ids.seq],
      description: `${decl.name} sends its ${kind} twice`,
      rationale: `One ${kind} follows a ${decl.name} (${tag})`,
      transform: (p) => {
        const d = p.notifications.find(ofKind);
        if (d) p.notifications.push(structuredClone(d));
      },
    },
    {
      name: `${name}-wrong-channel`,
      breaks: [ids.channel],
      description: `${decl.name}'s ${kind} is published on /v2/me/interactions instead of /v2/me/chats`,
      rationale: 'Chat notifications arrive on /v2/me/chats (S14, S15)',
      transform: (p) => {
        for (const d of p.notifications) d.channel = '/v2/me/interactions';
      },
    },
    {
      name: `${name}-extra-notification`,
      breaks: [ids.quiet],
      description: `${decl.name} sends a ParticipantsUpdated after its ${kind}`,
      rationale: `One notification follows a ${decl.name} (${tag})`,
      transform: (p, ctx) => {
        const first = p.notifications.find(ofKind);
        if (!first) return;
        // A ParticipantsUpdated of the chat: the operation's own StatusChange retyped, or one built for it.
        const chat: JsonObject = isChat(first.data.chat)
          ? structuredClone(first.data.chat)
          : { id: ctx.chatId, uri: `${ctx.apiBase}/chats/${ctx.chatId}`, state: decl.success.stateAfter, participants: [] };
        p.notifications.push({
          channel: first.channel,
          data: { messageType: 'ChatStateChangeMessage', notificationType: 'ParticipantsUpdated', chat },
        });
      },
    },
    {
      name: `${name}-unknown-id-succeeds`,
      breaks: [ids.unknownId],
      description: `${decl.name} of an unknown chat id answers {"statusCode": 0}`,
      rationale: `${decl.name} of an unknown chat fails: statusCode 6, resource not found (Return Values)`,
      bends: { 'chat-known-here': (call) => (call.ctx.model.chats.has(call.chatId) ? undefined : 'answer-success') },
    },
    {
      name: `${name}-error-statuscodes-generic`,
      breaks: [ids.code],
      description: `every refused ${decl.name} answers statusCode 4 (internal error)`,
      rationale: "The statusCode names the refusal's reason (Return Values)",
      refusal: (e) => gwsError(e.status, 4, 'Internal error'),
    },
  ];
}

const isChat = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The faults of an operation whose notification is a ChatStateChangeMessage showing the chat (a
 * StatusChange, a PropertiesUpdated): the chat without
 * its uri (not a documented chat), and another chat named (the chat's notification missing too; `retry`:
 * the requirement an error case's retry decides, where one does).
 */
export function stateChangeFaults<Id extends string>(
  decl: OperationDecl,
  ids: { schema: Id; chat: Id; seq: Id; retry?: Id },
): (Deviation & { breaks: readonly Id[] })[] {
  const name = decl.prefix.toLowerCase();
  const tag = decl.doc.tag;
  const kind = decl.success.notifications[0]?.notificationType;
  // The operation's own ChatStateChangeMessage (a StatusChange, a PropertiesUpdated).
  const own = (p: Plan) => chatOf(byType(p, 'ChatStateChangeMessage', kind)!);
  return [
    {
      name: `${name}-chat-uri-missing`,
      breaks: [ids.schema],
      description: `${decl.name}'s ${kind} shows the chat without its uri`,
      rationale: `A chat resource has an id, a uri and a state (S1, ${tag}: the documented ChatStateChangeMessage)`,
      transform: (p) => {
        delete own(p).uri;
      },
    },
    {
      name: `${name}-other-chat-id`,
      breaks: [ids.chat, ids.seq, ...(ids.retry ? [ids.retry] : [])],
      description: `${decl.name}'s ${kind} names another chat`,
      rationale: `The ${decl.doc.title}'s notification is about the chat operated on (${tag})`,
      transform: (p, ctx) => {
        own(p).id = ctx.otherChatId;
        own(p).uri = `${ctx.apiBase}/chats/${ctx.otherChatId}`;
      },
    },
  ];
}

/**
 * The faults of an operation on a chat the agent is Chatting in (its rule 'chat-chatting-here'), sent
 * on a chat only offered to the agent: answered as a success, or refused but the offer sent again
 * (`unchanged`, where the operation's catalogue says a refusal changes nothing).
 */
export function offeredFaults<Id extends string>(
  decl: OperationDecl,
  ids: { offered: Id; unchanged?: Id },
): (Deviation & { breaks: readonly Id[] })[] {
  const name = decl.prefix.toLowerCase();
  const n = decl.name;
  const faults: (Deviation & { breaks: readonly Id[] })[] = [
    {
      name: `${name}-offered-chat-accepted`,
      breaks: [ids.offered],
      description: `${n} in a chat only offered to the agent answers {"statusCode": 0} (and does nothing)`,
      rationale: `An offer's capabilities are Accept and Reject: ${n} in it is invalid for the state (§4.3, Return Values)`,
      bends: { 'chat-chatting-here': (call, s: AgentChat) => (onlyOfferedTo(s, call.agent) ? 'answer-success' : undefined) },
    },
  ];
  if (ids.unchanged)
    faults.push({
      name: `${name}-refusal-notifies`,
      breaks: [ids.unchanged],
      description: `${n} in a chat only offered to the agent is refused, but the chat's offer is sent again`,
      rationale: 'A failed request changes nothing (Return Values)',
      bends: {
        'chat-chatting-here': (call, s: AgentChat, refusal) => {
          if (!onlyOfferedTo(s, call.agent)) return undefined;
          const plan = successPlan([stateChange('StatusChange', chatResource(call.ctx.apiBase, s.chat!, 'offer'))]);
          plan.status = refusal.status;
          plan.body = refusal.body as JsonObject;
          return { replay: plan };
        },
      },
    });
  return faults;
}
