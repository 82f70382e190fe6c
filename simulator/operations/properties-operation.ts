/**
 * An operation that changes a chat's userData (AttachUserData, UpdateUserData, DeleteUserData), served
 * and broken from its declaration: the handler (in a chat this agent is Chatting in, its parameter
 * given, the change applied; {"statusCode": 0}; a PropertiesUpdated with the request's referenceId and
 * the whole chat), and the faults any such operation can have, each naming the requirements of the
 * operation's catalogue it breaks.
 */
import { declaredUserData, type OperationDecl, type UserDataDecl } from '../../helpers/contract/operation.ts';
import { gwsError } from '../http.ts';
import { chatResource, stateChange } from '../payloads.ts';
import { type AgentChat, agentChat, chatChattingHere, chatKnownHere } from './chat-rules.ts';
import { commonFaults, offeredFaults, stateChangeFaults } from './common-faults.ts';
import type { Deviation, Rule, SimOperation } from './operation.ts';
import { byType, chatOf, type JsonObject, type Plan, successPlan } from './plan.ts';

function changeOf(decl: OperationDecl): UserDataDecl {
  const d = declaredUserData(decl);
  if (!d) throw new Error(`${decl.name} declares no userData change`);
  return d;
}

const isPairs = (v: unknown): v is Record<string, string | number> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.keys(v).length > 0 &&
  Object.values(v).every((x) => typeof x === 'string' || typeof x === 'number');
const isKeys = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every((k) => typeof k === 'string');

/** The rule that the request carries its parameter: key-value pairs, or a list of keys; without it, statusCode 1. */
function paramGiven(change: UserDataDecl): Rule<AgentChat> {
  return {
    name: `${change.param.toLowerCase()}-given`,
    check: (call) =>
      (change.change === 'set' ? isPairs : isKeys)(call.body[change.param])
        ? undefined
        : gwsError(400, 1, `Required parameter ${change.param} is missing or malformed`),
  };
}

export function propertiesHandler(decl: OperationDecl): SimOperation<AgentChat> {
  const change = changeOf(decl);
  return {
    name: decl.name,
    prepare: agentChat,
    rules: [chatKnownHere, chatChattingHere, paramGiven(change)],
    plan(call, s) {
      const chat = s.chat!;
      const referenceId = call.session.nextReferenceId++;
      const given = call.body[change.param];
      if (change.change === 'set' && isPairs(given)) Object.assign(chat.userData, given);
      if (change.change === 'remove' && isKeys(given)) for (const k of given) delete chat.userData[k];
      return successPlan([stateChange('PropertiesUpdated', chatResource(call.ctx.apiBase, chat, 'chatting'), referenceId)]);
    },
  };
}

export interface PropertiesFaultIds<Id extends string> {
  http: Id;
  resp: Id;
  seq: Id;
  channel: Id;
  schema: Id;
  chat: Id;
  state: Id;
  refid: Id;
  part: Id;
  caps: Id;
  data: Id;
  others: Id;
  quiet: Id;
  unknownId: Id;
  offered: Id;
  unchanged: Id;
  missing: Id;
  code: Id;
}

/** The plan's PropertiesUpdated, and the userData of its chat. */
const notification = (p: Plan): JsonObject => byType(p, 'ChatStateChangeMessage', 'PropertiesUpdated')!.data;
const userDataOf = (p: Plan): Record<string, unknown> => {
  const chat = chatOf(byType(p, 'ChatStateChangeMessage', 'PropertiesUpdated')!);
  chat.userData ??= {};
  return chat.userData as Record<string, unknown>;
};

