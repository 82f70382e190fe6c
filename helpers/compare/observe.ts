/**
 * What a run shows of the server, beyond its verdicts, as facts that can be compared across runs: per
 * message kind (the Accept response, each notification kind after Accept, the offer, each error case,
 * each validation and security probe), the observed shape (JSON pointers, arrays as *, with their JSON
 * types), the values of closed sets, HTTP status and content type, statusCode, timestamp form,
 * undocumented properties, the order and count of the notifications; and timings. Values that differ
 * from run to run by nature (ids, timestamps, referenceIds, session data) are never facts.
 */
import type { Drift, HttpEvent, Transcript } from '../contract/generated/payloads.ts';
import { type PayloadKind, validate } from '../contract/validator.ts';
import { type JudgingPlan, scenarioIn } from '../judges/judge.ts';
import { operationView } from '../judges/operation-view.ts';
import { classify, isObject, isOffer, KINDS, type Notification, probeSteps, stepIndex } from '../judges/views.ts';

/** What a fact is about: the aspects compare.json names (schemas/compare.schema.json). */
export type Aspect = Drift['aspect'];

/** One fact: of a message kind, an aspect at a pointer, with a value. */
export interface Fact {
  kind: string;
  aspect: Aspect;
  pointer: string;
  value: string;
}

export interface RunObservation {
  /** Facts, by key (factKey). */
  facts: Map<string, Fact>;
  /** The message kinds observed, and how many samples of each. */
  kinds: Map<string, number>;
  /** Latencies in ms per timed kind: the offer (from the customer's request), each notification kind after Accept. */
  latencies: Map<string, number[]>;
}

/** Properties whose values form a closed set the docs enumerate. */
const CLOSED = new Set(['state', 'capabilities', 'messageType', 'notificationType', 'type', 'visibility', 'chatType']);

export const factKey = (f: Fact) => `${f.kind}\u0000${f.aspect}\u0000${f.pointer}\u0000${f.value}`;

const jsonType = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v;

/** `yyyy-MM-ddTHH:mm:ss.SSS±hhmm`, `yyyy-MM-dd HH:mm:ss.SSS±hhmm`, without the space, or other. */
export function timestampForm(ts: unknown): string {
  if (typeof ts !== 'string') return jsonType(ts);
  if (/^\d{4}-\d{2}-\d{2}T\d/.test(ts)) return 'yyyy-MM-ddTHH:mm:ss.SSSZ';
  if (/^\d{4}-\d{2}-\d{2} \d/.test(ts)) return 'yyyy-MM-dd HH:mm:ss.SSSZ';
  if (/^\d{4}-\d{2}-\d{4}/.test(ts)) return 'yyyy-MM-ddHH:mm:ss.SSSZ (no space)';
  return 'other';
}

class Collector {
  readonly facts = new Map<string, Fact>();
  readonly kinds = new Map<string, number>();
  readonly latencies = new Map<string, number[]>();

  add(kind: string, aspect: Aspect, pointer: string, value: string): void {
    const f = { kind, aspect, pointer, value };
    this.facts.set(factKey(f), f);
  }

  sample(kind: string): void {
    this.kinds.set(kind, (this.kinds.get(kind) ?? 0) + 1);
  }

  latency(kind: string, ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) return;
    const list = this.latencies.get(kind) ?? [];
    list.push(ms);
    this.latencies.set(kind, list);
  }

  /** The shape, closed-set values, timestamp forms and undocumented properties of a JSON payload. */
  payload(kind: string, body: unknown, schema?: PayloadKind): void {
    const walk = (v: unknown, pointer: string, key: string) => {
      if (pointer !== '') {
        this.add(kind, 'field', pointer, '');
        this.add(kind, 'type', pointer, jsonType(v));
      }
      if (CLOSED.has(key) && typeof v === 'string') this.add(kind, 'value', pointer, v);
      if (key === 'timestamp') this.add(kind, 'timestamp-form', pointer, timestampForm(v));
      if (Array.isArray(v)) {
        for (const item of v) {
          if (CLOSED.has(key) && typeof item === 'string') this.add(kind, 'value', `${pointer}/*`, item);
          else walk(item, `${pointer}/*`, '*');
        }
      } else if (isObject(v))
        for (const [k, x] of Object.entries(v)) walk(x, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, k);
    };
    walk(body, '', '');
    if (schema && isObject(body))
      for (const u of validate(schema, body).undocumented) this.add(kind, 'undocumented', u.pointer.replace(/\/\d+(?=\/|$)/g, '/*'), '');
  }

  /** An HTTP answer: status, content type, statusCode, and its body's shape. */
  answer(kind: string, e: HttpEvent | undefined): void {
    const r = e?.response;
    if (!r) return;
    this.sample(kind);
    this.add(kind, 'http-status', '', String(r.status));
    const type = Object.entries(r.headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1];
    this.add(
      kind,
      'content-type',
      '',
      String(Array.isArray(type) ? type.join(', ') : (type ?? '(none)'))
        .split(';')[0]
        .trim(),
    );
    const code = isObject(r.body) ? r.body.statusCode : undefined;
    this.add(kind, 'status-code', '', code === undefined ? '(none)' : String(code));
    if (isObject(r.body)) this.payload(kind, r.body, 'OperationResponse');
  }

  notification(kind: string, n: Notification): void {
    this.sample(kind);
    const data = n.data;
    const schema: PayloadKind | undefined =
      isObject(data) && data.messageType === 'MessageLogUpdated'
        ? 'MessageLogUpdated'
        : isObject(data) && data.messageType === 'ChatStateChangeMessage'
          ? 'ChatStateChangeMessage'
          : undefined;
    this.payload(kind, data, schema);
  }
}

