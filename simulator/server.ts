/**
 * The embedded GWS reference simulator: node `http` plus a real CometD server (cometd-nodejs-server,
 * Bayeux long-polling only: that package has no WebSocket transport).
 *
 *   Agent side (GWS):  Basic auth, JSESSIONID session, CSRF (X-CSRF-HEADER / X-CSRF-TOKEN),
 *                      /api/v2/me, /api/v2/me/channels/chat, /api/v2/me/chats[/{id}],
 *                      CometD at /api/v2/notifications, notifications on /v2/me/chats.
 *   Customer side (GMS Chat API v2): /genesys/2/chat/{serviceName}[/{chatId}/{send|refresh|disconnect}].
 *
 * Behaviour follows ../shared/seed and ../shared/reference/gws-chat-api.md; where the docs are silent
 * (HTTP status of errors, the offer's state name, GMS error bodies) the choice is marked INFERRED.
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import cometdServerModule, { type CometDServer, type ServerMessage, type ServerSession } from 'cometd-nodejs-server';
import { pino, type Logger } from 'pino';
import type { ChatStateChangeMessage, MessageLogUpdated, OperationResponse, Chat as ChatResource } from '../helpers/contract/generated/payloads.ts';
import { redact, redactHeaders, registerSecret } from '../helpers/evidence/redact.ts';
import { CHATS_CHANNEL, findDeviation, type AcceptPlan, type Delivery, type Json, type JsonObject } from './faults.ts';
import { CHATTING_CAPABILITIES, Model, OFFER_CAPABILITIES, type Agent, type AgentAccount, type SimChat, type HttpSession, type TranscriptEntry } from './model.ts';

export const DEFAULT_PASSWORD = 'gws-sim-password';
export const DEFAULT_SERVICES = ['customer-support', 'request-chat'];
export const NOTIFICATIONS_PATH = '/api/v2/notifications';

export type LogLevel = 'silent' | 'error' | 'warn' | 'info' | 'debug';

export interface SimulatorOptions {
  /** TCP port; 0 (default) picks a free one. */
  port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** Number of agent accounts agent1..agentN (default 4), or the accounts themselves. */
  agents?: number | AgentAccount[];
  /** Password of the generated accounts (default DEFAULT_PASSWORD). */
  password?: string;
  /** CSRF protection (enableCsrfProtection); default on. */
  csrf?: boolean;
  /** Faults to switch on, by name (see FAULTS). */
  faults?: string[];
  /** Legal variants to switch on, by name (see VARIANTS). */
  variants?: string[];
  /** Chats an agent handles at once (default 1). */
  capacity?: number;
  /** Largest request body in bytes (default 64 KiB); larger ones get HTTP 413. */
  bodyLimit?: number;
  /** GMS service names served (default customer-support, request-chat). */
  services?: string[];
  /** Log level (default warn). debug logs every HTTP request and Bayeux message, redacted. */
  logLevel?: LogLevel;
  /** Where logs go (default stderr). */
  logStream?: NodeJS.WritableStream;
  /**
   * Benchmark instrumentation: every notification carries its send time (epoch ms, sub-ms precision)
   * in the Bayeux ext field, ext.sentAt. The GWS payload (data) is untouched.
   */
  stamp?: boolean;
}

export interface RunningSimulator {
  /** e.g. http://127.0.0.1:8090 */
  baseUrl: string;
  /** externalApiUrlV2: baseUrl + /api/v2 */
  apiBase: string;
  /** CometD endpoint: baseUrl + /api/v2/notifications */
  notificationsUrl: string;
  /** GMS Chat API v2 base: baseUrl + /genesys/2/chat */
  gmsBase: string;
  services: string[];
  agents: AgentAccount[];
  faults: string[];
  variants: string[];
  csrf: boolean;
  stop(): Promise<void>;
}

/* ---------------------------------------------------------------------------------------------- */

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Json,
    readonly headers: Record<string, string> = {},
    readonly text?: string,
  ) {
    super(`HTTP ${status}`);
  }
}

