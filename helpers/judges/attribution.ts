/**
 * Whose is a notification? A conversation drives its requests one after another on one chat (the
 * turns: each agent operation at its step, each line the customer sends). A turn's notifications are
 * those of its window (from its step to the next turn's), unless the content says otherwise: each
 * operation's declaration names what identifies its notification (the claim), and a notification that
 * lands in a later turn's window while the turn that claims it could still be sending (within the
 * transcript's turn window of that turn's first notification; without one, within the wait for a
 * notification and the turn window after its step: what a drive with windows would have waited) goes
 * back to that turn.
 *
 * A drive that waits the turn window after each turn's first notification (the turns taken again, or
 * the embedded simulator with a deviation that sends late) leaves no turn able to still send when the
 * next starts: every notification is its window's, and the transcript is judged by windows alone. A
 * drive that starts each turn as soon as the one before had its own notification
 * (helpers/scenarios/conversation-drive.ts; the transcript's settings.turnWaitMs is then below its
 * turnWindowMs) relies on the
 * claims: a notification that two turns or more could still have sent, and that not exactly one of
 * them claims, cannot be given to any (`ambiguous`): the judge then decides nothing on the transcript
 * (helpers/judges/judge.ts), and the drive takes the turns again with their windows.
 *
 * Claims (from the declaration and the request): a MessageLogUpdated carrying an entry of the declared
 * type whose echoed fields equal the request's parameters (a customer's line: a Text with its text); a
 * PropertiesUpdated whose chat.userData is exactly the chat's userData before the turn (its last
 * notification's that carried one) with the declared change applied; a notification of a declared kind
 * with the declared state. Pure functions of the events; they decide nothing.
 */
import type { HttpEvent, NoteEvent, Transcript, TranscriptEvent } from '../contract/generated/payloads.ts';
import type { NotificationDecl, OperationDecl } from '../contract/operation.ts';
import { chatOf, classify, httpAfter, isObject, isOffer, label, messagesOf, type Notification, operationWindowEnd } from './views.ts';

/** The drive's step before each message the customer sends while the agent is Chatting. */
export const CUSTOMER_MESSAGE_STEP = 'customer-message';

/** Margin for the timers' granularity: a drive's wait ends at most this much early. */
const TIMER_MARGIN_MS = 2;

export type Claim = (n: Notification) => boolean;

/** A request of the conversation that causes notifications to the agent. */
export interface TurnOf {
  /** Index of its step note. */
  step: number;
  /** Its window's end: the next step of another operation (views.ts operationWindowEnd). */
  end: number;
  /** What it claims. */
  claim: Claim;
  /** When its first notification about the chat that no earlier turn claims arrived in its window (undefined: none did). */
  firstAt?: number;
}

/** A notification no single turn that could still send it claims. */
export interface Ambiguous {
  n: Notification;
  /** The step notes of the turns that could have sent it. */
  candidates: number[];
}

export interface Attribution {
  /** Each turn's notifications about the chat (offers aside), by its step's index, in arrival order. */
  byStep: Map<number, Notification[]>;
  ambiguous: Ambiguous[];
}

const step = (e: TranscriptEvent): { step?: unknown; operation?: unknown } | undefined =>
  e.kind === 'note' ? ((e as NoteEvent).data as { step?: unknown; operation?: unknown } | undefined) : undefined;

/** JSON values equal, whatever the order of object keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]));
  }
  return Object.is(a, b);
}

/** The userData of the last notification about the chat to `actor` before event `before` that carried one. */
function userDataBefore(events: readonly TranscriptEvent[], actor: string, chatId: string, before: number) {
  for (let i = before - 1; i >= 0; i--) {
    const e = events[i];
    if (e.kind !== 'bayeux' || e.actor !== actor) continue;
    const n = classify(i, e);
    const ud = chatOf(n).userData as unknown;
    if (n.chatId === chatId && isObject(ud)) return ud;
  }
  return undefined;
}

/** What one declared notification of a request claims. */
function claimOfDecl(
  d: NotificationDecl,
  body: Record<string, unknown>,
  prior: () => Record<string, unknown> | undefined,
): Claim | undefined {
  if (d.entry) {
    const entry = d.entry;
    return (n) =>
      n.kind === 'MessageLogUpdated' &&
      (messagesOf(n) ?? []).some(
        (m) => m.type === entry.type && entry.echoes.every((x) => (m as Record<string, unknown>)[x.field] === body[x.param]),
      );
  }
  if (d.userData) {
    const before = prior();
    const given = body[d.userData.param];
    if (!before) return undefined;
    let want: Record<string, unknown>;
    if (d.userData.change === 'set') {
      if (!isObject(given)) return undefined;
      want = { ...before, ...given };
    } else {
      if (!Array.isArray(given)) return undefined;
      want = Object.fromEntries(Object.entries(before).filter(([k]) => !given.includes(k)));
    }
    return (n) => n.kind === 'PropertiesUpdated' && sameJson(chatOf(n).userData, want);
  }
  if (d.state) {
    const { kind, state } = d;
    return (n) => n.kind === kind && chatOf(n).state === state && !isOffer(n);
  }
  return undefined;
}

