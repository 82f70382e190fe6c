/**
 * Views of a transcript that the checks share: each Bayeux message classified (which notification,
 * which chat), the drive's steps, and what one acceptor did and received after its Accept. Pure
 * functions of the transcript; they decide nothing.
 */

import { CHATS_CHANNEL } from '../contract/endpoints.ts';
import type { BayeuxEvent, Chat, HttpEvent, NoteEvent, Scenario, Transcript } from '../contract/generated/payloads.ts';
import { isOfferData } from '../contract/offer.ts';

/** The notification kinds the chats channel carries (the ones an operation's declaration names), in the docs' order. */
export const KINDS = ['StatusChange', 'ParticipantsUpdated', 'PropertiesUpdated', 'MessageLogUpdated'] as const;
export type Kind = (typeof KINDS)[number] | 'other';

export interface Notification {
  index: number;
  event: BayeuxEvent;
  channel: string;
  data: unknown;
  kind: Kind;
  /** The chat it names: chat.id, or the last path segment of chatUri; undefined when it names none. */
  chatId?: string;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function lastSegment(uri: unknown): string | undefined {
  if (typeof uri !== 'string') return undefined;
  try {
    const parts = new URL(uri, 'http://relative.invalid').pathname.split('/');
    return decodeURIComponent(parts[parts.length - 1] ?? '');
  } catch {
    return undefined;
  }
}

/** The chat ids a scenario's actors had (those recorded). */
export function chatsOf(scenario: Pick<Scenario, 'chats'>): string[] {
  return Object.values(scenario.chats).filter((c): c is string => typeof c === 'string');
}

export function classify(index: number, event: BayeuxEvent): Notification {
  const data = (event.message as { data?: unknown }).data;
  let kind: Kind = 'other';
  let chatId: string | undefined;
  if (isObject(data)) {
    if (data.messageType === 'ChatStateChangeMessage' && data.notificationType === 'StatusChange') kind = 'StatusChange';
    else if (data.messageType === 'ChatStateChangeMessage' && data.notificationType === 'ParticipantsUpdated') kind = 'ParticipantsUpdated';
    else if (data.messageType === 'ChatStateChangeMessage' && data.notificationType === 'PropertiesUpdated') kind = 'PropertiesUpdated';
    else if (data.messageType === 'MessageLogUpdated' && data.notificationType === 'NewMessages') kind = 'MessageLogUpdated';
    if (isObject(data.chat) && typeof data.chat.id === 'string') chatId = data.chat.id;
    else if (typeof data.chatUri === 'string') chatId = lastSegment(data.chatUri);
    else if (typeof data.chatPath === 'string') chatId = lastSegment(data.chatPath);
  }
  return { index, event, channel: event.channel, data, kind, chatId };
}

/** Index of the drive's step note (offer, accept, probe, retry-accept, ...), or -1. */
export function stepIndex(t: Transcript, step: string, actor?: string): number {
  return t.events.findIndex(
    (e) =>
      e.kind === 'note' &&
      ((e as NoteEvent).data as { step?: unknown } | undefined)?.step === step &&
      (actor === undefined || e.actor === actor),
  );
}

/** One line naming a notification, for expected / observed. */
export function label(n: Notification): string {
  const d = n.data;
  if (!isObject(d)) return `${n.channel}: (no data)`;
  const state = isObject(d.chat) && typeof d.chat.state === 'string' ? ` state=${d.chat.state}` : '';
  const ref = d.referenceId !== undefined ? ` referenceId=${JSON.stringify(d.referenceId)}` : '';
  const chan = n.channel === CHATS_CHANNEL ? '' : ` on ${n.channel}`;
  return `${String(d.messageType)}/${String(d.notificationType)}${state}${ref}${n.chatId ? ` chat=${n.chatId}` : ''}${chan}`;
}

/** What one actor did and received, between its operation's step and the end of the quiet window. */
export interface OperationView {
  actor: string;
  chatId: string;
  /** The operation's request and answer: the actor's first POST after the step. */
  answer?: HttpEvent;
  /** The index of the step note (-1: the actor took no such step). */
  index: number;
  /** Notifications to the actor from the step to the end of the window. */
  notifications: Notification[];
  /** Those naming the actor's chat, or naming no chat at all. */
  ofChat: Notification[];
}

/** The first HTTP exchange of `actor` after event `from` that passes `test`. */
export function httpAfter(
  t: Transcript,
  from: number,
  actor: string,
  test: (e: HttpEvent) => boolean,
): { event: HttpEvent; index: number } | undefined {
  for (let i = from + 1; i < t.events.length; i++) {
    const e = t.events[i];
    if (e.kind === 'http' && e.actor === actor && test(e as HttpEvent)) return { event: e as HttpEvent, index: i };
  }
  return undefined;
}

/**
 * The operations a drive tried at its `step` steps (each step's data names its probe), of `actor` when
 * given, before event `end`: each step's index, the probe, and the actor's POST after it.
 */
export function probesAt(
  t: Transcript,
  step: string,
  actor?: string,
  end = t.events.length,
): { step: number; probe: string; answer?: HttpEvent }[] {
  return t.events.flatMap((e, i) => {
    if (i >= end || e.kind !== 'note' || !e.actor || (actor !== undefined && e.actor !== actor)) return [];
    const d = (e as NoteEvent).data as { step?: unknown; probe?: unknown } | undefined;
    if (d?.step !== step) return [];
    const post = httpAfter(t, i, e.actor, (x) => x.request.method === 'POST');
    return [{ step: i, probe: String(d.probe), ...(post ? { answer: post.event } : {}) }];
  });
}

/** Index of the end of the quiet window (the transcript's end when there is none). */
export function windowEnd(t: Transcript): number {
  const end = stepIndex(t, 'quiet-end');
  return end < 0 ? t.events.length : end;
}

/** The Bayeux messages to `actor` strictly between events `from` and `to`, classified. */
export function notificationsOf(t: Transcript, actor: string, from: number, to: number): Notification[] {
  const out: Notification[] = [];
  for (let i = from + 1; i < to; i++) {
    const e = t.events[i];
    if (e.kind === 'bayeux' && e.actor === actor) out.push(classify(i, e as BayeuxEvent));
  }
  return out;
}

/**
 * Where an operation's window ends: at the quiet window's end, or earlier at the next step of another
 * operation (a conversation drives one after another: each one's notifications are its own).
 */
export function operationWindowEnd(t: Transcript, index: number): number {
  const end = windowEnd(t);
  const own = (t.events[index] as NoteEvent | undefined)?.data as { operation?: unknown } | undefined;
  for (let i = index + 1; i < end; i++) {
    const e = t.events[i];
    if (e.kind !== 'note') continue;
    const d = (e as NoteEvent).data as { step?: unknown; operation?: unknown } | undefined;
    if (d?.step !== undefined && d.operation !== undefined && d.operation !== own?.operation) return i;
  }
  return end;
}

/** The actor's notifications of one kind about its chat. */
export const byKind = (v: OperationView, kind: Kind) => v.ofChat.filter((n) => n.kind === kind);

/** The chat snapshot a notification carries ({} when none). */
export const chatOf = (n: Notification): Partial<Chat> => (isObject(n.data) && isObject(n.data.chat) ? (n.data.chat as Partial<Chat>) : {});

/** The first notification of a kind about the actor's chat. */
export function single(v: OperationView, kind: Kind): Notification | undefined {
  const list = byKind(v, kind);
  return list.length >= 1 ? list[0] : undefined;
}

/*
 * What a server sends is untrusted: a list may hold nulls, a field may have any type. These read a
 * payload as far as it has the documented shape, so that a check decides on it instead of throwing.
 */

/** The snapshot's capabilities ([] unless an array). */
export const capabilitiesOf = (n: Notification): unknown[] => {
  const caps = chatOf(n).capabilities as unknown;
  return Array.isArray(caps) ? caps : [];
};

/** A participant as the checks read it: any field may be missing or of another type. */
export type ParticipantLike = { type?: unknown; nickname?: unknown; participantId?: unknown };

/** The snapshot's participants that are objects ([] unless an array). */
export const participantsOf = (n: Notification): ParticipantLike[] => {
  const parts = chatOf(n).participants as unknown;
  return Array.isArray(parts) ? parts.filter(isObject) : [];
};

/** A history entry as the checks read it. */
export type EntryLike = {
  index?: unknown;
  type?: unknown;
  text?: unknown;
  visibility?: unknown;
  timestamp?: unknown;
  timestampSeconds?: unknown;
  from?: ParticipantLike;
};

/** The history entries of a MessageLogUpdated that are objects (`from` kept only when an object); undefined without a messages array. */
export function messagesOf(n: Notification | undefined): EntryLike[] | undefined {
  if (!n || !isObject(n.data) || !Array.isArray(n.data.messages)) return undefined;
  return n.data.messages.filter(isObject).map((m) => (isObject(m.from) ? m : { ...m, from: undefined }) as EntryLike);
}

/** A notification that offers a chat (helpers/contract/offer.ts). */
export const isOffer = (n: Notification): boolean => isOfferData(n.data);

/** A probe step of a scenario with several (validation, security): its name, who made it, where it is. */
export interface ProbeStep {
  probe: string;
  actor?: string;
  /** Index of the probe's step note. */
  index: number;
  /** Index of the next step note (or the transcript's end): what happened after the probe, before the next. */
  until: number;
  /** The first HTTP exchange of the probe's actor after its step, if the probe made one. */
  exchange?: HttpEvent;
  /** What the drive recorded of a probe without an HTTP exchange (handshake, publish). */
  outcome?: { successful?: boolean; why?: string; answered?: boolean };
}

export function probeSteps(t: Transcript): ProbeStep[] {
  const steps = t.events
    .map((e, i) => ({ e, i }))
    .filter(
      (x): x is { e: NoteEvent; i: number } =>
        x.e.kind === 'note' && ((x.e as NoteEvent).data as { step?: unknown } | undefined)?.step !== undefined,
    );
  return steps
    .filter(({ e }) => (e.data as { step?: unknown }).step === 'probe' && typeof (e.data as { probe?: unknown }).probe === 'string')
    .map(({ e, i }) => {
      const probe = (e.data as { probe: string }).probe;
      const next = steps.find((s) => s.i > i);
      const until = next ? next.i : t.events.length;
      const exchange = e.actor ? httpAfter(t, i, e.actor, () => true) : undefined;
      const note = t.events
        .slice(i + 1, until)
        .find((x): x is NoteEvent => x.kind === 'note' && ((x as NoteEvent).data as { probe?: unknown } | undefined)?.probe === probe);
      return {
        probe,
        actor: e.actor,
        index: i,
        until,
        exchange: exchange && exchange.index < until ? exchange.event : undefined,
        outcome: note ? (note.data as { successful?: boolean; why?: string }) : undefined,
      };
    });
}

/**
 * The probe before `p` on the same transcript that succeeded, if any: a chat notification after `p` may
 * be that probe's, late (on a slow network or a loaded machine), so it says nothing about `p`.
 */
export function earlierSuccess(t: Transcript, p: ProbeStep): ProbeStep | undefined {
  return probeSteps(t).find((s) => s.index < p.index && succeeded(s.exchange));
}

/** Did an HTTP exchange succeed (HTTP 200 and statusCode 0)? No answer is not a success. */
export function succeeded(e: HttpEvent | undefined): boolean {
  const r = e?.response;
  return !!r && r.status === 200 && isObject(r.body) && r.body.statusCode === 0;
}

/** Notifications about `chats` (or naming none) to any of `actors` strictly between two events. */
export function chatNotificationsBetween(
  t: Transcript,
  actors: string[],
  chats: string[],
  from: number,
  to: number,
): { actor: string; n: Notification }[] {
  return actors.flatMap((actor) =>
    notificationsOf(t, actor, from, to)
      .filter((n) => n.kind !== 'other' && (n.chatId === undefined || chats.includes(n.chatId)))
      .map((n) => ({ actor, n })),
  );
}

/**
 * What a request strictly between two events changed for anybody: the notifications about the
 * scenario's chats to its actors and observers. An offer reaching an observer of a chat already offered
 * before `from` is a copy of that earlier offer, routed before the request (ISOLATION-02 judges such a
 * leak), not a change the request made: a slow Bayeux delivery may land it after the request.
 */
export function changesBetween(
  t: Transcript,
  scenario: Pick<Scenario, 'actors' | 'observers' | 'chats'>,
  from: number,
  to: number,
): { actor: string; n: Notification }[] {
  const chats = chatsOf(scenario);
  const everyone = [...new Set([...scenario.actors, ...scenario.observers])];
  const offeredBefore = new Set<string>();
  for (let i = 0; i < from; i++) {
    const e = t.events[i];
    if (e.kind !== 'bayeux') continue;
    const n = classify(i, e as BayeuxEvent);
    if (n.chatId !== undefined && isOffer(n)) offeredBefore.add(n.chatId);
  }
  const observers = new Set(scenario.observers.filter((o) => !scenario.actors.includes(o)));
  return chatNotificationsBetween(t, everyone, chats, from, to).filter(
    ({ actor, n }) => !(observers.has(actor) && n.chatId !== undefined && offeredBefore.has(n.chatId) && isOffer(n)),
  );
}
