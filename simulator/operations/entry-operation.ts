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
import { gwsError } from '../http.ts';
import { messageLog as messageLogUpdated } from '../payloads.ts';
import { type AgentChat, agentChat, chatChattingHere, chatKnownHere } from './chat-rules.ts';
import { offeredFaults } from './common-faults.ts';
import type { Deviation, Rule, SimOperation } from './operation.ts';
import { entries, messageLog, type Plan, type PlanContext, successPlan } from './plan.ts';

/** The rule that the request carries a parameter the entry echoes: without it, statusCode 1 (a required parameter missing). */
export function paramGiven(param: string): Rule<AgentChat> {
  return {
    name: `${param}-given`,
    check: (call) =>
      typeof call.body[param] === 'string' && call.body[param] !== ''
        ? undefined
        : gwsError(400, 1, `Required parameter ${param} is missing`),
  };
}

/**
 * The handler of an entry operation: in a chat this agent is Chatting in, each echoed parameter given,
 * the agent's entry carries them (a renaming entry comes under the announced nickname, as the docs'
 * sample shows), with the declared visibility.
 */
export function entryHandler(decl: OperationDecl): SimOperation<AgentChat> {
  const entry = declaredEntry(decl);
  return {
    name: decl.name,
    prepare: agentChat,
    rules: [chatKnownHere, chatChattingHere, ...entry.echoes.map((e) => paramGiven(e.param))],
    plan(call, s) {
      const chat = s.chat!;
      call.session.nextReferenceId++;
      const carried = Object.fromEntries(entry.echoes.map((e) => [e.field, call.body[e.param] as string]));
      const agent = chat.agentParticipant!;
      const renamed = entry.from === 'the agent, renamed' && entry.echoes[0];
      const from = renamed ? { ...agent, nickname: call.body[renamed.param] as string } : agent;
      const content = { ...carried, ...(entry.visibility === 'All' ? {} : { visibility: entry.visibility }) };
      const added = call.ctx.model.addEntry(chat, entry.type as TranscriptEntryType, from, Date.now(), content);
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
  /** The requirement that the entry carries its echoed parameter exactly, where its own faults do not say it. */
  echo?: Id;
  /** The error case of the echoed parameter missing, where the entry echoes one. */
  missing?: Id;
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
    entry.customer === 'sees it'
      ? {
          name: `${name}-customer-never-sees`,
          breaks: [ids.customer],
          description: "the entry reaches the agent's notification but never the customer's transcript",
          rationale: `The entry is visible to all: the customer's GMS transcript holds it (${tag}, S26)`,
          // Kept from the customer (indices stay as they were: the next entry still comes after it).
          transform: (_p: Plan, ctx: PlanContext) => {
            const added = ctx.chat.entries.at(-1);
            if (added) added.visibility = 'Agents';
          },
        }
      : {
          name: `${name}-customer-sees`,
          breaks: [ids.customer],
          description: "the agents-only entry reaches the customer's transcript too",
          rationale: `The entry is visible to agents only: the customer never reads it (${tag}, S26)`,
          transform: (_p: Plan, ctx: PlanContext) => {
            const added = ctx.chat.entries.at(-1);
            if (added) added.visibility = 'All';
          },
        },
    ...offeredFaults(decl, { offered: ids.offered, unchanged: ids.unchanged }),
  ];
  const echo = entry.echoes[0];
  if (echo && ids.echo)
    faults.push({
      name: `${name}-${echo.field.toLowerCase()}-escaped`,
      breaks: [ids.echo],
      description: `${n}'s entry carries the ${echo.param} HTML-escaped`,
      rationale: `The entry carries the ${echo.param} as sent (${tag})`,
      transform: (p) => {
        const e = theEntry(p);
        e[echo.field] = String(e[echo.field]).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      },
    });
  if (echo && ids.missing)
    faults.push(
      {
        name: `${name}-without-${echo.param.toLowerCase()}-accepted`,
        breaks: [ids.missing],
        description: `${n} without ${echo.param} answers {"statusCode": 0} (and sends nothing)`,
        rationale: `${echo.param} is what it sends: without it, a required parameter is missing (${tag}, Return Values)`,
        bends: { [`${echo.param}-given`]: () => 'answer-success' },
      },
      {
        name: `${name}-refusal-changes-state`,
        breaks: [ids.unchanged],
        description: `${n} without ${echo.param} is refused, but an empty entry is sent all the same`,
        rationale: 'A failed request changes nothing (Return Values)',
        bends: { [`${echo.param}-given`]: () => 'go-on-then-refuse' },
      },
    );
  return faults;
}
