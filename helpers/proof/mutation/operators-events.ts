/**
 * Operators on whole events: each notification dropped, duplicated, swapped with the next, moved to
 * another channel, delivered to another agent, delayed past the window; each HTTP exchange with
 * another status, statusCode, no statusMessage, another content type; each history timestamp in
 * another format or shifted.
 */
import { SUITE } from '../../../operations/index.ts';
import type { BayeuxEvent, HttpEvent, Transcript, TranscriptEvent } from '../../contract/generated/payloads.ts';
import { shiftTimestamp } from '../../contract/timestamp.ts';
import { scenarioIn } from '../../judges/judge.ts';
import { dataOf, exchanges, fieldsInSubject, inSubject, type Json, type Located, lastStep, notifications, stepBefore } from './locate.ts';
import type { CorpusEntry, Mutant, Operator } from './types.ts';

type Made = Omit<Mutant, 'operator'>;

function notificationOperator(
  name: string,
  does: string,
  change: (t: Transcript, n: Located<BayeuxEvent>, entry: CorpusEntry) => string | undefined,
): Operator {
  return {
    name,
    does,
    mutate(entry) {
      const out: Made[] = [];
      for (const n of notifications(entry.transcript).filter((x) => inSubject(entry.transcript, x.index))) {
        const transcript = structuredClone(entry.transcript) as Transcript;
        const says = change(transcript, n, entry);
        if (says) out.push({ id: `${entry.name}:${name}:${n.label}`, description: `${n.label}: ${says}`, transcript });
      }
      return out;
    },
  };
}

function exchangeOperator(name: string, does: string, change: (e: HttpEvent) => string | undefined): Operator {
  return {
    name,
    does,
    mutate(entry) {
      const out: Made[] = [];
      for (const x of exchanges(entry.transcript)) {
        const transcript = structuredClone(entry.transcript) as Transcript;
        const says = change(transcript.events[x.index] as HttpEvent);
        if (says) out.push({ id: `${entry.name}:${name}:${x.label}`, description: `${x.label}: ${says}`, transcript });
      }
      return out;
    },
  };
}

/** Moves event `from` to just before position `to` (positions of the original array). */
function move(events: TranscriptEvent[], from: number, to: number): void {
  const [e] = events.splice(from, 1);
  events.splice(to > from ? to - 1 : to, 0, e);
}

const actorsOf = (entry: CorpusEntry) => [...entry.transcript.scenario.actors, ...entry.transcript.scenario.observers];

/** Moves a notification of an Accept before the step that caused it: into the window of what came before. */
const early: Operator = {
  name: 'early',
  does: 'delivers the notification before the Accept that caused it',
  mutate(entry) {
    const out: Made[] = [];
    // The step whose request causes the notifications the scenario judges (its declaration says).
    const cause = scenarioIn(SUITE, entry.transcript.scenario.kind).subject.cause;
    for (const n of notifications(entry.transcript)) {
      const step = stepBefore(entry.transcript, n.index, n.event.actor);
      if (!cause || step?.step !== cause) continue;
      const transcript = structuredClone(entry.transcript) as Transcript;
      move(transcript.events, n.index, step.index);
      out.push({ id: `${entry.name}:early:${n.label}`, description: `${n.label}: before the ${step.step} step`, transcript });
    }
    return out;
  },
};

export const NOTIFICATION_OPERATORS: Operator[] = [
  early,
  notificationOperator('drop', 'drops the notification', (t, n) => {
    t.events.splice(n.index, 1);
    return 'dropped';
  }),
  notificationOperator('duplicate', 'delivers the notification twice', (t, n) => {
    t.events.splice(n.index + 1, 0, structuredClone(t.events[n.index]));
    return 'delivered twice';
  }),
  notificationOperator('reorder', "swaps the notification with the actor's next one", (t, n, entry) => {
    const next = notifications(entry.transcript).find(
      (m) => m.index > n.index && m.event.actor === n.event.actor && inSubject(entry.transcript, m.index),
    );
    if (!next) return undefined;
    const a = t.events[n.index];
    t.events[n.index] = t.events[next.index];
    t.events[next.index] = a;
    return `swapped with ${next.label}`;
  }),
  notificationOperator('other-channel', 'delivers the notification on /v2/me/channels', (t, n) => {
    const e = t.events[n.index] as BayeuxEvent;
    e.channel = '/v2/me/channels';
    (e.message as { channel: string }).channel = '/v2/me/channels';
    return 'on /v2/me/channels';
  }),
  notificationOperator('other-agent', 'delivers the notification to another agent of the scenario instead', (t, n, entry) => {
    const other = actorsOf(entry).find((a) => a !== n.event.actor);
    if (!other) return undefined;
    (t.events[n.index] as BayeuxEvent).actor = other;
    return `delivered to ${other}`;
  }),
  notificationOperator('delay', 'delays the notification past the end of the quiet window', (t, n) => {
    const end = lastStep(t);
    if (end <= n.index) return undefined;
    move(t.events, n.index, end + 1);
    return 'after the window';
  }),
];