/** What a request of `decl` with `body` at step `at` claims (nothing when its declaration identifies nothing). */
export function claimOf(
  events: readonly TranscriptEvent[],
  at: number,
  actor: string,
  chatId: string,
  decl: OperationDecl,
  body: Record<string, unknown>,
): Claim {
  const claims = decl.success.notifications
    .map((d) => claimOfDecl(d, body, () => userDataBefore(events, actor, chatId, at)))
    .filter((c): c is Claim => c !== undefined);
  return (n) => claims.some((c) => c(n));
}

/** A customer's line claims the Text entry with its text. */
const lineClaim =
  (text: string): Claim =>
  (n) =>
    n.kind === 'MessageLogUpdated' && (messagesOf(n) ?? []).some((m) => m.type === 'Text' && m.text === text);

/** The notifications about the chat to `actor` (offers aside: routing's), classified. */
export function aboutChat(events: readonly TranscriptEvent[], actor: string, chatId: string, from: number, to: number): Notification[] {
  const out: Notification[] = [];
  for (let i = Math.max(0, from + 1); i < Math.min(to, events.length); i++) {
    const e = events[i];
    if (e.kind !== 'bayeux' || e.actor !== actor) continue;
    const n = classify(i, e);
    if ((n.chatId === undefined || n.chatId === chatId) && !isOffer(n)) out.push(n);
  }
  return out;
}

/**
 * The turns of a transcript for `actor`: each step of its own whose operation its next POST names
 * (the way in's Accept included), and each customer-message step followed by a GMS send, up to `until`.
 */
export function turnsOf(
  t: Pick<Transcript, 'events'>,
  actor: string,
  chatId: string,
  operations: readonly OperationDecl[],
  until: number,
): TurnOf[] {
  const events = t.events;
  const transcript = t as Transcript;
  const found: { step: number; claim: Claim }[] = [];
  let last = -1;
  for (let i = 0; i < until; i++) {
    const e = events[i];
    const s = step(e);
    if (s?.step === CUSTOMER_MESSAGE_STEP) {
      const send = httpAfter(transcript, i, e.actor ?? 'customer', (x) => x.request.method === 'POST' && /\/send$/.test(x.request.path));
      const body = send && send.index < until ? send.event.request.body : undefined;
      if (isObject(body) && typeof body.message === 'string') found.push({ step: i, claim: lineClaim(body.message) });
      continue;
    }
    if (e.actor !== actor) continue;
    if (typeof s?.step === 'string') last = typeof s.operation === 'string' ? i : -1;
    if (e.kind !== 'http' || last < 0) continue;
    const body = (e as HttpEvent).request.body;
    const operation = step(events[last])?.operation;
    const decl = operations.find((o) => o.name === operation);
    if ((e as HttpEvent).request.method === 'POST' && isObject(body) && body.operationName === operation && decl) {
      found.push({ step: last, claim: claimOf(events, last, actor, chatId, decl, body) });
      last = -1;
    }
  }
  return found.map(({ step: at, claim }, i) => {
    const end = Math.min(operationWindowEnd(transcript, at), found[i + 1]?.step ?? until, until);
    // Its first: as the drive without windows waits for it, the first that no earlier turn claims.
    const first = firstUnclaimed(
      events,
      actor,
      chatId,
      found.slice(0, i).map((x) => x.claim),
      at,
      end,
    );
    return { step: at, end, claim, ...(first ? { firstAt: first.event.at } : {}) };
  });
}

/**
 * A turn's first notification: the first about the chat, after event `from` and before `to`, that none
 * of the earlier turns' claims takes. What ends a turn's wait when the turns follow each other at once
 * (helpers/scenarios/conversation-drive.ts), and where its window starts for the judge (turnsOf): one
 * rule, so the drive's wait and the judge's deadline cannot drift apart.
 */
export function firstUnclaimed(
  events: readonly TranscriptEvent[],
  actor: string,
  chatId: string,
  earlier: readonly Claim[],
  from: number,
  to: number,
): Notification | undefined {
  return aboutChat(events, actor, chatId, from, to).find(
    (n) => n.chatId === chatId && n.kind !== 'other' && !earlier.some((claim) => claim(n)),
  );
}

/**
 * How long each turn may still send, as a drive with windows would have waited for it: the turn window
 * after its first notification; when none came in its window, the wait for a notification and then the
 * turn window after its step.
 */
export interface Waits {
  turnWindowMs: number;
  notificationTimeoutMs: number;
}

