/**
 * The checks of the rules that hold across a whole conversation (catalogue/conversation-requirements.ts):
 * each customer message (the drive's customer-message steps, a GMS send each) reaches the agent once,
 * from the customer's participant, in the order sent; each request's referenceId is its own; the
 * customer's transcript holds the agent's messages in the agent's order. They read the whole
 * transcript up to its clean-up, for the actor that carried the conversation out.
 */
import type { Finding, HttpEvent, NoteEvent, Transcript } from '../../contract/generated/payloads.ts';
import type { OperationDecl } from '../../contract/operation.ts';
import { attributionOf, CUSTOMER_MESSAGE_STEP } from '../attribution.ts';
import { CONVERSATION_CATALOGUE, type ConversationId } from '../catalogue/conversation-requirements.ts';
import { type Check, type CheckContext, json, judgesOf } from '../check.ts';
import {
  type EntryLike,
  httpAfter,
  isObject,
  isOffer,
  label,
  messagesOf,
  type Notification,
  notificationsOf,
  operationWindowEnd,
  participantsOf,
  probesAt,
  stepIndex,
} from '../views.ts';
import { CUSTOMER_VIEW_STEP } from './entries.ts';

export { CUSTOMER_MESSAGE_STEP } from '../attribution.ts';
/** The drive's step before the customer leaves the chat (GMS disconnect) while the agent is Chatting. */
export const CUSTOMER_LEAVES_STEP = 'customer-leaves';
/** The drive's step before each operation it tries on the chat once completed (its data names the probe). */
export const ENDED_PROBE_STEP = 'ended-probe';

const judging = judgesOf(CONVERSATION_CATALOGUE);

/** An entry the agent was sent about its chat, with the notification that carried it. */
interface Received {
  entry: EntryLike;
  n: Notification;
}

/** A line the customer sent: its step and its text (undefined when no GMS send followed the step). */
interface Line {
  step: number;
  text?: string;
}

/** What the conversation's checks read: the agent, its chat, what it was sent, and the customer's lines. */
interface ConversationView {
  actor: string;
  chatId: string;
  /** The event where the run's clean-up starts (the transcript's end when none). */
  end: number;
  /** The agent's notifications about its chat (offers aside), up to the clean-up. */
  ofChat: Notification[];
  received: Received[];
  lines: Line[];
}

const noteStep = (t: Transcript, i: number) => (t.events[i] as NoteEvent).data as { step?: unknown; operation?: unknown } | undefined;

/** The views of a transcript, built once however many checks read them. */
const built = new WeakMap<Transcript, ConversationView[]>();

function viewsOf(t: Transcript): ConversationView[] {
  const known = built.get(t);
  if (known) return known;
  const views = buildViews(t);
  built.set(t, views);
  return views;
}

function buildViews(t: Transcript): ConversationView[] {
  const cleanup = stepIndex(t, 'cleanup');
  const end = cleanup < 0 ? t.events.length : cleanup;
  const lines: Line[] = [];
  t.events.forEach((e, i) => {
    if (i >= end || e.kind !== 'note' || noteStep(t, i)?.step !== CUSTOMER_MESSAGE_STEP) return;
    const send = httpAfter(t, i, e.actor ?? 'customer', (x) => x.request.method === 'POST' && /\/send$/.test(x.request.path));
    const body = send?.event.request.body;
    lines.push({ step: i, ...(isObject(body) && typeof body.message === 'string' ? { text: body.message } : {}) });
  });
  return t.scenario.actors.flatMap((actor) => {
    const chatId = t.scenario.chats[actor];
    if (!chatId) return [];
    const ofChat = notificationsOf(t, actor, -1, end).filter((n) => n.chatId === chatId && !isOffer(n));
    const received = ofChat
      .filter((n) => n.kind === 'MessageLogUpdated')
      .flatMap((n) => (messagesOf(n) ?? []).map((entry) => ({ entry, n })));
    return [{ actor, chatId, end, ofChat, received, lines }];
  });
}

/** Runs `fn` for each actor that had a chat, its findings marked with the actor. */
function eachAgent(fn: (v: ConversationView, ctx: CheckContext) => Finding[]): (ctx: CheckContext) => Finding[] {
  return (ctx) => viewsOf(ctx.transcript).flatMap((v) => fn(v, ctx).map((f) => ({ actor: v.actor, ...f })));
}