export function propertiesFaults<Id extends string>(
  decl: OperationDecl,
  ids: PropertiesFaultIds<Id>,
): (Deviation & { breaks: readonly Id[] })[] {
  const change = changeOf(decl);
  const name = decl.prefix.toLowerCase();
  const n = decl.name;
  const tag = decl.doc.tag;
  const param = change.param.toLowerCase();
  const given = (body: Record<string, unknown> | undefined) => body?.[change.param];
  return [
    ...commonFaults(decl, {
      http: ids.http,
      resp: ids.resp,
      seq: ids.seq,
      channel: ids.channel,
      quiet: ids.quiet,
      unknownId: ids.unknownId,
      code: ids.code,
      retry: ids.unchanged,
    }),
    ...stateChangeFaults(decl, { schema: ids.schema, chat: ids.chat, seq: ids.seq, retry: ids.unchanged }),
    {
      name: `${name}-participants-empty`,
      breaks: [ids.part],
      description: `${n}'s PropertiesUpdated lists no participants`,
      rationale: `The PropertiesUpdated carries the whole chat, its participants among it (S14)`,
      transform: (p) => {
        chatOf(byType(p, 'ChatStateChangeMessage', 'PropertiesUpdated')!).participants = [];
      },
    },
    {
      name: `${name}-capabilities-missing`,
      breaks: [ids.caps],
      description: `${n}'s PropertiesUpdated offers no capabilities`,
      rationale: `The PropertiesUpdated sample's chat offers the Chatting capabilities (S14)`,
      transform: (p) => {
        delete chatOf(byType(p, 'ChatStateChangeMessage', 'PropertiesUpdated')!).capabilities;
      },
    },
    {
      name: `${name}-state-other`,
      breaks: [ids.state],
      description: `${n}'s PropertiesUpdated shows the chat Completed`,
      rationale: `The user data change leaves the chat Chatting, as the sample shows (${tag})`,
      transform: (p) => {
        chatOf(byType(p, 'ChatStateChangeMessage', 'PropertiesUpdated')!).state = 'Completed';
      },
    },
    {
      name: `${name}-referenceid-missing`,
      breaks: [ids.refid],
      description: `${n}'s PropertiesUpdated carries no referenceId`,
      rationale: `The sample PropertiesUpdated carries the request's referenceId (${tag}; §6.3)`,
      transform: (p) => {
        delete notification(p).referenceId;
      },
    },
    change.change === 'set'
      ? {
          name: `${name}-number-as-string`,
          breaks: [ids.data],
          description: `${n}'s PropertiesUpdated shows the numbers sent as strings`,
          rationale: `userData values keep their JSON type: strings or numbers (${tag}, S14; §4.1)`,
          transform: (p, ctx) => {
            const data = userDataOf(p);
            const sent = given(ctx.body);
            for (const [k, v] of Object.entries(typeof sent === 'object' && sent ? sent : {}))
              if (typeof v === 'number') data[k] = String(v);
          },
        }
      : {
          name: `${name}-key-kept`,
          breaks: [ids.data],
          description: `${n}'s PropertiesUpdated still shows the keys it removed`,
          rationale: `The keys named are removed (${tag})`,
          transform: (p, ctx) => {
            const data = userDataOf(p);
            const sent = given(ctx.body);
            for (const k of Array.isArray(sent) ? sent : []) data[String(k)] = 'still here';
          },
        },
    {
      name: `${name}-other-key-dropped`,
      breaks: [ids.others],
      description: `${n}'s PropertiesUpdated shows only the keys it changed: the chat's other keys are gone`,
      rationale: `Only the keys given change; the others stay (${tag}, S14)`,
      transform: (p, ctx) => {
        const data = userDataOf(p);
        const sent = given(ctx.body);
        const named = new Set(Array.isArray(sent) ? sent.map(String) : Object.keys(typeof sent === 'object' && sent ? sent : {}));
        for (const k of Object.keys(data)) if (!named.has(k)) delete data[k];
      },
    },
    ...offeredFaults(decl, { offered: ids.offered, unchanged: ids.unchanged }),
    {
      name: `${name}-without-${param}-accepted`,
      breaks: [ids.missing],
      description: `${n} without ${change.param} answers {"statusCode": 0} (and changes nothing)`,
      rationale: `${change.param} is what it changes: without it, a required parameter is missing (${tag}, Return Values)`,
      bends: { [`${param}-given`]: () => 'answer-success' },
    },
    {
      name: `${name}-refusal-changes-state`,
      breaks: [ids.unchanged],
      description: `${n} without ${change.param} is refused, but a PropertiesUpdated is sent all the same`,
      rationale: 'A failed request changes nothing (Return Values)',
      bends: { [`${param}-given`]: () => 'go-on-then-refuse' },
    },
  ];
}