function gwsError(status: number, statusCode: number, statusMessage: string): HttpError {
  const body: OperationResponse = { statusCode, statusMessage };
  return new HttpError(status, body as unknown as Json);
}

function gmsError(status: number, advice: string): HttpError {
  // INFERRED: the GMS error body is not on a page we could read.
  return new HttpError(status, { statusCode: 1, errors: [{ code: status, advice }] });
}

const CSRF_ERROR = 'Missing or invalid Csrf token';

function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

function parseBasic(header: string | undefined): { username: string; password: string } | undefined {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!m) return undefined;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/* ---------------------------------------------------------------------------------------------- */

export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const faultList = (options.faults ?? []).map((n) => findDeviation('fault', n));
  const variantList = (options.variants ?? []).map((n) => findDeviation('variant', n));
  const fault = (name: string) => faultList.some((f) => f.name === name);
  const variant = (name: string) => variantList.some((v) => v.name === name);
  const password = options.password ?? DEFAULT_PASSWORD;
  const accounts: AgentAccount[] = Array.isArray(options.agents)
    ? options.agents
    : Array.from({ length: options.agents ?? 4 }, (_, i) => ({ username: `agent${i + 1}`, password }));
  if (accounts.length === 0) throw new Error('agents: at least one agent account is needed');
  for (const a of accounts) registerSecret(a.password, 'permanent');
  const csrf = options.csrf ?? true;
  const bodyLimit = options.bodyLimit ?? 64 * 1024;
  const services = options.services ?? DEFAULT_SERVICES;
  const log: Logger = pino({ level: options.logLevel ?? 'warn', base: undefined }, options.logStream ?? process.stderr);
  const model = new Model({ accounts, capacity: options.capacity ?? 1, uuidIds: variant('uuid-ids') });

  let apiBase = '';
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };

  /* ------------------------------------------ CometD ------------------------------------------ */

  // CommonJS module without named ESM exports: take createCometDServer from its default export.
  const cometd: CometDServer = cometdServerModule.createCometDServer({ timeout: 20_000, maxInterval: 30_000 });
  /** CometD session id → agent. */
  const cometdAgents = new Map<string, Agent>();

  function requestSession(request: IncomingMessage | undefined): HttpSession | undefined {
    if (!request) return undefined;
    const session = model.sessions.get(parseCookies(request.headers.cookie).JSESSIONID ?? '');
    if (!session) return undefined;
    const basic = parseBasic(request.headers.authorization);
    if (basic && basic.username !== session.agent.username) return undefined; // credentials of someone else
    return session;
  }

  cometd.policy = {
    canHandshake(session: ServerSession, _message: ServerMessage, callback: (error?: Error, result?: boolean) => void) {
      // Only an authenticated HTTP session (JSESSIONID) may open a CometD session.
      const http = requestSession((cometd.context as { request?: IncomingMessage }).request);
      if (!http) {
        log.info('cometd handshake refused: no authenticated HTTP session');
        callback(undefined, false);
        return;
      }
      cometdAgents.set(session.id, http.agent);
      session.addListener('removed', () => cometdAgents.delete(session.id));
      callback(undefined, true);
    },
    canSubscribe(session: ServerSession, _message: ServerMessage, channel: { name: string }, callback: (error?: Error, result?: boolean) => void) {
      callback(undefined, cometdAgents.has(session.id) && channel.name.startsWith('/v2/me/'));
    },
    canPublish(_session: ServerSession, _message: ServerMessage, _channel: unknown, callback: (error?: Error, result?: boolean) => void) {
      callback(undefined, false); // GWS topics are server-to-client only
    },
  };
  cometd.addExtension({
    incoming(_server: CometDServer, session: ServerSession, message: ServerMessage, callback: (error?: Error, result?: boolean) => void) {
      log.debug({ bayeux: redact(message), session: session?.id }, 'bayeux in');
      callback(undefined, true);
    },
    outgoing(_server: CometDServer, _sender: ServerSession, session: ServerSession, message: ServerMessage, callback: (error?: Error, result?: boolean) => void) {
      if (options.stamp && !message.channel.startsWith('/meta/')) message.ext = { ...(message.ext ?? {}), sentAt: performance.timeOrigin + performance.now() };
      log.debug({ bayeux: redact(message), session: session?.id }, 'bayeux out');
      callback(undefined, true);
    },
  });

  function deliver(agent: Agent, delivery: Delivery): void {
    for (const [id, owner] of cometdAgents) {
      if (owner !== agent) continue;
      cometd.getServerSession(id)?.deliver(null, delivery.channel, delivery.data);
    }
  }

  /* ---------------------------------------- payloads ----------------------------------------- */

  const chatUri = (chat: SimChat) => `${apiBase}/chats/${chat.id}`;

  function chatResource(chat: SimChat, view: 'offer' | 'chatting-empty' | 'chatting' | 'completed'): ChatResource {
    const base = { id: chat.id, uri: chatUri(chat) };
    const participant = (p: { type: 'Agent' | 'Customer'; nickname: string; participantId: string }) => ({ type: p.type, nickname: p.nickname, participantId: p.participantId });
    switch (view) {
      case 'offer':
        // INFERRED: the offer's state name and content are not documented (reference §6.5, §11.2).
        return {
          state: 'Invited',
          capabilities: [...OFFER_CAPABILITIES],
          ...base,
          participants: [participant(chat.customer)],
          ...(Object.keys(chat.userData).length > 0 ? { userData: { ...chat.userData } } : {}),
        };
      case 'chatting-empty':
        return { state: 'Chatting', capabilities: [...CHATTING_CAPABILITIES], ...base, participants: [] };
      case 'chatting': {
        const participants = [];
        if (chat.agentParticipant) participants.push(participant(chat.agentParticipant));
        if (!chat.customerLeft) participants.push(participant(chat.customer));
        return { state: 'Chatting', capabilities: [...CHATTING_CAPABILITIES], ...base, participants };
      }
      case 'completed':
        return { state: 'Completed', ...base, participants: [] };
    }
  }

  function stateChange(notificationType: ChatStateChangeMessage['notificationType'], chat: ChatResource, referenceId?: number): Delivery {
    const data: ChatStateChangeMessage = {
      messageType: 'ChatStateChangeMessage',
      ...(referenceId === undefined ? {} : { referenceId }),
      notificationType,
      chat,
    };
    return { channel: CHATS_CHANNEL, data: data as unknown as JsonObject };
  }

  function messageLog(chat: SimChat, entries: TranscriptEntry[]): Delivery {
    const data: MessageLogUpdated = {
      messageType: 'MessageLogUpdated',
      notificationType: 'NewMessages',
      messages: model.agentEntries(entries),
      chatUri: chatUri(chat),
    };
    return { channel: CHATS_CHANNEL, data: data as unknown as JsonObject };
  }

  function offer(chat: SimChat, agent: Agent): void {
    log.info({ chat: chat.id, agent: agent.username }, 'chat offered');
    deliver(agent, stateChange('StatusChange', chatResource(chat, 'offer')));
  }

  function routeAndOffer(): void {
    for (const o of model.route()) offer(o.chat, o.agent);
  }

  /* -------------------------------------- HTTP plumbing -------------------------------------- */

  async function readBody(req: IncomingMessage): Promise<Buffer> {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > bodyLimit) {
      req.resume();
      throw new HttpError(413, { statusCode: 10, statusMessage: `Request body over ${bodyLimit} bytes` } as Json, { Connection: 'close' });
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > bodyLimit) tooLarge = true;
      else chunks.push(chunk);
      if (size > bodyLimit * 16) {
        req.destroy();
        break;
      }
    }
    if (tooLarge) throw new HttpError(413, { statusCode: 10, statusMessage: `Request body over ${bodyLimit} bytes` } as Json, { Connection: 'close' });
    return Buffer.concat(chunks);
  }

  async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
    const body = await readBody(req);
    const type = String(req.headers['content-type'] ?? '');
    if (!/^application\/json\b/i.test(type)) throw gwsError(415, 10, `Content-Type must be application/json (got ${type || 'none'})`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      throw gwsError(400, 10, 'Request body is not valid JSON');
    }
    if (!isObject(parsed)) throw gwsError(400, 10, 'Request body must be a JSON object');
    return parsed;
  }

  async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
    const body = await readBody(req);
    const type = String(req.headers['content-type'] ?? '');
    // GMS also takes multipart/form-data (S26); the simulator serves the url-encoded form only.
    if (!/^application\/x-www-form-urlencoded\b/i.test(type)) throw gmsError(415, `Content-Type must be application/x-www-form-urlencoded (got ${type || 'none'})`);
    return new URLSearchParams(body.toString('utf8'));
  }

  function send(res: ServerResponse, status: number, body: Json, headers: Record<string, string> = {}, done?: () => void): void {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8', 'Content-Length': Buffer.byteLength(text), ...headers });
    res.end(text, done);
  }

  function sendText(res: ServerResponse, status: number, text: string, contentType: string, headers: Record<string, string> = {}, done?: () => void): void {
    res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(text), ...headers });
    res.end(text, done);
  }

  /** Basic auth + JSESSIONID session + CSRF, as GWS does (S18). Returns the session and headers to add. */
  function authenticate(req: IncomingMessage, write: boolean): { session: HttpSession; headers: Record<string, string> } {
    const basic = parseBasic(req.headers.authorization);
    const agent = basic ? model.authenticate(basic.username, basic.password) : undefined;
    if (!agent) {
      // INFERRED: 401 with statusCode 20 (User not authenticated, S17).
      throw new HttpError(401, { statusCode: 20, statusMessage: 'User not authenticated' } as Json, { 'WWW-Authenticate': 'Basic realm="GWS"' });
    }
    const existing = model.sessions.get(parseCookies(req.headers.cookie).JSESSIONID ?? '');
    const enforce = csrf && !fault('csrf-not-enforced');
    if (write && enforce) {
      if (!existing || existing.agent !== agent || req.headers['x-csrf-token'] !== existing.csrfToken) {
        throw new HttpError(403, null, {}, CSRF_ERROR);
      }
    }
    const headers: Record<string, string> = {};
    let session = existing && existing.agent === agent ? existing : undefined;
    if (!session) {
      session = model.newSession(agent);
      headers['Set-Cookie'] = `JSESSIONID=${session.id}; Path=/; HttpOnly`;
    }
    if (csrf && !write) {
      headers['X-CSRF-HEADER'] = 'X-CSRF-TOKEN';
      headers['X-CSRF-TOKEN'] = session.csrfToken;
    }
    return { session, headers };
  }

  /**
   * cometd-nodejs-server finds a client's CometD sessions through its BAYEUX_BROWSER cookie only (a Java
   * CometD server, as in GWS, finds them by clientId). Clients that keep one cookie jar per agent, or
   * none, would look unknown; clients that share one jar across agents would look like one browser
   * with many sessions and be throttled. So the browser id is derived from the HTTP session instead.
   */
  function bindBrowser(req: IncomingMessage): void {
    const cookies = parseCookies(req.headers.cookie);
    if (!cookies.JSESSIONID) return;
    const browser = createHash('sha256').update(`browser:${cookies.JSESSIONID}`).digest('hex').slice(0, 32);
    const kept = Object.entries(cookies).filter(([name]) => name !== 'BAYEUX_BROWSER').map(([n, v]) => `${n}=${v}`);
    req.headers.cookie = [...kept, `BAYEUX_BROWSER=${browser}`].join('; ');
  }

  /* ---------------------------------------- GWS API ------------------------------------------ */

  async function gws(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams): Promise<void> {
    const method = req.method ?? 'GET';
    const write = method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
    const { session, headers } = authenticate(req, write);
    const agent = session.agent;
    const ok = (body: Json = { statusCode: 0 }, done?: () => void) => send(res, 200, body, headers, done);
    const parts = path.split('/').filter(Boolean); // api, v2, me, ...

    const route = parts.slice(2).join('/');
    if (route === 'me' && method === 'GET') {
      return ok({ statusCode: 0, user: { id: agent.userId, userName: agent.username, uri: `${apiBase}/users/${agent.userId}`, path: `/users/${agent.userId}` } });
    }
    if (route === 'me' && method === 'POST') {
      const body = await readJson(req);
      if (body.operationName === 'StartContactCenterSession') {
        const channels = body.channels;
        if (!Array.isArray(channels) || channels.length === 0 || !channels.every((c) => typeof c === 'string')) throw gwsError(400, 1, 'channels must list the channels to log in to');
        if (channels.includes('chat')) agent.chatChannel = true;
        return ok();
      }
      if (body.operationName === 'EndContactCenterSession') {
        agent.chatChannel = false;
        agent.ready = false;
        return ok();
      }
      throw operationError(body.operationName);
    }
    if (route === 'me/channels/chat' && method === 'POST') {
      const body = await readJson(req);
      if (body.operationName !== 'Ready' && body.operationName !== 'NotReady') throw operationError(body.operationName);
      if (!agent.chatChannel) throw gwsError(400, 2, 'The chat channel is not logged in: StartContactCenterSession with channels ["chat"] first');
      agent.ready = body.operationName === 'Ready';
      if (agent.ready) agent.readySince = Date.now();
      ok();
      if (agent.ready) routeAndOffer();
      return;
    }
    if (route === 'me/chats' && method === 'GET') {
      const mine = [...agent.chats];
      if (query.get('fields') === '*') return ok({ statusCode: 0, chats: mine.map((c) => snapshot(c)) as unknown as Json });
      return ok({ statusCode: 0, uris: mine.map((c) => chatUri(c)) });
    }
    if (parts.length === 5 && parts[2] === 'me' && parts[3] === 'chats') {
      const id = decodeURIComponent(parts[4]);
      if (method === 'GET') {
        const chat = model.chatForAgent(id, agent);
        if (!chat) throw gwsError(404, 6, `Chat ${id} not found`);
        return ok({ statusCode: 0, chat: snapshot(chat) as unknown as Json });
      }
      if (method === 'POST') return chatOperation(req, res, session, headers, id);
      throw gwsError(405, 3, `Method ${method} not allowed on this resource`);
    }
    throw gwsError(404, 6, `No resource ${path}`);
  }

  function snapshot(chat: SimChat): ChatResource {
    return chatResource(chat, chat.state === 'Invited' ? 'offer' : chat.state === 'Chatting' ? 'chatting' : 'completed');
  }

  function operationError(name: unknown): HttpError {
    if (name === undefined) return gwsError(400, 1, 'Required parameter operationName is missing');
    // INFERRED: an unknown operation is "invalid for the current state" (statusCode 2).
    return gwsError(400, 2, `Unsupported operationName ${JSON.stringify(name)}`);
  }

  async function chatOperation(req: IncomingMessage, res: ServerResponse, session: HttpSession, headers: Record<string, string>, id: string): Promise<void> {
    const agent = session.agent;
    const body = await readJson(req);
    const op = body.operationName;
    const ok = (done?: () => void) => send(res, 200, { statusCode: 0 }, headers, done);
    const notFound = () => gwsError(404, 6, `Chat ${id} not found`);

    if (op === 'Accept') {
      let chat = model.chatForAgent(id, agent);
      if (!chat && fault('other-agent-can-accept')) {
        const any = model.chats.get(id);
        if (any?.state === 'Invited') chat = any;
      }
      if (!chat) {
        // The fault is about ids that exist nowhere; a chat offered to someone else stays not found.
        if (fault('unknown-id-accepted') && !model.chats.has(id)) return ok();
        throw notFound();
      }
      let nickname = body.nickname;
      let errorAfterAccept: HttpError | undefined;
      if (nickname === undefined || nickname === '') {
        const missing = gwsError(400, 1, 'Required parameter nickname is missing');
        if (fault('missing-nickname-accepted')) nickname = agent.username;
        else if (fault('error-changes-state') && chat.state === 'Invited') {
          nickname = agent.username;
          errorAfterAccept = missing;
        } else throw missing;
      }
      if (typeof nickname !== 'string') throw gwsError(400, 10, 'nickname must be a string');
      if (body.saveLAR !== undefined && typeof body.saveLAR !== 'boolean') throw gwsError(400, 10, 'saveLAR must be true or false');
      if (chat.state !== 'Invited') {
        if (fault('second-accept-succeeds') && chat.agent === agent) return ok();
        throw gwsError(400, 2, `Chat ${id} cannot be accepted in state ${chat.state}`);
      }
      const referenceId = session.nextReferenceId++;
      model.accept(chat, agent, nickname, Date.now());
      const plan: AcceptPlan = {
        status: 200,
        body: { statusCode: 0 },
        notifications: [
          stateChange('StatusChange', chatResource(chat, 'chatting-empty'), referenceId),
          stateChange('ParticipantsUpdated', chatResource(chat, 'chatting'), referenceId),
          messageLog(chat, chat.entries),
        ],
        notifyBeforeResponse: false,
        later: [],
        leakToOthers: false,
      };
      if (errorAfterAccept) {
        plan.status = errorAfterAccept.status;
        plan.body = errorAfterAccept.body;
      }
      const ctx = { chatId: chat.id, otherChatId: model.newChatId(), apiBase, agentUserName: agent.username };
      for (const d of [...variantList, ...faultList]) d.transform?.(plan, ctx);
      log.info({ chat: chat.id, agent: agent.username, referenceId }, 'chat accepted');
      return executePlan(res, plan, agent, headers);
    }

    if (op === 'Reject') {
      const chat = model.chatForAgent(id, agent);
      if (!chat) throw notFound();
      if (chat.state !== 'Invited' || chat.offeredTo !== agent) throw gwsError(400, 2, `Chat ${id} cannot be rejected in state ${chat.state}`);
      const referenceId = session.nextReferenceId++;
      model.reject(chat, agent);
      ok(() => {
        deliver(agent, stateChange('StatusChange', chatResource(chat, 'completed'), referenceId));
        routeAndOffer();
      });
      return;
    }

    if (op === 'Complete') {
      const chat = model.chatForAgent(id, agent);
      if (!chat) throw notFound();
      if (chat.state !== 'Chatting' || chat.agent !== agent) throw gwsError(400, 2, `Chat ${id} cannot be completed in state ${chat.state}`);
      session.nextReferenceId++;
      model.complete(chat, Date.now());
      ok(() => {
        // As the Complete sample: no referenceId, no capabilities.
        deliver(agent, stateChange('StatusChange', chatResource(chat, 'completed')));
        routeAndOffer();
      });
      return;
    }

    if (op === 'SendMessage') {
      const chat = model.chatForAgent(id, agent);
      if (!chat) throw notFound();
      if (chat.state !== 'Chatting' || !chat.agentParticipant) throw gwsError(400, 2, `Chat ${id} is not in state Chatting`);
      if (typeof body.text !== 'string' || body.text === '') throw gwsError(400, 1, 'Required parameter text is missing');
      session.nextReferenceId++;
      const entry = model.addEntry(chat, 'Text', chat.agentParticipant, Date.now(), body.text);
      ok(() => deliver(agent, messageLog(chat, [entry])));
      return;
    }

    throw operationError(op);
  }

  /** The last Accept, for the concurrent-accepts-crossed fault. */
  let lastAccept: { agent: Agent; at: number } | undefined;

  function executePlan(res: ServerResponse, plan: AcceptPlan, agent: Agent, headers: Record<string, string>): void {
    const now = Date.now();
    const crossedTo = fault('concurrent-accepts-crossed') && lastAccept && lastAccept.agent !== agent && now - lastAccept.at < 250 ? lastAccept.agent : undefined;
    lastAccept = { agent, at: now };
    const notify = () => {
      for (const d of plan.notifications) {
        deliver(agent, d);
        if (crossedTo) deliver(crossedTo, structuredClone(d));
        if (plan.leakToOthers) for (const other of model.agents.values()) if (other !== agent) deliver(other, structuredClone(d));
      }
      for (const l of plan.later) later(l.delayMs, () => deliver(agent, l.delivery));
    };
    const respond = (after?: () => void) => {
      if (plan.rawBody) sendText(res, plan.status, plan.rawBody.text, plan.rawBody.contentType, headers, after);
      else send(res, plan.status, plan.body, headers, after);
    };
    if (plan.notifyBeforeResponse) {
      // Hold the response until the long-poll carrying the notifications has been answered.
      notify();
      later(100, () => respond());
    } else {
      respond(notify);
    }
  }

  /* ---------------------------------------- GMS API ------------------------------------------ */

  function gmsMessages(chat: SimChat, from: number): Json[] {
    return chat.entries
      .filter((e) => e.index >= from)
      .map((e) => ({
        from: { nickname: e.from.nickname, participantId: e.from.gmsId, type: e.from.type === 'Customer' ? 'Client' : 'Agent' },
        index: e.index,
        type: e.type === 'Text' ? 'Message' : e.type,
        ...(e.text === undefined ? {} : { text: e.text }),
        utcTime: e.at,
      }));
  }

  async function gms(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (req.method !== 'POST') throw gmsError(405, 'Use POST');
    const parts = path.split('/').filter(Boolean); // genesys, 2, chat, service, [chatId, action]
    const service = decodeURIComponent(parts[3] ?? '');
    if (!services.includes(service)) throw gmsError(404, `Unknown chat service ${JSON.stringify(service)}; served: ${services.join(', ')}`);
    const form = await readForm(req);

    if (parts.length === 4) {
      const first = form.get('firstName');
      const last = form.get('lastName');
      const nickname = form.get('nickname') || (first && last ? `${first} ${last}` : '');
      if (!nickname) throw gmsError(400, 'nickname (or firstName and lastName) is required');
      const userData: Record<string, string> = {};
      for (const [key, value] of form) {
        const m = /^userData\[(.+)\]$/.exec(key);
        if (m) userData[m[1]] = value;
      }
      const chat = model.createChat(service, nickname, form.get('subject') ?? undefined, userData, Date.now());
      registerSecret(chat.secrets.secureKey);
      registerSecret(chat.secrets.userId);
      log.info({ chat: chat.id, service }, 'chat requested');
      send(res, 200, { statusCode: 0, alias: chat.secrets.alias, userId: chat.secrets.userId, secureKey: chat.secrets.secureKey, messages: gmsMessages(chat, 1), chatId: chat.gmsChatId, nextPosition: chat.entries.length + 1 }, {}, routeAndOffer);
      return;
    }
    if (parts.length !== 6) throw gmsError(404, `No resource ${path}`);
    const chat = model.chatsByGmsId.get(decodeURIComponent(parts[4]));
    if (!chat || chat.serviceName !== service) throw gmsError(404, 'Chat not found');
    if (form.get('userId') !== chat.secrets.userId || form.get('secureKey') !== chat.secrets.secureKey || form.get('alias') !== chat.secrets.alias) {
      throw gmsError(403, 'userId, secureKey and alias do not match this chat');
    }
    const position = Number(form.get('transcriptPosition') ?? 1) || 1;
    const reply = (extra: JsonObject = {}, done?: () => void) =>
      send(res, 200, { statusCode: 0, messages: gmsMessages(chat, position), chatEnded: chat.customerLeft || chat.state === 'Completed', nextPosition: chat.entries.length + 1, ...extra }, {}, done);

    switch (parts[5]) {
      case 'refresh':
        return reply();
      case 'send': {
        const text = form.get('message');
        if (!text) throw gmsError(400, 'message is required');
        if (chat.customerLeft || chat.state === 'Completed') throw gmsError(400, 'The chat has ended');
        const entry = model.addEntry(chat, 'Text', chat.customer, Date.now(), text);
        return reply({}, () => {
          if (chat.state === 'Chatting' && chat.agent) deliver(chat.agent, messageLog(chat, [entry]));
        });
      }
      case 'disconnect': {
        if (chat.customerLeft) return reply();
        chat.customerLeft = true;
        const entry = model.addEntry(chat, 'ParticipantLeft', chat.customer, Date.now());
        const offeredTo = chat.offeredTo;
        const agent = chat.agent;
        const wasChatting = chat.state === 'Chatting';
        if (!wasChatting) model.complete(chat, Date.now());
        return reply({ chatEnded: true }, () => {
          if (wasChatting && agent) {
            deliver(agent, stateChange('ParticipantsUpdated', chatResource(chat, 'chatting')));
            deliver(agent, messageLog(chat, [entry]));
          } else if (offeredTo) {
            deliver(offeredTo, stateChange('StatusChange', chatResource(chat, 'completed')));
            routeAndOffer();
          }
        });
      }
      default:
        throw gmsError(404, `Unknown chat action ${JSON.stringify(parts[5])}`);
    }
  }

  /* ----------------------------------------- server ------------------------------------------ */

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://simulator.invalid');
    const path = url.pathname;
    log.debug({ method: req.method, path, headers: redactHeaders(req.headers) }, 'http request');
    try {
      if (path === NOTIFICATIONS_PATH || path.startsWith(`${NOTIFICATIONS_PATH}/`)) {
        const basic = parseBasic(req.headers.authorization);
        if (basic && !model.authenticate(basic.username, basic.password)) throw new HttpError(401, { statusCode: 20, statusMessage: 'User not authenticated' } as Json);
        bindBrowser(req);
        cometd.handle(req, res);
        return;
      }
      if (path.startsWith('/api/v2/')) return await gws(req, res, path, url.searchParams);
      if (path.startsWith('/genesys/2/chat/')) return await gms(req, res, path);
      throw new HttpError(404, { statusCode: 6, statusMessage: `No resource ${path}` } as Json);
    } catch (err) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (err instanceof HttpError) {
        if (err.text !== undefined) sendText(res, err.status, err.text, 'text/plain;charset=UTF-8', err.headers);
        else send(res, err.status, err.body, err.headers);
        log.debug({ status: err.status, path }, 'http error');
        return;
      }
      log.error({ err: err instanceof Error ? err.message : String(err), path }, 'internal error');
      send(res, 500, { statusCode: 4, statusMessage: 'Internal error' });
    }
  }

  const server: Server = createServer((req, res) => {
    void handle(req, res);
  });
  server.requestTimeout = 60_000;
  server.headersTimeout = 30_000;
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const baseUrl = `http://${host}:${address.port}`;
  apiBase = `${baseUrl}/api/v2`;
  log.info({ baseUrl, faults: options.faults ?? [], variants: options.variants ?? [] }, 'simulator started');

  let stopped: Promise<void> | undefined;
  return {
    baseUrl,
    apiBase,
    notificationsUrl: `${baseUrl}${NOTIFICATIONS_PATH}`,
    gmsBase: `${baseUrl}/genesys/2/chat`,
    services: [...services],
    agents: accounts.map((a) => ({ ...a })),
    faults: faultList.map((f) => f.name),
    variants: variantList.map((v) => v.name),
    csrf,
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        cometd.close();
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
      return stopped;
    },
  };
}
