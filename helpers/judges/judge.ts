/**
 * Judges: pure functions from a transcript to findings. Each check has one job and names one
 * requirement (helpers/judges/requirements.ts); `judgeTranscript` runs the checks of the transcript's scenario.
 *
 * Never a false PASS: a transcript with a failure of the target or the network is INCONCLUSIVE on
 * every requirement; a requirement whose subject did not happen (no StatusChange to inspect, say) is
 * INFO "not judged", and the requirement about the missing thing fails on its own.
 */
import type {
  BayeuxEvent,
  Chat,
  Finding,
  HttpEvent,
  MessageLogUpdated,
  NoteEvent,
  Scenario,
  Transcript,
  Verdict,
} from '../contract/generated/payloads.ts';
import { requirement, type Requirement } from './requirements.ts';
import { validate } from '../contract/validator.ts';

export const CHATS_CHANNEL = '/v2/me/chats';
/** The capabilities every documented Chatting list shares (seed; S11, S14). */
export const COMMON_CHATTING_CAPABILITIES = ['Transfer', 'Leave', 'Complete', 'SendMessage', 'SendStartTypingNotification', 'SendStopTypingNotification'];
const SEED_CHATTING_CAPABILITIES = ['Transfer', 'Complete', 'Leave', 'InFocus', ...COMMON_CHATTING_CAPABILITIES];

/* ---------------------------------------- transcript views ---------------------------------------- */

type Kind = 'StatusChange' | 'ParticipantsUpdated' | 'MessageLogUpdated' | 'other';