/** Runs `fn` for each actor of a conversation that has a customer side (else INFO). */
function eachConversation(id: ConversationId, fn: (v: ConversationView, ctx: CheckContext) => Finding[]): (ctx: CheckContext) => Finding[] {
  const each = eachAgent(fn);
  return (ctx) =>
    ctx.scenario.chatSource !== 'gms' ? [judging.notApplicable(id, 'no customer side: the chat was started outside the suite')] : each(ctx);
}

/** The entries carrying a line the customer sent, after its step. */
const carrying = (v: ConversationView, line: Line) =>
  v.received.filter((r) => r.n.index > line.step && r.entry.type === 'Text' && r.entry.text === line.text);

const noLines = (id: ConversationId) => judging.notJudged(id, 'the customer sent no message while the agent was Chatting');

/** Each line the customer sent reaches the agent once, as a Text entry with the text as sent. */
export function customerMessagesReachTheAgent(id: ConversationId): Check<ConversationId> {
  return {
    requirement: id,
    does: 'finds each message the customer sent (GMS send) among the Text entries the agent is sent after it',
    run: eachConversation(id, (v) => {
      if (v.lines.length === 0) return [noLines(id)];
      return v.lines.map((line) => {
        if (line.text === undefined) return judging.notJudged(id, 'no GMS send followed the customer-message step');
        const found = carrying(v, line);
        return judging.verdictOf(
          id,
          found.length === 1,
          `${json(line.text)} once, in a Text entry`,
          found.length === 0
            ? `not among the ${v.received.filter((r) => r.n.index > line.step).length} entries the agent was sent after it`
            : `${found.length} times (indices ${found.map((r) => json(r.entry.index)).join(', ')})`,
          { evidence: [line.step, ...found.map((r) => r.n.index)] },
        );
      });
    }),
  };
}

/** A customer line reaches the agent from the participant the chat's participants show for the customer. */
export function customerMessagesFromTheCustomer(id: ConversationId): Check<ConversationId> {
  return {
    requirement: id,
    does: "compares each customer message's from with the customer's participant the agent was shown",
    run: eachConversation(id, (v) => {
      const customers = customerIds(v);
      if (v.lines.length === 0) return [noLines(id)];
      if (customers.size === 0) return [judging.notJudged(id, 'the agent was shown no participant of type Customer')];
      return v.lines.map((line) => {
        const [first] = carrying(v, line);
        if (!first) return judging.notJudged(id, `the customer's ${json(line.text)} did not reach the agent`);
        const from = first.entry.from;
        return judging.verdictOf(
          id,
          from?.type === 'Customer' && customers.has(from.participantId),
          `from {type "Customer", participantId ${[...customers].map((c) => json(c)).join(' or ')}}`,
          `from ${json(from)}`,
          { evidence: [first.n.index] },
        );
      });
    }),
  };
}

/** The customer's participantIds the agent was shown (its chat's participants of type Customer). */
const customerIds = (v: ConversationView) =>
  new Set(
    v.ofChat
      .flatMap(participantsOf)
      .filter((p) => p.type === 'Customer')
      .map((p) => p.participantId),
  );

/** After the customer leaves, the agent is sent a ParticipantLeft entry from the customer's participant. */
export function customerLeftSeen(id: ConversationId): Check<ConversationId> {
  return {
    requirement: id,
    does: 'reads the entries the agent is sent after the customer leaves (GMS disconnect)',
    run: eachConversation(id, (v, ctx) => {
      const at = stepIndex(ctx.transcript, CUSTOMER_LEAVES_STEP);
      if (at < 0 || at >= v.end) return [judging.notJudged(id, 'the customer did not leave while the agent was Chatting')];
      const customers = customerIds(v);
      if (customers.size === 0) return [judging.notJudged(id, 'the agent was shown no participant of type Customer')];
      const left = v.received.filter((r) => r.n.index > at && r.entry.type === 'ParticipantLeft');
      const ok = left.some((r) => r.entry.from?.type === 'Customer' && customers.has(r.entry.from.participantId));
      return [
        judging.verdictOf(
          id,
          ok,
          `a ParticipantLeft entry from {type "Customer", participantId ${[...customers].map((c) => json(c)).join(' or ')}}`,
          left.length === 0 ? 'no ParticipantLeft entry' : left.map((r) => `ParticipantLeft from ${json(r.entry.from)}`).join('; '),
          { evidence: [at, ...left.map((r) => r.n.index)] },
        ),
      ];
    }),
  };
}

