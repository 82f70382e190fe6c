/**
 * An operation that adds one entry to the chat's transcript (SendMessage, the typing notices, a URL, a
 * notice), served and broken from its declaration: the handler (in a chat this agent is Chatting in, the
 * agent's entry of the declared type, {"statusCode": 0}, a MessageLogUpdated with that one entry), and
 * the faults of the entry any such operation can have, each naming the requirements of the operation's
 * catalogue it breaks.
 */

import type { TranscriptEntryType } from '../../helpers/contract/generated/payloads.ts';
import { declaredEntry, type OperationDecl } from '../../helpers/contract/operation.ts';
import { shiftTimestamp } from '../../helpers/contract/timestamp.ts';
import { chatResource, messageLog as messageLogUpdated, stateChange } from '../payloads.ts';
import { type AgentChat, agentChat, chatChattingHere, chatKnownHere, onlyOfferedTo } from './chat-rules.ts';
import type { Deviation, Rule, SimOperation } from './operation.ts';
import { entries, type JsonObject, messageLog, type Plan, type PlanContext, successPlan } from './plan.ts';

/** The handler of an entry operation: its entry carries the request's echoed parameter (text) where it declares one. */
export function entryHandler(decl: OperationDecl, rules: readonly Rule<AgentChat>[] = []): SimOperation<AgentChat> {
  const entry = declaredEntry(decl);
  const text = entry.echoes.find((e) => e.field === 'text')?.param;
  return {
    name: decl.name,
    prepare: agentChat,
    rules: [chatKnownHere, chatChattingHere, ...rules],
    plan(call, s) {
      const chat = s.chat!;
      call.session.nextReferenceId++;
      const said = text === undefined ? undefined : (call.body[text] as string | undefined);
      const added = call.ctx.model.addEntry(chat, entry.type as TranscriptEntryType, chat.agentParticipant!, Date.now(), said);
      return successPlan([messageLogUpdated(call.ctx.apiBase, chat, [added])]);
    },
  };
}

export interface EntryFaultIds<Id extends string> {
  seq: Id;
  schema: Id;
  chat: Id;
  entry: Id;
  /** The requirement that the entry has none of the fields it declares it has none of, if it declares some. */
  notext?: Id;
  from: Id;
  vis: Id;
  index: Id;
  time: Id;
  customer: Id;
  /** The error case of a chat only offered, and what shows nothing changed after a refusal. */
  offered: Id;
  unchanged: Id;
  /** Broken too when the operation's notification names another chat: the requirement its error cases' retry decides. */
  retry?: Id;
}

/** The one entry of the plan's MessageLogUpdated. */
const theEntry = (p: Plan) => entries(p)[0];

export function entryFaults<Id extends string>(decl: OperationDecl, ids: EntryFaultIds<Id>): (Deviation & { breaks: readonly Id[] })[] {
  const entry = declaredEntry(decl);
  const name = decl.prefix.toLowerCase();
  const n = decl.name;
  const tag = decl.doc.tag;
  const otherType = entry.type === 'Notice' ? 'Text' : 'Notice';
  const otherVisibility = entry.visibility === 'All' ? 'Agents' : 'All';
  const faults: (Deviation & { breaks: readonly Id[] })[] = [
    {
      name: `${name}-timestamp-undocumented`,
      breaks: [ids.schema],
      description: `${n}'s entry has a timestamp in no documented format`,
      rationale: 'An entry\'s timestamp reads "yyyy-MM-dd HH:mm:ss.SSSZ" (S8, S10, S12)',
      transform: (p) => {
        theEntry(p).timestamp = 'just now';
      },
    },
    {
      name: `${name}-other-chat`,
      breaks: [ids.chat, ids.seq, ...(ids.retry ? [ids.retry] : [])],
      description: `${n}'s MessageLogUpdated names another chat`,
      rationale: `The notification's chatUri is the chat the entry was added to (${tag}; §6.2)`,
      transform: (p, ctx) => {
        messageLog(p).data.chatUri = `${ctx.apiBase}/chats/${ctx.otherChatId}`;
      },
    },
    {
      name: `${name}-entry-type-wrong`,
      breaks: [ids.entry],
      description: `${n}'s entry is of type ${otherType}`,
      rationale: `${n}'s entry is of type ${entry.type} (${tag})`,
      transform: (p) => {
        theEntry(p).type = otherType;
      },
    },
    ...(ids.notext && entry.without.length > 0
      ? [
          {
            name: `${name}-entry-with-${entry.without[0]}`,
            breaks: [ids.notext],
            description: `${n}'s entry carries a ${entry.without[0]}`,
            rationale: `${n}'s entry has no ${entry.without.join(', ')} (${tag})`,
            transform: (p: Plan) => {
              theEntry(p)[entry.without[0]] = 'typing...';
            },
          },
        ]
      : []),
    {
      name: `${name}-from-customer`,
      breaks: [ids.from],
      description: `${n}'s entry is from the customer's participant`,
      rationale: `The agent sends it: the entry is from the agent (${tag}; §6.2)`,
      transform: (p, ctx) => {
        const c = ctx.chat.customer;
        theEntry(p).from = { type: c.type, nickname: c.nickname, participantId: c.participantId };
      },
    },
    {
      name: `${name}-visibility-other`,
      breaks: [ids.vis],
      description: `${n}'s entry has visibility ${otherVisibility}`,
      rationale: `${n}'s entry has visibility ${entry.visibility} (${tag})`,
      transform: (p) => {
        theEntry(p).visibility = otherVisibility;
      },
    },
    {
      name: `${name}-index-restarts`,
      breaks: [ids.index],
      description: `${n}'s entry restarts the transcript at index 1`,
      rationale: "An entry's index is its position in the transcript (S8; §6.2)",
      transform: (p) => {
        theEntry(p).index = 1;
      },
    },
    {
      name: `${name}-timestamp-backwards`,
      breaks: [ids.time],
      description: `${n}'s entry is stamped a day early`,
      rationale: "An entry's timestamp is its time (S8; §6.2)",
      transform: (p) => {
        const e = theEntry(p);
        e.timestamp = shiftTimestamp(String(e.timestamp), -86_400_000) ?? 'just now';
      },
    },
    // Every entry the simulator serves is visible to all (an agents-only entry would need one it hides from the customer).
    ...(entry.customer === 'sees it'
      ? [
          {
            name: `${name}-customer-never-sees`,
            breaks: [ids.customer],
            description: "the entry reaches the agent's notification but never the customer's transcript",
            rationale: `The entry is visible to all: the customer's GMS transcript holds it (${tag}, S26)`,
            transform: (_p: Plan, ctx: PlanContext) => {
              ctx.chat.entries.pop();
            },
          },
        ]
      : []),
    {
      name: `${name}-offered-chat-accepted`,
      breaks: [ids.offered],
      description: `${n} in a chat only offered to the agent answers {"statusCode": 0} (and does nothing)`,
      rationale: `An offer's capabilities are Accept and Reject: ${n} in it is invalid for the state (§4.3, Return Values)`,
      bends: { 'chat-chatting-here': (call, s: AgentChat) => (onlyOfferedTo(s, call.agent) ? 'answer-success' : undefined) },
    },
    {
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
    },
  ];
  return faults;
}