/** Until when (a transcript time) turn `j` may still send. */
const deadline = (j: TurnOf, events: readonly TranscriptEvent[], w: Waits) =>
  j.firstAt !== undefined ? j.firstAt + w.turnWindowMs : events[j.step]!.at + w.notificationTimeoutMs + w.turnWindowMs;

/**
 * Gives each notification about the chat after the first turn's step (up to `until`) to its turn: to the
 * turn whose window it lands in when no earlier turn could still send it (`deadline`); else to the one
 * turn among those that could that claims it; else to none (ambiguous). A notification between the
 * turns' windows (during a step of no turn: the customer reading its transcript) that no turn could
 * still send is no turn's, as with windows.
 */
export function attribute(
  turns: readonly TurnOf[],
  events: readonly TranscriptEvent[],
  actor: string,
  chatId: string,
  waits: Waits,
  until: number,
): Attribution {
  const byStep = new Map<number, Notification[]>(turns.map((x) => [x.step, []]));
  const ambiguous: Ambiguous[] = [];
  if (turns.length === 0) return { byStep, ambiguous };
  for (const n of aboutChat(events, actor, chatId, turns[0]!.step, until)) {
    const before = turns.filter((j) => j.step < n.index);
    const own = before.find((j) => n.index < j.end);
    const candidates = [
      ...(own ? [own] : []),
      ...before.filter((j) => j !== own && n.event.at < deadline(j, events, waits) - TIMER_MARGIN_MS),
    ];
    if (candidates.length === 0) continue;
    if (candidates.length === 1 && own) {
      byStep.get(own.step)!.push(n);
      continue;
    }
    const claimants = candidates.filter((j) => j.claim(n));
    if (claimants.length === 1) byStep.get(claimants[0]!.step)!.push(n);
    else ambiguous.push({ n, candidates: candidates.map((j) => j.step) });
  }
  for (const list of byStep.values()) list.sort((a, b) => a.index - b.index);
  return { byStep, ambiguous };
}

/** How long after its first notification a turn may still send (undefined: the transcript does not say; windows decide). */
const boundOf = (t: Transcript): number | undefined => t.scenario.settings?.turnWindowMs ?? t.scenario.settings?.quietWindowMs;

const memo = new WeakMap<Transcript, Map<string, Attribution | undefined>>();

/**
 * The attribution of a transcript's notifications to `actor` (memoised: every check reads the same),
 * up to the end of its last window (quiet-end) or its clean-up; undefined when its drive waited each
 * turn's window (every notification is then its window's turn's, as the windows show) or the
 * transcript does not say.
 */
export function attributionOf(t: Transcript, actor: string, operations: readonly OperationDecl[]): Attribution | undefined {
  const perActor = memo.get(t) ?? new Map<string, Attribution | undefined>();
  memo.set(t, perActor);
  if (perActor.has(actor)) return perActor.get(actor);
  const chatId = t.scenario.chats[actor];
  const bound = boundOf(t);
  const waited = t.scenario.settings?.turnWaitMs;
  let result: Attribution | undefined;
  if (chatId && bound !== undefined && waited !== undefined && waited < bound) {
    // The turns end with the quiet window after the last (what follows are probes of the ended chat).
    const until = t.events.findIndex((e) => step(e)?.step === 'quiet-end' || step(e)?.step === 'cleanup');
    const waits = { turnWindowMs: bound, notificationTimeoutMs: t.scenario.settings?.notificationTimeoutMs ?? 0 };
    const end = until < 0 ? t.events.length : until;
    result = attribute(turnsOf(t, actor, chatId, operations, end), t.events, actor, chatId, waits, end);
  }
  perActor.set(actor, result);
  return result;
}

/** The step a turn's note names, with its operation (customer-message for a customer's line). */
function stepName(t: Transcript, i: number): string {
  const s = step(t.events[i]);
  return s?.step === CUSTOMER_MESSAGE_STEP ? "the customer's line" : String(s?.operation ?? s?.step);
}

/**
 * Why the transcript cannot be judged turn by turn, or undefined: a notification that two turns could
 * still have sent (the drive did not wait their windows) and that not exactly one of them claims.
 */
export function unattributed(t: Transcript, operations: readonly OperationDecl[]): string | undefined {
  for (const actor of t.scenario.actors) {
    const a = attributionOf(t, actor, operations);
    const first = a?.ambiguous[0];
    if (!a || !first) continue;
    const more = a.ambiguous.length > 1 ? ` (and ${a.ambiguous.length - 1} more)` : '';
    return `${label(first.n)} to ${actor} could be the notification of ${first.candidates.map((i) => stepName(t, i)).join(' or ')}${more}: the turns followed each other without waiting their window, and not exactly one of them claims it`;
  }
  return undefined;
}