/** The customer's lines reach the agent in the order sent, each with an index above every one before it. */
export function customerMessagesInOrder(id: ConversationId): Check<ConversationId> {
  return {
    requirement: id,
    does: "compares each customer message's index and arrival with every entry the agent was sent before it",
    run: eachConversation(id, (v) => {
      if (v.lines.length === 0) return [noLines(id)];
      let arrivedAfter = -1;
      return v.lines.map((line) => {
        const [first] = carrying(v, line);
        if (!first) return judging.notJudged(id, `the customer's ${json(line.text)} did not reach the agent`);
        const indices = v.received
          .filter((r) => r.n.index < first.n.index)
          .map((r) => r.entry.index)
          .filter((i): i is number => Number.isInteger(i));
        const last = indices.length > 0 ? Math.max(...indices) : 0;
        const inOrder = first.n.index > arrivedAfter;
        arrivedAfter = first.n.index;
        const ok = Number.isInteger(first.entry.index) && (first.entry.index as number) > last && inOrder;
        return judging.verdictOf(
          id,
          ok,
          `after the customer's earlier messages, an integer index above ${last} (the last one before)`,
          `index ${json(first.entry.index)}${inOrder ? '' : ', arrived before a message the customer sent earlier'}`,
          { evidence: [first.n.index] },
        );
      });
    }),
  };
}

/**
 * The requests of the conversation: each agent POST of a chat operation, with the notifications of its
 * turn (from its own step, the last step note before it: those the attribution gives it, else those of
 * its window, to the next operation's step).
 */
function requests(
  t: Transcript,
  v: ConversationView,
  operations?: readonly OperationDecl[],
): { operation: string; ids: unknown[]; evidence: number[] }[] {
  const attributed = operations ? attributionOf(t, v.actor, operations) : undefined;
  const byPost = new Map<number, number>();
  t.events.forEach((e, i) => {
    if (i >= v.end || e.kind !== 'note' || e.actor !== v.actor || typeof noteStep(t, i)?.operation !== 'string') return;
    const post = httpAfter(t, i, v.actor, (x: HttpEvent) => x.request.method === 'POST');
    const body = post?.event.request.body;
    if (post && post.index < v.end && isObject(body) && body.operationName === noteStep(t, i)?.operation) byPost.set(post.index, i);
  });
  return [...byPost.values()].map((step) => {
    const within = (attributed?.byStep.get(step) ?? notificationsOf(t, v.actor, step, Math.min(operationWindowEnd(t, step), v.end))).filter(
      (n) => n.chatId === v.chatId && !isOffer(n) && isObject(n.data) && n.data.referenceId !== undefined,
    );
    return {
      operation: String(noteStep(t, step)?.operation),
      ids: [...new Set(within.map((n) => (n.data as { referenceId?: unknown }).referenceId))],
      evidence: within.map((n) => n.index),
    };
  });
}

/** No two requests of the conversation share a referenceId on the notifications they cause. */
export function referenceIdsOwn(id: ConversationId): Check<ConversationId> {
  return {
    requirement: id,
    does: "collects the referenceIds of each request's notifications across the conversation",
    run: eachAgent((v, ctx) => {
      const carried = requests(ctx.transcript, v, ctx.operations).filter((r) => r.ids.length > 0);
      if (carried.length < 2) return [judging.notJudged(id, `${carried.length} request(s) caused a notification with a referenceId`)];
      const owners = new Map<string, string[]>();
      for (const r of carried) for (const ref of r.ids) owners.set(json(ref), [...(owners.get(json(ref)) ?? []), r.operation]);
      const shared = [...owners].filter(([, ops]) => ops.length > 1);
      return [
        judging.verdictOf(
          id,
          shared.length === 0,
          `a referenceId of its own for each of the ${carried.length} requests`,
          shared.length === 0
            ? carried.map((r) => `${r.operation} ${r.ids.map((x) => json(x)).join('/')}`).join(', ')
            : shared.map(([ref, ops]) => `referenceId ${ref} on ${ops.join(' and ')}`).join('; '),
          { evidence: carried.flatMap((r) => r.evidence) },
        ),
      ];
    }),
  };
}

/** The texts of a list, each once, in the order first seen. */
const once = (texts: string[]) => texts.filter((x, i) => texts.indexOf(x) === i);

/**
 * The customer's last transcript (GMS refresh) and the agent's Text entries visible to All that
 * arrived before it: the messages both hold are in the same order.
 */