const statusCodeOf = (e: HttpEvent) => (e.response?.body as { statusCode?: unknown } | undefined)?.statusCode;

export const EXCHANGE_OPERATORS: Operator[] = [
  exchangeOperator('http-status', 'answers another HTTP status: 500 for a 200, 200 for an error', (e) => {
    const r = e.response!;
    const was = r.status;
    r.status = was === 200 ? 500 : 200;
    return `HTTP ${was} → ${r.status}`;
  }),
  exchangeOperator('status-code', 'answers another statusCode: 4 for a 0, 0 for an error', (e) => {
    const body = e.response!.body as Record<string, Json> | undefined;
    if (!body || typeof body !== 'object' || typeof body.statusCode !== 'number') return undefined;
    const was = body.statusCode;
    body.statusCode = was === 0 ? 4 : 0;
    return `statusCode ${was} → ${body.statusCode}`;
  }),
  exchangeOperator('no-status-message', 'drops the statusMessage of an error', (e) => {
    const body = e.response!.body as Record<string, Json> | undefined;
    if (!body || typeof body !== 'object' || !('statusMessage' in body)) return undefined;
    delete body.statusMessage;
    return 'no statusMessage';
  }),
  exchangeOperator('content-type', 'serves the answer as text/html', (e) => {
    const headers = e.response!.headers;
    const key = Object.keys(headers).find((k) => k.toLowerCase() === 'content-type');
    if (!key || statusCodeOf(e) === undefined) return undefined;
    headers[key] = 'text/html;charset=UTF-8';
    return 'Content-Type text/html';
  }),
];

type Entry = Record<string, Json>;

/** Every history entry of every MessageLogUpdated, with where it is. */
function historyEntries(t: Transcript): { n: Located<BayeuxEvent>; i: number; entry: Entry }[] {
  return notifications(t)
    .filter((n) => fieldsInSubject(t, n.index))
    .flatMap((n) => {
      const data = dataOf(n.event) as Record<string, Json>;
      const messages = Array.isArray(data?.messages) ? (data.messages as Entry[]) : [];
      return messages.map((entry, i) => ({ n, i, entry }));
    });
}

function timestampOperator(name: string, does: string, change: (entry: Entry, all: Entry[], i: number) => string | undefined): Operator {
  return {
    name,
    does,
    mutate(corpus) {
      const out: Made[] = [];
      for (const { n, i } of historyEntries(corpus.transcript)) {
        const transcript = structuredClone(corpus.transcript) as Transcript;
        const all = (dataOf(transcript.events[n.index] as BayeuxEvent) as { messages: Entry[] }).messages;
        const says = change(all[i], all, i);
        if (says)
          out.push({
            id: `${corpus.name}:${name}:${n.label}:messages[${i}]`,
            description: `${n.label} messages[${i}]: ${says}`,
            transcript,
          });
      }
      return out;
    },
  };
}

export const TIMESTAMP_OPERATORS: Operator[] = [
  timestampOperator('timestamp-format', 'writes the timestamp in an undocumented format (01/02/2014 14:23:18)', (entry) => {
    if (typeof entry.timestamp !== 'string') return undefined;
    const m = /^(\d{4})-(\d{2})-(\d{2})[T ]?(\d{2}:\d{2}:\d{2})/.exec(entry.timestamp);
    if (!m) return undefined;
    const was = entry.timestamp;
    entry.timestamp = `${m[2]}/${m[3]}/${m[1]} ${m[4]}`;
    return `${was} → ${entry.timestamp}`;
  }),
  timestampOperator(
    'timestamp-shift',
    'moves the timestamp an hour before the previous entry (after the next, for the first)',
    (entry, all, i) => {
      const ref = i > 0 ? all[i - 1] : all[i + 1];
      if (typeof entry.timestamp !== 'string' || !ref || typeof ref.timestamp !== 'string') return undefined;
      const shifted = shiftTimestamp(ref.timestamp, i > 0 ? -3_600_000 : 3_600_000);
      if (!shifted) return undefined;
      const was = entry.timestamp;
      entry.timestamp = shifted;
      if (typeof entry.timestampSeconds === 'number' && typeof ref.timestampSeconds === 'number')
        entry.timestampSeconds = ref.timestampSeconds + (i > 0 ? -3_600_000 : 3_600_000);
      return `${was} → ${shifted}`;
    },
  ),
  timestampOperator('timestamp-seconds-shift', 'moves timestampSeconds a second away from its timestamp', (entry) => {
    if (typeof entry.timestampSeconds !== 'number') return undefined;
    entry.timestampSeconds += 1000;
    return 'timestampSeconds + 1000 ms';
  }),
];
