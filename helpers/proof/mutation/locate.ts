/**
 * Where a mutation applies, named so that the name is the same on every recording of a scenario: a
 * notification by its actor, kind and ordinal (agent1/ParticipantsUpdated#1), an HTTP exchange by its
 * actor, drive step and HTTP status (agent1/http:accept:200#1), a field by its path (chat.participants[0].nickname).
 */

import { SUITE } from '../../../operations/index.ts';
import type { BayeuxEvent, HttpEvent, NoteEvent, Transcript } from '../../contract/generated/payloads.ts';
import { isOfferData } from '../../contract/offer.ts';
import { scenarioIn } from '../../judges/judge.ts';
import { isObject } from '../../judges/views.ts';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Located<E> {
  /** Index of the event in transcript.events. */
  index: number;
  event: E;
  /** Stable name of the event. */
  label: string;
}

const stepOf = (e: NoteEvent) => (e.data as { step?: unknown } | undefined)?.step;

/** The GWS notifications of a transcript (Bayeux messages with a data payload, no /meta/ channel). */
export function notifications(t: Transcript): Located<BayeuxEvent>[] {
  const seen = new Map<string, number>();
  const out: Located<BayeuxEvent>[] = [];
  t.events.forEach((e, index) => {
    if (e.kind !== 'bayeux' || e.channel.startsWith('/meta/')) return;
    const data = (e.message as { data?: unknown }).data;
    if (!isObject(data)) return;
    const kind = isOfferData(data)
      ? 'Offer'
      : data.messageType === 'MessageLogUpdated'
        ? 'MessageLogUpdated'
        : String(data.notificationType ?? data.messageType);
    const key = `${e.actor}/${kind}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    out.push({ index, event: e, label: `${key}#${n}` });
  });
  return out;
}

/** What the transcript's scenario judges of it (its declaration's subject). */
const subjectOf = (t: Transcript) => scenarioIn(SUITE, t.scenario.kind).subject;

/**
 * Whether a notification is what its scenario judges: in a sequence scenario, every notification
 * before its last step; in a scenario of probes, those between a probe and the next step (where
 * nothing may arrive). The operation that ends a scenario of probes only proves the chat could still
 * be operated on: the shape of its notifications is the sequence scenario's to judge.
 */
export function inSubject(t: Transcript, index: number): boolean {
  if (subjectOf(t).layout === 'sequence') return index < lastStep(t) && !underAnotherOperation(t, index);
  return stepBefore(t, index)?.step === 'probe';
}

/**
 * Whether an event follows a step of another operation than its scenario's (the Accept that opens the
 * conversation a SendMessage is sent in): that operation's own scenario judges what it caused.
 */
function underAnotherOperation(t: Transcript, index: number): boolean {
  const before = stepBefore(t, index, t.events[index].actor);
  const operation = before ? ((t.events[before.index] as NoteEvent).data as { operation?: unknown } | undefined)?.operation : undefined;
  return typeof operation === 'string' && operation !== t.scenario.operation;
}

/**
 * Whether the fields of a notification are what its scenario judges: those of a sequence scenario
 * before the end of the window. In a probe's window what matters is that nothing arrives, or (two
 * Accepts at once) that one sequence does: the shape is the sequence scenario's to judge.
 */
export function fieldsInSubject(t: Transcript, index: number): boolean {
  return subjectOf(t).layout === 'sequence' && inSubject(t, index);
}

/** The HTTP exchanges a scenario judges: an actor's request to a chat after an accept, probe or retry-accept step. */
export function exchanges(t: Transcript): Located<HttpEvent>[] {
  const seen = new Map<string, number>();
  const out: Located<HttpEvent>[] = [];
  let step: string | undefined;
  t.events.forEach((e, index) => {
    if (e.kind === 'note') {
      const s = stepOf(e as NoteEvent);
      if (typeof s === 'string') step = s;
      return;
    }
    if (e.kind !== 'http' || !e.response || !step || !subjectOf(t).steps.includes(step)) return;
    if (!/\/me\/chats\//.test(e.request.path)) return;
    // The status in the label: of two Accepts at once, which one wins (200) varies from run to run.
    const key = `${e.actor}/http:${step}:${e.response.status}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    out.push({ index, event: e, label: `${key}#${n}` });
  });
  return out;
}

/** The nearest step note before an event (of `actor` only, when given): its name and index. */
export function stepBefore(t: Transcript, index: number, actor?: string): { step: string; index: number } | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const e = t.events[i];
    const s = e.kind === 'note' ? stepOf(e as NoteEvent) : undefined;
    if (typeof s === 'string' && (actor === undefined || e.actor === actor)) return { step: s, index: i };
  }
  return undefined;
}

/** Index of the last step note (the end of the quiet window), or the transcript's end. */
export function lastStep(t: Transcript): number {
  for (let i = t.events.length - 1; i >= 0; i--) {
    const e = t.events[i];
    if (e.kind === 'note' && typeof stepOf(e as NoteEvent) === 'string') return i;
  }
  return t.events.length;
}

export interface Field {
  /** Dotted path from the payload's root: chat.participants[0].nickname. */
  path: string;
  /** The property name (or the array index). */
  key: string | number;
  value: Json;
}

/** Every property of a payload, depth first (arrays by index). */
export function fields(root: Json, prefix = ''): Field[] {
  const out: Field[] = [];
  if (Array.isArray(root))
    root.forEach((v, i) => {
      const path = `${prefix}[${i}]`;
      out.push({ path, key: i, value: v }, ...fields(v, path));
    });
  else if (root !== null && typeof root === 'object')
    for (const [k, v] of Object.entries(root)) {
      const path = prefix ? `${prefix}.${k}` : k;
      out.push({ path, key: k, value: v }, ...fields(v, path));
    }
  return out;
}

function steps(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
}

/** The parent container of a path and the last key, in `root`. */
export function parentOf(root: Json, path: string): { parent: Json[] | Record<string, Json>; key: string | number } {
  const keys = steps(path);
  let node: Json = root;
  for (const k of keys.slice(0, -1)) node = (node as Record<string, Json>)[k as string] as Json;
  return { parent: node as Json[] | Record<string, Json>, key: keys[keys.length - 1] };
}

/** Sets (or, with `remove`, deletes) the value at a path. */
export function setAt(root: Json, path: string, value: Json | typeof REMOVE): void {
  const { parent, key } = parentOf(root, path);
  if (value === REMOVE) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key as string];
  } else (parent as Record<string | number, Json>)[key] = value;
}

export const REMOVE = Symbol('remove');

/** The data payload of a Bayeux event (mutable). */
export const dataOf = (e: BayeuxEvent) => (e.message as { data: Json }).data;