export function transcriptsAgree(id: ConversationId): Check<ConversationId> {
  return {
    requirement: id,
    does: "compares the customer's last GMS transcript with the Text entries the agent was sent before it",
    run: eachConversation(id, (v, ctx) => {
      const t = ctx.transcript;
      const views = t.events.flatMap((e, i) => (i < v.end && e.kind === 'note' && noteStep(t, i)?.step === CUSTOMER_VIEW_STEP ? [i] : []));
      const at = views.at(-1);
      const read = at === undefined ? undefined : httpAfter(t, at, t.events[at].actor ?? 'customer', () => true);
      const body = read?.event.response?.body;
      if (at === undefined || !isObject(body) || !Array.isArray(body.messages))
        return [judging.notJudged(id, 'the customer read no transcript')];
      const customer = once(
        body.messages
          .filter(isObject)
          .filter((m) => (m.type === 'Message' || m.type === 'Text') && typeof m.text === 'string')
          .map((m) => m.text as string),
      );
      const agent = once(
        v.received
          .filter((r) => r.n.index < at && r.entry.type === 'Text' && r.entry.visibility === 'All' && typeof r.entry.text === 'string')
          .map((r) => r.entry.text as string),
      );
      // Whether each side got every message is the customer-message and per-operation requirements' to
      // judge (and Accept's, for the history): here, the order of the messages both hold.
      const both = agent.filter((x) => customer.includes(x));
      const theirs = customer.filter((x) => agent.includes(x));
      if (both.length < 2) return [judging.notJudged(id, `${both.length} message(s) in both transcripts: no order to compare`)];
      const same = both.every((x, i) => x === theirs[i]);
      return [
        judging.verdictOf(
          id,
          same,
          `the ${both.length} messages both hold, in the agent's order: ${json(both)}`,
          `in the customer's: ${json(theirs)}`,
          {
            evidence: [read!.index],
          },
        ),
      ];
    }),
  };
}

/** The operations tried on the completed chat: each probe step, and the agent's request after it. */
const endedProbes = (t: Transcript, v: ConversationView) => probesAt(t, ENDED_PROBE_STEP, v.actor, v.end);

const noProbes = (id: ConversationId) => judging.notJudged(id, 'no operation was tried on the chat once completed');

/** Each operation tried on the completed chat is refused: an answer whose statusCode is not 0. */
export function refusedOnceEnded(id: ConversationId): Check<ConversationId> {
  return {
    requirement: id,
    does: 'reads the answer to each operation tried on the chat once the agent completed it',
    run: eachAgent((v, ctx) => {
      const probes = endedProbes(ctx.transcript, v);
      if (probes.length === 0) return [noProbes(id)];
      return probes.map((p) => {
        const response = p.answer?.response;
        if (!response) return judging.notJudged(id, `${p.probe}: no answer`);
        const code = isObject(response.body) ? response.body.statusCode : undefined;
        return judging.verdictOf(
          id,
          typeof code === 'number' && code !== 0,
          `${p.probe} refused: a non-zero statusCode`,
          `HTTP ${response.status}, statusCode ${json(code)}`,
          { evidence: [p.step] },
        );
      });
    }),
  };
}

/** No notification about the chat follows the operations tried on it once completed. */
export function nothingChangedOnceEnded(id: ConversationId): Check<ConversationId> {
  return {
    requirement: id,
    does: 'reads the notifications about the chat after the operations tried on it once completed',
    run: eachAgent((v, ctx) => {
      const [first] = endedProbes(ctx.transcript, v);
      if (!first) return [noProbes(id)];
      const after = v.ofChat.filter((n) => n.index > first.step);
      return [
        judging.verdictOf(
          id,
          after.length === 0,
          'no notification about the chat',
          after.length === 0 ? 'none' : after.map(label).join('; '),
          {
            evidence: after.map((n) => n.index),
          },
        ),
      ];
    }),
  };
}

/** The checks of a chat that has ended for the agent: what the conversation and the ended-offer scenarios try on it. */
export function endedChecks(): Check<ConversationId>[] {
  return [refusedOnceEnded('CONV-ENDED-01'), nothingChangedOnceEnded('CONV-ENDED-02')];
}

/** The conversation's checks, each with the requirement it decides (the customer leaving is a scenario of its own: CONV-CUSTOMER-04). */
export function conversationChecks(): Check<ConversationId>[] {
  return [
    customerMessagesReachTheAgent('CONV-CUSTOMER-01'),
    customerMessagesFromTheCustomer('CONV-CUSTOMER-02'),
    customerMessagesInOrder('CONV-CUSTOMER-03'),
    referenceIdsOwn('CONV-REFID-01'),
    transcriptsAgree('CONV-TRANSCRIPT-01'),
    ...endedChecks(),
  ];
}