const notificationKind = (n: Notification) =>
  `notification ${n.kind !== 'other' ? n.kind : isObject(n.data) ? `${String(n.data.messageType)}/${String(n.data.notificationType)}` : '(no data)'}`;

/** The customer's chat requests (GMS start), by time. */
function chatStarts(t: Transcript): number[] {
  return t.events
    .filter((e) => e.kind === 'http' && e.actor === 'customer' && /\/genesys\/2\/chat\/[^/]+$/.test(e.request.path))
    .map((e) => e.at);
}

/** An operation's success: the offer before it, its answer, the notifications it causes and their order. */
function observeSequence(t: Transcript, c: Collector, operation: string, step: string, plan: JudgingPlan): void {
  const starts = chatStarts(t);
  for (const actor of t.scenario.actors) {
    const v = operationView(t, actor, step, plan.operations);
    // The offer: the first one of the actor's chat before its operation.
    const until = v.index < 0 ? t.events.length : v.index;
    for (let i = 0; i < until; i++) {
      const e = t.events[i];
      if (e.kind !== 'bayeux' || e.actor !== actor) continue;
      const n = classify(i, e);
      if (n.chatId !== v.chatId || !isOffer(n)) continue;
      c.notification('offer', n);
      const start = starts.filter((s) => s <= e.at).at(-1);
      if (start !== undefined) c.latency('offer', e.at - start);
      break;
    }
    const answer = v.answer;
    if (!answer) continue;
    c.answer(`${operation} response`, answer);
    const seen = v.ofChat.filter((n) => n.kind !== 'other' || isObject(n.data));
    for (const n of seen) {
      const kind = notificationKind(n);
      c.notification(kind, n);
      c.latency(kind, n.event.at - answer.at);
    }
    const all = `${operation} notifications`;
    c.sample(all);
    c.add(all, 'order', '', seen.map((n) => notificationKind(n).replace('notification ', '')).join(' > ') || '(none)');
    for (const kind of KINDS) c.add(all, 'presence', kind, String(seen.filter((n) => n.kind === kind).length));
  }
}

/** One case that must fail (its probe): the failing answers (of several sent at once, the failed ones). */
function observeCase(t: Transcript, c: Collector): void {
  const probe = stepIndex(t, 'probe');
  if (probe < 0 || !t.scenario.probe) return;
  const actor = t.events[probe].actor;
  const next = t.events.findIndex(
    (e, i) => i > probe && e.kind === 'note' && (e.data as { step?: unknown } | undefined)?.step !== undefined,
  );
  const end = next < 0 ? t.events.length : next;
  const answers = t.events
    .slice(probe + 1, end)
    .filter((e): e is HttpEvent => e.kind === 'http' && e.actor === actor && /\/me\/chats\//.test(e.request.path));
  // Several requests at once: the failed ones are the case (which one wins varies).
  const failed =
    answers.length > 1
      ? answers.filter((e) => e.response?.status !== 200 || !isObject(e.response.body) || e.response.body.statusCode !== 0)
      : answers;
  for (const e of failed) c.answer(`${t.scenario.kind} ${t.scenario.probe}`, e);
}

function observeProbes(t: Transcript, c: Collector): void {
  for (const p of probeSteps(t)) {
    const kind = `${t.scenario.kind} ${p.probe}`;
    if (p.exchange) c.answer(kind, p.exchange);
    else if (p.outcome) {
      c.sample(kind);
      c.add(kind, 'value', '/successful', String(p.outcome.successful));
    }
  }
}

/**
 * The facts and timings of one run's transcripts, each read as its scenario's subject says (a sequence,
 * one case, or probes); a scenario that judges only what a request does with its values (a sequence
 * without a cause) shows no contract of its own.
 */
export function observeRun(transcripts: Transcript[], plan: JudgingPlan): RunObservation {
  const c = new Collector();
  for (const t of transcripts) {
    const s = scenarioIn(plan, t.scenario.kind);
    if (s.subject.layout === 'sequence') {
      if (s.subject.cause) observeSequence(t, c, s.operation, s.subject.cause, plan);
    } else if (s.subject.perCase) observeCase(t, c);
    else observeProbes(t, c);
  }
  return { facts: c.facts, kinds: c.kinds, latencies: c.latencies };
}