export interface Notification {
  index: number;
  event: BayeuxEvent;
  channel: string;
  data: unknown;
  kind: Kind;
  /** The chat it names: chat.id, or the last path segment of chatUri; undefined when it names none. */
  chatId?: string;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function lastSegment(uri: unknown): string | undefined {
  if (typeof uri !== 'string') return undefined;
  try {
    const parts = new URL(uri, 'http://relative.invalid').pathname.split('/');
    return decodeURIComponent(parts[parts.length - 1] ?? '');
  } catch {
    return undefined;
  }
}

export function classify(index: number, event: BayeuxEvent): Notification {
  const data = (event.message as { data?: unknown }).data;
  let kind: Kind = 'other';
  let chatId: string | undefined;
  if (isObject(data)) {
    if (data.messageType === 'ChatStateChangeMessage' && data.notificationType === 'StatusChange') kind = 'StatusChange';
    else if (data.messageType === 'ChatStateChangeMessage' && data.notificationType === 'ParticipantsUpdated') kind = 'ParticipantsUpdated';
    else if (data.messageType === 'MessageLogUpdated' && data.notificationType === 'NewMessages') kind = 'MessageLogUpdated';
    if (isObject(data.chat) && typeof data.chat.id === 'string') chatId = data.chat.id;
    else if (typeof data.chatUri === 'string') chatId = lastSegment(data.chatUri);
    else if (typeof data.chatPath === 'string') chatId = lastSegment(data.chatPath);
  }
  return { index, event, channel: event.channel, data, kind, chatId };
}

function stepIndex(t: Transcript, step: string, actor?: string): number {
  return t.events.findIndex((e) => e.kind === 'note' && ((e as NoteEvent).data as { step?: unknown } | undefined)?.step === step && (actor === undefined || e.actor === actor));
}

function label(n: Notification): string {
  const d = n.data;
  if (!isObject(d)) return `${n.channel}: (no data)`;
  const state = isObject(d.chat) && typeof d.chat.state === 'string' ? ` state=${d.chat.state}` : '';
  const ref = d.referenceId !== undefined ? ` referenceId=${JSON.stringify(d.referenceId)}` : '';
  const chan = n.channel === CHATS_CHANNEL ? '' : ` on ${n.channel}`;
  return `${String(d.messageType)}/${String(d.notificationType)}${state}${ref}${n.chatId ? ` chat=${n.chatId}` : ''}${chan}`;
}

/** What one acceptor did and received, between its accept step and the end of the quiet window. */
export interface AcceptView {
  actor: string;
  chatId: string;
  nickname: string;
  accept?: HttpEvent;
  acceptIndex: number;
  /** Notifications to the actor from the accept step to the end of the window. */
  notifications: Notification[];
  /** Those naming the accepted chat, or naming no chat at all. */
  ofChat: Notification[];
}

function httpAfter(t: Transcript, from: number, actor: string, test: (e: HttpEvent) => boolean): { event: HttpEvent; index: number } | undefined {
  for (let i = from + 1; i < t.events.length; i++) {
    const e = t.events[i];
    if (e.kind === 'http' && e.actor === actor && test(e as HttpEvent)) return { event: e as HttpEvent, index: i };
  }
  return undefined;
}

function windowEnd(t: Transcript): number {
  const end = stepIndex(t, 'quiet-end');
  return end < 0 ? t.events.length : end;
}

function notificationsOf(t: Transcript, actor: string, from: number, to: number): Notification[] {
  const out: Notification[] = [];
  for (let i = from + 1; i < to; i++) {
    const e = t.events[i];
    if (e.kind === 'bayeux' && e.actor === actor) out.push(classify(i, e as BayeuxEvent));
  }
  return out;
}

export function acceptView(t: Transcript, actor: string, nickname = t.scenario.nickname): AcceptView {
  const chatId = t.scenario.chats[actor] ?? '';
  const acceptIndex = stepIndex(t, 'accept', actor);
  const found = acceptIndex < 0 ? undefined : httpAfter(t, acceptIndex, actor, (e) => e.request.method === 'POST');
  const notifications = acceptIndex < 0 ? [] : notificationsOf(t, actor, acceptIndex, windowEnd(t));
  return { actor, chatId, nickname, accept: found?.event, acceptIndex, notifications, ofChat: notifications.filter((n) => n.chatId === undefined || n.chatId === chatId) };
}

/* --------------------------------------------- checks --------------------------------------------- */

export interface CheckContext {
  transcript: Transcript;
  scenario: Scenario;
}

export interface Check {
  requirement: string;
  /** One line: what this check looks at. */
  does: string;
  run(ctx: CheckContext): Finding[];
}

function broken(r: Requirement): Verdict {
  return r.level === 'MUST' ? 'FAIL' : 'NON-STRICT';
}

function verdictOf(id: string, ok: boolean, expected: string, observed: string, extra: Partial<Finding> = {}): Finding {
  return { requirement: id, verdict: ok ? 'PASS' : broken(requirement(id)), expected, observed, ...extra };
}

function notJudged(id: string, why: string, actor?: string): Finding {
  return { requirement: id, verdict: 'INFO', expected: 'not judged', observed: why, ...(actor ? { actor } : {}) };
}

function json(v: unknown): string {
  if (v === undefined) return '(none)';
  const s = JSON.stringify(v);
  return s.length > 300 ? `${s.slice(0, 297)}...` : s;
}

const byKind = (v: AcceptView, kind: Kind) => v.ofChat.filter((n) => n.kind === kind);
const chatOf = (n: Notification): Partial<Chat> => (isObject(n.data) && isObject(n.data.chat) ? (n.data.chat as Partial<Chat>) : {});

/** Runs `fn` for each acceptor of the scenario; without an Accept there is nothing to judge. */
function perAcceptor(fn: (v: AcceptView, ctx: CheckContext) => Finding[]): (ctx: CheckContext) => Finding[] {
  return (ctx) =>
    ctx.scenario.acceptors.flatMap((actor) => {
      const v = acceptView(ctx.transcript, actor);
      if (v.acceptIndex < 0) return [];
      return fn(v, ctx).map((f) => ({ actor, ...f }));
    });
}

/** A StatusChange that offers a chat (its capabilities include Accept), not yet Chatting. */
function isOffer(n: Notification): boolean {
  const c = chatOf(n);
  return n.kind === 'StatusChange' && c.state !== 'Chatting' && Array.isArray(c.capabilities) && c.capabilities.includes('Accept');
}

function exactlyOne(id: string, kind: Kind): Check {
  return {
    requirement: id,
    does: `counts the ${kind} notifications for the accepted chat`,
    run: perAcceptor((v) => {
      const found = byKind(v, kind);
      return [
        verdictOf(id, found.length === 1, `exactly one ${kind} for chat ${v.chatId}`, found.length === 0 ? 'none' : `${found.length}: ${found.map(label).join('; ')}`, {
          evidence: found.map((n) => n.index),
          table: { expected: ['StatusChange', 'ParticipantsUpdated', 'MessageLogUpdated'], observed: v.ofChat.map(label) },
        }),
      ];
    }),
  };
}

function single(v: AcceptView, kind: Kind): Notification | undefined {
  const list = byKind(v, kind);
  return list.length >= 1 ? list[0] : undefined;
}

export const ACCEPT_CHECKS: Check[] = [
  {
    requirement: 'ACCEPT-HTTP-01',
    does: 'reads the HTTP status of the Accept response',
    run: perAcceptor((v) => [v.accept?.response ? verdictOf('ACCEPT-HTTP-01', v.accept.response.status === 200, 'HTTP 200', `HTTP ${v.accept.response.status}`) : notJudged('ACCEPT-HTTP-01', 'no Accept response was recorded')]),
  },
  {
    requirement: 'ACCEPT-RESP-01',
    does: 'validates the Accept response body and reads its statusCode',
    run: perAcceptor((v) => {
      if (!v.accept?.response) return [notJudged('ACCEPT-RESP-01', 'no Accept response was recorded')];
      const body = v.accept.response.body;
      const checked = validate('OperationResponse', body);
      const ok = checked.ok && checked.value.statusCode === 0;
      const out = [verdictOf('ACCEPT-RESP-01', ok, '{"statusCode": 0}', checked.ok ? json(body) : `${json(body)} (${checked.errors.map((e) => e.message).join('; ')})`)];
      for (const u of checked.undocumented) out.push({ requirement: 'ACCEPT-RESP-01', verdict: 'INFO', expected: 'documented properties', observed: `undocumented ${u.pointer} = ${u.actual}` });
      return out;
    }),
  },
  exactlyOne('ACCEPT-SEQ-01', 'StatusChange'),
  exactlyOne('ACCEPT-SEQ-02', 'ParticipantsUpdated'),
  exactlyOne('ACCEPT-SEQ-03', 'MessageLogUpdated'),
  {
    requirement: 'ACCEPT-ORDER-01',
    does: 'compares the arrival order of the three notifications',
    run: perAcceptor((v) => {
      const order: Kind[] = ['StatusChange', 'ParticipantsUpdated', 'MessageLogUpdated'];
      const seen = v.ofChat.filter((n) => order.includes(n.kind));
      if (order.some((k) => byKind(v, k).length !== 1)) return [notJudged('ACCEPT-ORDER-01', 'the three notifications did not each arrive once (see ACCEPT-SEQ-01..03)')];
      const observed = seen.map((n) => n.kind);
      return [verdictOf('ACCEPT-ORDER-01', observed.join() === order.join(), order.join(' → '), observed.join(' → '), { table: { expected: order, observed: seen.map(label) } })];
    }),
  },
  {
    requirement: 'ACCEPT-CHANNEL-01',
    does: 'reads the channel of every notification for the accepted chat',
    run: perAcceptor((v) => {
      if (v.ofChat.length === 0) return [notJudged('ACCEPT-CHANNEL-01', 'no notification arrived')];
      const wrong = v.ofChat.filter((n) => n.channel !== CHATS_CHANNEL);
      return [verdictOf('ACCEPT-CHANNEL-01', wrong.length === 0, `every notification on ${CHATS_CHANNEL}`, wrong.length === 0 ? `all ${v.ofChat.length} on ${CHATS_CHANNEL}` : wrong.map(label).join('; '), { evidence: wrong.map((n) => n.index) })];
    }),
  },
  {
    requirement: 'ACCEPT-SCHEMA-01',
    does: 'validates every notification for the accepted chat against its schema',
    run: perAcceptor((v) => {
      if (v.ofChat.length === 0) return [notJudged('ACCEPT-SCHEMA-01', 'no notification arrived')];
      const out: Finding[] = [];
      const problems: string[] = [];
      let onlyInferred = true;
      for (const n of v.ofChat) {
        const d = n.data;
        const kind = isObject(d) && d.messageType === 'MessageLogUpdated' ? 'MessageLogUpdated' : isObject(d) && d.messageType === 'ChatStateChangeMessage' ? 'ChatStateChangeMessage' : undefined;
        // The channel is ACCEPT-CHANNEL-01's business: judge the data as if it came on /v2/me/chats.
        const result = kind ? validate(kind, d) : validate('ChatsNotification', { channel: CHATS_CHANNEL, data: d });
        for (const e of result.errors) {
          problems.push(`event ${n.index} ${e.pointer || '/'}: expected ${e.expected}, got ${e.actual}${e.status === 'inferred' ? ' (inferred fact)' : ''}`);
          if (e.status !== 'inferred') onlyInferred = false;
        }
        for (const u of result.undocumented) out.push({ requirement: 'ACCEPT-SCHEMA-01', verdict: 'INFO', expected: 'documented properties', observed: `event ${n.index}: undocumented ${u.pointer} = ${u.actual}`, evidence: [n.index] });
      }
      const verdict: Verdict = problems.length === 0 ? 'PASS' : onlyInferred ? 'NON-STRICT' : 'FAIL';
      out.unshift({ requirement: 'ACCEPT-SCHEMA-01', verdict, expected: 'ChatStateChangeMessage / MessageLogUpdated as in schemas/', observed: problems.length === 0 ? `${v.ofChat.length} notifications valid` : problems.join('; ') });
      return out;
    }),
  },
  {
    requirement: 'ACCEPT-STATE-01',
    does: 'reads chat.state of every ChatStateChangeMessage for the accepted chat',
    run: perAcceptor((v) => {
      const snaps = v.ofChat.filter((n) => n.kind === 'StatusChange' || n.kind === 'ParticipantsUpdated');
      if (snaps.length === 0) return [notJudged('ACCEPT-STATE-01', 'no StatusChange or ParticipantsUpdated arrived')];
      const wrong = snaps.filter((n) => chatOf(n).state !== 'Chatting');
      return [verdictOf('ACCEPT-STATE-01', wrong.length === 0, 'state Chatting', snaps.map(label).join('; '), { evidence: wrong.map((n) => n.index) })];
    }),
  },
  {
    requirement: 'ACCEPT-CAPS-01',
    does: 'reads the capabilities of the Chatting snapshots',
    run: perAcceptor((v) => {
      const snaps = v.ofChat.filter((n) => (n.kind === 'StatusChange' || n.kind === 'ParticipantsUpdated') && chatOf(n).state === 'Chatting');
      if (snaps.length === 0) return [notJudged('ACCEPT-CAPS-01', 'no Chatting snapshot arrived')];
      const out: Finding[] = [];
      const missing = new Set<string>();
      const extra = new Set<string>();
      for (const n of snaps) {
        const caps = Array.isArray(chatOf(n).capabilities) ? (chatOf(n).capabilities as string[]) : [];
        for (const c of COMMON_CHATTING_CAPABILITIES) if (!caps.includes(c)) missing.add(c);
        for (const c of caps) if (!SEED_CHATTING_CAPABILITIES.includes(c)) extra.add(c);
      }
      out.push(verdictOf('ACCEPT-CAPS-01', missing.size === 0, `capabilities include ${COMMON_CHATTING_CAPABILITIES.join(', ')}`, missing.size === 0 ? 'all present' : `missing ${[...missing].join(', ')}`));
      if (extra.size > 0) out.push({ requirement: 'ACCEPT-CAPS-01', verdict: 'INFO', expected: `the seed's list (${SEED_CHATTING_CAPABILITIES.join(', ')})`, observed: `also ${[...extra].join(', ')}` });
      return out;
    }),
  },
  {
    requirement: 'ACCEPT-CAPS-02',
    does: 'looks for Accept and Reject among the capabilities after Accept',
    run: perAcceptor((v) => {
      const snaps = v.ofChat.filter((n) => n.kind === 'StatusChange' || n.kind === 'ParticipantsUpdated');
      if (snaps.length === 0) return [notJudged('ACCEPT-CAPS-02', 'no StatusChange or ParticipantsUpdated arrived')];
      const kept = snaps.filter((n) => ((chatOf(n).capabilities ?? []) as string[]).some((c) => c === 'Accept' || c === 'Reject'));
      return [verdictOf('ACCEPT-CAPS-02', kept.length === 0, 'no Accept or Reject capability', kept.length === 0 ? 'none offered' : kept.map((n) => `event ${n.index}: ${json(chatOf(n).capabilities)}`).join('; '))];
    }),
  },
  {
    requirement: 'ACCEPT-REFID-01',
    does: 'reads referenceId on the StatusChange',
    run: perAcceptor((v) => {
      const sc = single(v, 'StatusChange');
      if (!sc) return [notJudged('ACCEPT-REFID-01', 'no StatusChange arrived (see ACCEPT-SEQ-01)')];
      const ref = isObject(sc.data) ? sc.data.referenceId : undefined;
      return [verdictOf('ACCEPT-REFID-01', Number.isInteger(ref), 'an integer referenceId', json(ref), { evidence: [sc.index] })];
    }),
  },
  {
    requirement: 'ACCEPT-REFID-02',
    does: 'compares the referenceIds of the response and the notifications',
    run: perAcceptor((v) => {
      const seen: string[] = [];
      const values = new Set<string>();
      const body = v.accept?.response?.body;
      if (isObject(body) && body.referenceId !== undefined) {
        values.add(json(body.referenceId));
        seen.push(`response ${json(body.referenceId)}`);
      }
      for (const n of v.ofChat) {
        if (n.kind !== 'StatusChange' && n.kind !== 'ParticipantsUpdated') continue;
        const ref = isObject(n.data) ? n.data.referenceId : undefined;
        if (ref === undefined) continue;
        values.add(json(ref));
        seen.push(`${n.kind} ${json(ref)}`);
      }
      if (values.size === 0) return [notJudged('ACCEPT-REFID-02', 'no referenceId to compare (see ACCEPT-REFID-01)')];
      return [verdictOf('ACCEPT-REFID-02', values.size === 1, 'one referenceId for the whole Accept', seen.join(', '))];
    }),
  },
  {
    requirement: 'ACCEPT-CHAT-01',
    does: 'reads the chat each notification names',
    run: perAcceptor((v, ctx) => {
      // Offers of new chats, and other agents' chats (ACCEPT-CONC-01's business), are not this check's.
      const otherChats = Object.entries(ctx.scenario.chats).filter(([a]) => a !== v.actor).map(([, c]) => c);
      const relevant = v.notifications.filter((n) => n.kind !== 'other' && !isOffer(n) && !(n.chatId !== undefined && otherChats.includes(n.chatId)));
      if (relevant.length === 0) return [notJudged('ACCEPT-CHAT-01', 'no notification arrived')];
      const wrong: string[] = [];
      for (const n of relevant) {
        const d = n.data as Record<string, unknown>;
        if (n.kind === 'MessageLogUpdated') {
          if (lastSegment(d.chatUri) !== v.chatId) wrong.push(`event ${n.index}: chatUri ${json(d.chatUri)}`);
          if (d.chatPath !== undefined && d.chatPath !== `/chats/${v.chatId}`) wrong.push(`event ${n.index}: chatPath ${json(d.chatPath)}`);
        } else {
          const c = chatOf(n);
          if (c.id !== v.chatId) wrong.push(`event ${n.index}: chat.id ${json(c.id)}`);
          if (lastSegment(c.uri) !== v.chatId) wrong.push(`event ${n.index}: chat.uri ${json(c.uri)}`);
        }
      }
      return [verdictOf('ACCEPT-CHAT-01', wrong.length === 0, `chat ${v.chatId} (chat.id; chat.uri and chatUri ending /chats/${v.chatId})`, wrong.length === 0 ? `all ${relevant.length} name it` : wrong.join('; '))];
    }),
  },
  {
    requirement: 'ACCEPT-URI-01',
    does: 'checks that chat.uri and chatUri are absolute chat resource URIs',
    run: perAcceptor((v) => {
      const uris: { index: number; uri: unknown }[] = [];
      for (const n of v.ofChat) {
        const d = n.data as Record<string, unknown>;
        if (n.kind === 'MessageLogUpdated') uris.push({ index: n.index, uri: d.chatUri });
        else if (n.kind !== 'other') uris.push({ index: n.index, uri: chatOf(n).uri });
      }
      if (uris.length === 0) return [notJudged('ACCEPT-URI-01', 'no notification arrived')];
      const wrong = uris.filter(({ uri }) => {
        if (typeof uri !== 'string') return true;
        try {
          const u = new URL(uri);
          return !/^https?:$/.test(u.protocol) || !/\/chats\/[^/]+$/.test(u.pathname) || /\/me\/chats\//.test(u.pathname);
        } catch {
          return true;
        }
      });
      return [verdictOf('ACCEPT-URI-01', wrong.length === 0, 'absolute http(s) URI …/chats/{id}, not …/me/chats/{id}', wrong.length === 0 ? json(uris[0].uri) : wrong.map((w) => `event ${w.index}: ${json(w.uri)}`).join('; '))];
    }),
  },
  {
    requirement: 'ACCEPT-PART-01',
    does: "looks for the agent with the nickname sent in ParticipantsUpdated",
    run: perAcceptor((v) => {
      const pu = single(v, 'ParticipantsUpdated');
      if (!pu) return [notJudged('ACCEPT-PART-01', 'no ParticipantsUpdated arrived (see ACCEPT-SEQ-02)')];
      const parts = (chatOf(pu).participants ?? []) as { type?: string; nickname?: string }[];
      const ok = parts.some((p) => p.type === 'Agent' && p.nickname === v.nickname);
      return [verdictOf('ACCEPT-PART-01', ok, `an Agent participant with nickname ${json(v.nickname)}`, json(parts.map((p) => `${p.type}:${p.nickname}`)), { evidence: [pu.index] })];
    }),
  },
  {
    requirement: 'ACCEPT-PART-02',
    does: 'looks for the customer in ParticipantsUpdated',
    run: perAcceptor((v, ctx) => {
      const pu = single(v, 'ParticipantsUpdated');
      if (!pu) return [notJudged('ACCEPT-PART-02', 'no ParticipantsUpdated arrived (see ACCEPT-SEQ-02)')];
      const parts = (chatOf(pu).participants ?? []) as { type?: string; nickname?: string }[];
      const customers = parts.filter((p) => p.type === 'Customer');
      const out = [verdictOf('ACCEPT-PART-02', customers.length > 0, 'a Customer participant', json(parts.map((p) => `${p.type}:${p.nickname}`)), { evidence: [pu.index] })];
      const expectedNick = ctx.scenario.customerNickname;
      if (customers.length > 0 && expectedNick && !customers.some((c) => c.nickname === expectedNick)) {
        out.push({ requirement: 'ACCEPT-PART-02', verdict: 'INFO', expected: `customer nickname ${json(expectedNick)} (as given on the customer side)`, observed: json(customers.map((c) => c.nickname)) });
      }
      return out;
    }),
  },
  ...logChecks(),
  {
    requirement: 'ACCEPT-QUIET-01',
    does: 'looks for anything else about the chat after Accept, through the quiet window',
    run: perAcceptor((v) => {
      // Well-formed chat notifications beyond the three (PropertiesUpdated, Error, ...). A malformed one
      // (misspelled messageType) is ACCEPT-SCHEMA-01's business, not this one's.
      const others = v.ofChat.filter((n) => n.kind === 'other' && isWellFormedChatNotification(n.data));
      const foreign = v.notifications.filter((n) => n.chatId !== undefined && n.chatId !== v.chatId);
      const out = [verdictOf('ACCEPT-QUIET-01', others.length === 0, 'nothing but the three notifications', others.length === 0 ? 'nothing else' : others.map(label).join('; '), { evidence: others.map((n) => n.index) })];
      if (foreign.length > 0) out.push({ requirement: 'ACCEPT-QUIET-01', verdict: 'INFO', expected: 'notifications about the accepted chat', observed: `also about other chats: ${foreign.map(label).join('; ')}` });
      return out;
    }),
  },
  {
    requirement: 'ACCEPT-ISOLATION-01',
    does: "looks for the accepted chat in the observers' notifications",
    run: (ctx) => {
      if (ctx.scenario.observers.length === 0) return [notJudged('ACCEPT-ISOLATION-01', 'no observer agent was online')];
      const t = ctx.transcript;
      const from = Math.min(...ctx.scenario.acceptors.map((a) => stepIndex(t, 'accept', a)).filter((i) => i >= 0));
      if (!Number.isFinite(from)) return [notJudged('ACCEPT-ISOLATION-01', 'no Accept was made')];
      const chats = ctx.scenario.acceptors.map((a) => ctx.scenario.chats[a] ?? '').filter(Boolean);
      const leaked = ctx.scenario.observers.flatMap((o) => notificationsOf(t, o, from, windowEnd(t)).filter((n) => chats.some((c) => JSON.stringify(n.data).includes(c))).map((n) => `${o} got ${label(n)}`));
      return [verdictOf('ACCEPT-ISOLATION-01', leaked.length === 0, `no notification about ${chats.join(', ')} to ${ctx.scenario.observers.join(', ')}`, leaked.length === 0 ? 'none' : leaked.join('; '))];
    },
  },
];

function isWellFormedChatNotification(data: unknown): boolean {
  if (!isObject(data)) return false;
  if (data.messageType === 'ChatStateChangeMessage') return validate('ChatStateChangeMessage', data).ok;
  if (data.messageType === 'MessageLogUpdated') return validate('MessageLogUpdated', { ...data, notificationType: 'NewMessages' }).ok;
  return false;
}

function logOf(v: AcceptView): { n: Notification; log: MessageLogUpdated } | undefined {
  const n = single(v, 'MessageLogUpdated');
  if (!n || !isObject(n.data) || !Array.isArray(n.data.messages)) return undefined;
  return { n, log: n.data as unknown as MessageLogUpdated };
}

function logChecks(): Check[] {
  const none = (id: string) => notJudged(id, 'no MessageLogUpdated with messages arrived (see ACCEPT-SEQ-03)');
  const entry = (m: MessageLogUpdated['messages'][number]) => `${m.index} ${m.type} ${m.from?.type}:${m.from?.nickname}${m.text !== undefined ? ` "${m.text}"` : ''}`;
  return [
    {
      requirement: 'ACCEPT-LOG-01',
      does: "looks for the customer's join and messages in the history",
      run: perAcceptor((v, ctx) => {
        const found = logOf(v);
        if (!found) return [none('ACCEPT-LOG-01')];
        const msgs = found.log.messages;
        const expected = ['ParticipantJoined Customer', ...ctx.scenario.customerMessages.map((m) => `Text Customer "${m}"`)];
        const joined = msgs.some((m) => m.type === 'ParticipantJoined' && m.from?.type === 'Customer');
        const texts = msgs.filter((m) => m.type === 'Text' && m.from?.type === 'Customer').map((m) => m.text);
        let cursor = 0;
        for (const t of texts) if (t === ctx.scenario.customerMessages[cursor]) cursor++;
        const ok = joined && cursor === ctx.scenario.customerMessages.length;
        return [verdictOf('ACCEPT-LOG-01', ok, expected.join(', '), msgs.map(entry).join('; '), { evidence: [found.n.index], table: { expected, observed: msgs.map(entry) } })];
      }),
    },
    {
      requirement: 'ACCEPT-LOG-02',
      does: 'reads the history indices in order',
      run: perAcceptor((v) => {
        const found = logOf(v);
        if (!found) return [none('ACCEPT-LOG-02')];
        const idx = found.log.messages.map((m) => m.index);
        const ok = idx.every((x, i) => typeof x === 'number' && (i === 0 || x > (idx[i - 1] as number)));
        return [verdictOf('ACCEPT-LOG-02', ok, 'unique, increasing indices', json(idx), { evidence: [found.n.index] })];
      }),
    },
    {
      requirement: 'ACCEPT-LOG-03',
      does: 'reads the lowest history index',
      run: perAcceptor((v) => {
        const found = logOf(v);
        if (!found) return [none('ACCEPT-LOG-03')];
        const idx = found.log.messages.map((m) => m.index).filter((x) => typeof x === 'number');
        const low = idx.filter((x) => x < 1);
        return [verdictOf('ACCEPT-LOG-03', low.length === 0, 'indices from 1', json(idx), { evidence: [found.n.index] })];
      }),
    },
    {
      requirement: 'ACCEPT-LOG-04',
      does: "reads the last history entry: the agent's ParticipantJoined",
      run: perAcceptor((v) => {
        const found = logOf(v);
        if (!found) return [none('ACCEPT-LOG-04')];
        // The agent may have joined before (join, leave, join: seed); the history runs up to this join.
        const last = found.log.messages[found.log.messages.length - 1];
        const ok = !!last && last.type === 'ParticipantJoined' && last.from?.type === 'Agent' && last.from?.nickname === v.nickname;
        return [verdictOf('ACCEPT-LOG-04', ok, `last entry: ParticipantJoined of Agent ${json(v.nickname)}`, last ? `last entry: ${entry(last)}` : 'no entries', { evidence: [found.n.index] })];
      }),
    },
  ];
}

/* --------------------------------------------- errors --------------------------------------------- */

const PROBE_REQUIREMENT: Record<NonNullable<Scenario['probe']>, string> = {
  'unknown-id': 'ACCEPT-ERR-01',
  'missing-nickname': 'ACCEPT-ERR-02',
  'accepted-twice': 'ACCEPT-ERR-03',
  'not-offered': 'ACCEPT-ERR-04',
  'no-csrf': 'ACCEPT-ERR-05',
};

interface ProbeView {
  probe: NonNullable<Scenario['probe']>;
  actor?: string;
  index: number;
  response?: HttpEvent;
  failed: boolean;
}

function probeView(t: Transcript): ProbeView | undefined {
  const probe = t.scenario.probe;
  const index = stepIndex(t, 'probe');
  if (!probe || index < 0) return undefined;
  const actor = t.events[index].actor;
  const found = actor ? httpAfter(t, index, actor, () => true) : undefined;
  const response = found?.event;
  const body = response?.response?.body;
  const failed = !!response?.response && (response.response.status !== 200 || !isObject(body) || body.statusCode !== 0);
  return { probe, actor, index, response, failed };
}

function nonZeroStatus(p: ProbeView, id: string): Finding {
  const r = p.response?.response;
  if (!r) return notJudged(id, 'the probe got no response');
  const checked = validate('OperationResponse', r.body);
  const ok = checked.ok && checked.value.statusCode !== 0;
  return verdictOf(id, ok, 'a non-zero statusCode with a statusMessage', `HTTP ${r.status} ${json(r.body)}`, { evidence: [p.index] });
}

export const ERROR_CHECKS: Check[] = [
  ...(['ACCEPT-ERR-01', 'ACCEPT-ERR-02', 'ACCEPT-ERR-03', 'ACCEPT-ERR-04'] as const).map(
    (id): Check => ({
      requirement: id,
      does: 'reads the statusCode of the failed Accept',
      run: (ctx) => {
        const p = probeView(ctx.transcript);
        if (!p || PROBE_REQUIREMENT[p.probe] !== id) return [];
        return [nonZeroStatus(p, id)];
      },
    }),
  ),
  {
    requirement: 'ACCEPT-ERR-05',
    does: 'reads the HTTP status of an Accept without the CSRF token',
    run: (ctx) => {
      const p = probeView(ctx.transcript);
      if (!p || p.probe !== 'no-csrf') return [];
      if (ctx.scenario.csrf === false) return [{ requirement: 'ACCEPT-ERR-05', verdict: 'INFO', expected: 'not judged', observed: 'the target does not announce CSRF protection (no X-CSRF-HEADER on GET): profile without CSRF' }];
      const r = p.response?.response;
      if (!r) return [notJudged('ACCEPT-ERR-05', 'the probe got no response')];
      return [verdictOf('ACCEPT-ERR-05', r.status === 403, 'HTTP 403 (Missing or invalid Csrf token)', `HTTP ${r.status} ${json(r.body)}`, { evidence: [p.index] })];
    },
  },
  {
    requirement: 'ACCEPT-ERR-06',
    does: 'looks for notifications after the failed Accept and retries the Accept',
    run: (ctx) => {
      const t = ctx.transcript;
      const p = probeView(t);
      if (!p) return [];
      if (!p.failed) return [notJudged('ACCEPT-ERR-06', `the ${p.probe} probe did not fail (see ${PROBE_REQUIREMENT[p.probe]})`)];
      const retry = stepIndex(t, 'retry-accept');
      const end = retry >= 0 ? retry : windowEnd(t);
      const chats = Object.values(ctx.scenario.chats).filter((c): c is string => typeof c === 'string');
      const actors = [...new Set([...ctx.scenario.acceptors, ...ctx.scenario.observers])];
      const changed = actors.flatMap((a) => notificationsOf(t, a, p.index, end).filter((n) => n.kind !== 'other' && (n.chatId === undefined || chats.includes(n.chatId))).map((n) => `${a} got ${label(n)}`));
      const problems = [...changed];
      if (retry >= 0) {
        // The chat can still be accepted: the Accept after the probe is followed by the chat's
        // notifications (its response body is ACCEPT-RESP-01's business, judged in the Accept spec).
        const actor = t.events[retry].actor!;
        const again = httpAfter(t, retry, actor, () => true)?.event.response;
        const accepted = notificationsOf(t, actor, retry, windowEnd(t)).some((n) => n.kind !== 'other' && n.chatId !== undefined && chats.includes(n.chatId));
        if (!accepted) problems.push(`the Accept after it was not followed by the chat's notifications (it answered ${again ? `HTTP ${again.status} ${json(again.body)}` : 'nothing'})`);
      }
      return [verdictOf('ACCEPT-ERR-06', problems.length === 0, 'no notification, and the chat can still be accepted', problems.length === 0 ? 'nothing changed' : problems.join('; '))];
    },
  },
];

/* ------------------------------------------- concurrency ------------------------------------------ */

export const CONCURRENCY_CHECKS: Check[] = [
  {
    requirement: 'ACCEPT-CONC-01',
    does: "looks for each agent's own chat, and for other agents' chats, in its notifications",
    run: (ctx) => {
      const chats = ctx.scenario.acceptors.map((a) => ctx.scenario.chats[a] ?? '').filter(Boolean);
      const problems: string[] = [];
      const table: string[] = [];
      for (const actor of ctx.scenario.acceptors) {
        const v = acceptView(ctx.transcript, actor);
        const own = v.notifications.filter((n) => n.kind !== 'other' && n.chatId === v.chatId);
        const foreign = v.notifications.filter((n) => n.chatId !== undefined && n.chatId !== v.chatId && chats.includes(n.chatId));
        table.push(`${actor}: ${own.length} about its chat, ${foreign.length} about others'`);
        if (own.length === 0) problems.push(`${actor} got nothing about its chat ${v.chatId}`);
        if (foreign.length > 0) problems.push(`${actor} got ${foreign.length} about other agents' chats (${[...new Set(foreign.map((n) => n.chatId))].join(', ')})`);
      }
      // Completeness of each agent's own sequence is judged by the ACCEPT-SEQ checks, per agent.
      return [
        verdictOf('ACCEPT-CONC-01', problems.length === 0, `each of ${ctx.scenario.acceptors.length} agents: its own chat only`, problems.length === 0 ? table.join('; ') : problems.join('; '), {
          table: { expected: ctx.scenario.acceptors.map((a) => `${a}: its own chat, nothing of the others`), observed: table },
        }),
      ];
    },
  },
];

/* ---------------------------------------------- plan ---------------------------------------------- */

export const CHECKS: Record<Scenario['kind'], Check[]> = { accept: ACCEPT_CHECKS, error: ERROR_CHECKS, concurrency: [...ACCEPT_CHECKS, ...CONCURRENCY_CHECKS] };

/** The requirements a transcript of this scenario decides. */
export function requirementsFor(scenario: Scenario): string[] {
  if (scenario.kind === 'error') {
    const id = scenario.probe ? PROBE_REQUIREMENT[scenario.probe] : undefined;
    return id ? [id, 'ACCEPT-ERR-06'] : ['ACCEPT-ERR-06'];
  }
  return [...new Set(CHECKS[scenario.kind].map((c) => c.requirement))];
}

/** Runs every check of the transcript's scenario. A failure of the target makes all INCONCLUSIVE. */
export function judgeTranscript(transcript: Transcript): Finding[] {
  const ctx: CheckContext = { transcript, scenario: transcript.scenario };
  const failures = transcript.events.filter((e): e is NoteEvent => e.kind === 'failure');
  const broken = transcript.events.filter((e): e is HttpEvent => e.kind === 'http' && typeof e.error === 'string');
  if (failures.length > 0 || broken.length > 0) {
    const cause = [...failures.map((f) => f.text), ...broken.map((b) => `${b.request.method} ${b.request.path}: ${b.error}`)].join('; ');
    return requirementsFor(transcript.scenario).map((id) => ({ requirement: id, verdict: 'INCONCLUSIVE', expected: requirement(id).text, observed: `the run could not decide: ${cause}` }));
  }
  return CHECKS[transcript.scenario.kind].flatMap((check) => check.run(ctx));
}

/** How bad a verdict is: FAIL > NON-STRICT > INCONCLUSIVE > PASS > INFO. */
export const VERDICT_RANK: Record<Verdict, number> = { FAIL: 4, 'NON-STRICT': 3, INCONCLUSIVE: 2, PASS: 1, INFO: 0 };

/** The worse of two verdicts. */
export function worse(a: Verdict, b: Verdict): Verdict {
  return VERDICT_RANK[b] > VERDICT_RANK[a] ? b : a;
}

/** The worst finding about one requirement, if any. */
export function worstFinding(findings: Finding[], id: string): Finding | undefined {
  return findings.filter((f) => f.requirement === id).reduce<Finding | undefined>((w, f) => (!w || VERDICT_RANK[f.verdict] > VERDICT_RANK[w.verdict] ? f : w), undefined);
}

/** The verdict of one requirement over its findings: the worst one, INFO only when nothing else. */
export function verdictFor(findings: Finding[], id: string): Verdict {
  return worstFinding(findings, id)?.verdict ?? 'INFO';
}

