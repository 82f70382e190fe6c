/**
 * What the transport events of a transcript mean for its evidence. A CometD connection that was lost
 * (a failed long-poll or socket: what was in flight may be gone) is a gap until it is restored; a
 * re-handshake (the server forgot the session, and its subscriptions) is a gap until the channels are
 * subscribed again. A gap that overlaps the scenario's window (from the chat's start to the end of the
 * quiet window) may hide a notification: the run cannot decide. A gap outside it costs nothing.
 */
import type { NoteEvent, Transcript } from '../contract/generated/payloads.ts';

export interface Gap {
  actor: string;
  from: number;
  /** Undefined: never closed. */
  to?: number;
  why: string;
}

type TransportData = { transportEvent?: unknown };
const eventOf = (e: NoteEvent) => (e.data as TransportData | undefined)?.transportEvent;
const stepOf = (e: NoteEvent) => (e.data as { step?: unknown } | undefined)?.step;

export function evidenceGaps(t: Transcript): Gap[] {
  const open = new Map<string, Gap & { resubscribe: boolean }>();
  const gaps: Gap[] = [];
  for (const e of t.events) {
    if (e.kind !== 'note' || !e.actor) continue;
    const event = eventOf(e as NoteEvent);
    if (!event) continue;
    const gap = open.get(e.actor);
    if (event === 'lost' || event === 'rehandshake') {
      if (gap) gap.resubscribe ||= event === 'rehandshake';
      else open.set(e.actor, { actor: e.actor, from: e.at, why: e.text, resubscribe: event === 'rehandshake' });
    } else if (gap && ((event === 'restored' && !gap.resubscribe) || event === 'resubscribed')) {
      gaps.push({ actor: gap.actor, from: gap.from, to: e.at, why: gap.why });
      open.delete(e.actor);
    }
  }
  for (const g of open.values()) gaps.push({ actor: g.actor, from: g.from, why: g.why });
  return gaps;
}

/** When the scenario's evidence starts and ends: the chat's start (or the first step) to the end of the quiet window. */
export function evidenceWindow(t: Transcript): { from: number; to: number } {
  const starts = t.events
    .filter((e) => (e.kind === 'http' && e.actor === 'customer') || (e.kind === 'note' && stepOf(e as NoteEvent) !== undefined))
    .map((e) => e.at);
  const end = t.events.find((e) => e.kind === 'note' && stepOf(e as NoteEvent) === 'quiet-end');
  const last = t.events.at(-1)?.at ?? 0;
  return { from: starts.length > 0 ? Math.min(...starts) : 0, to: end?.at ?? last };
}

/** Why the transcript's evidence may be incomplete, or undefined when no gap touches its window. */
export function lostEvidence(t: Transcript): string | undefined {
  const w = evidenceWindow(t);
  const hit = evidenceGaps(t).filter((g) => g.from <= w.to && (g.to === undefined || g.to >= w.from));
  if (hit.length === 0) return undefined;
  const ms = (n: number) => `${Math.round(n)} ms`;
  return hit
    .map(
      (g) =>
        `${g.actor}'s CometD session was cut from ${ms(g.from)} ${g.to === undefined ? 'to the end' : `to ${ms(g.to)}`} (${g.why}): notifications sent meanwhile may be missing`,
    )
    .join('; ');
}
