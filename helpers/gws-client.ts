/**
 * The GWS agent-side HTTP client: HTTP Basic credentials on every request, the JSESSIONID cookie of
 * the HTTP session, and the CSRF token (read from X-CSRF-HEADER / X-CSRF-TOKEN on a GET, echoed on
 * every write), as the CSRF Protection page (S18) describes. Every exchange goes to the recorder,
 * redacted.
 */
import type { AcceptRequest, AgentOperationRequest, ChatOperationRequest, HttpEvent } from './generated/payloads.ts';
import { redactHeaders, registerSecret } from './redact.ts';
import { TransportError, type TranscriptRecorder } from './transcript.ts';

export interface Credentials {
  username: string;
  password: string;
}

export interface HttpResult {
  status: number;
  headers: Headers;
  /** Parsed JSON body, or the text when it is not JSON (undefined when empty). */
  body: unknown;
  text: string;
}

export interface RequestOptions {
  /** Send the CSRF token on a write (default true). */
  csrf?: boolean;
  /** Send the Basic credentials (default true). */
  auth?: boolean;
  /** Send the JSESSIONID cookie (default true). */
  cookie?: boolean;
  /** Send this text as the body instead of JSON.stringify(body). */
  rawBody?: string;
  contentType?: string;
  timeoutMs?: number;
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export class GwsClient {
  jsessionid?: string;
  csrfHeaderName?: string;
  csrfToken?: string;

  constructor(
    readonly baseUrl: string,
    private readonly credentials: Credentials,
    private readonly recorder?: TranscriptRecorder,
    readonly actor: string = credentials.username,
    readonly defaultTimeoutMs = 15_000,
  ) {
    registerSecret(credentials.password, 'permanent');
  }

  get username(): string {
    return this.credentials.username;
  }

  authorization(): string {
    return `Basic ${Buffer.from(`${this.credentials.username}:${this.credentials.password}`).toString('base64')}`;
  }

  /** The Cookie header value of this agent's HTTP session (for its CometD client). */
  cookieHeader(): string | undefined {
    return this.jsessionid ? `JSESSIONID=${this.jsessionid}` : undefined;
  }

  /** Headers the agent's CometD requests carry: credentials, session cookie, CSRF token. */
  cometdHeaders(): Record<string, string> {
    const headers: Record<string, string> = { Authorization: this.authorization() };
    if (this.csrfHeaderName && this.csrfToken) headers[this.csrfHeaderName] = this.csrfToken;
    return headers;
  }

  async request(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<HttpResult> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (options.auth !== false) headers.Authorization = this.authorization();
    if (options.cookie !== false && this.jsessionid) headers.Cookie = `JSESSIONID=${this.jsessionid}`;
    const write = method !== 'GET' && method !== 'HEAD';
    if (write && options.csrf !== false && this.csrfHeaderName && this.csrfToken) headers[this.csrfHeaderName] = this.csrfToken;
    let payload: string | undefined;
    if (options.rawBody !== undefined) payload = options.rawBody;
    else if (body !== undefined) payload = JSON.stringify(body);
    if (payload !== undefined) headers['Content-Type'] = options.contentType ?? 'application/json';

    const event: HttpEvent = {
      kind: 'http',
      actor: this.actor,
      at: this.recorder?.now() ?? 0,
      request: { method, path, headers: redactHeaders(headers), ...(payload === undefined ? {} : { body: body ?? payload }) },
    };
    let response: Response;
    let text: string;
    try {
      response = await fetch(new URL(path, this.baseUrl), {
        method,
        headers,
        body: payload,
        signal: AbortSignal.timeout(options.timeoutMs ?? this.defaultTimeoutMs),
      });
      text = await response.text();
    } catch (err) {
      const cause = err instanceof Error ? `${err.name}: ${err.message}${err.cause instanceof Error ? ` (${err.cause.message})` : ''}` : String(err);
      event.durationMs = (this.recorder?.now() ?? 0) - event.at;
      event.error = cause;
      this.recorder?.record(event);
      throw new TransportError(`${method} ${path} got no response: ${cause}`, `${method} ${path}`);
    }
    this.remember(response.headers);
    const parsed = parseBody(text);
    event.durationMs = (this.recorder?.now() ?? 0) - event.at;
    event.response = { status: response.status, headers: redactHeaders(Object.fromEntries(response.headers)), ...(parsed === undefined ? {} : { body: parsed }) };
    this.recorder?.record(event);
    return { status: response.status, headers: response.headers, body: parsed, text };
  }

  private remember(headers: Headers): void {
    for (const cookie of headers.getSetCookie()) {
      const m = /^JSESSIONID=([^;]+)/.exec(cookie);
      if (m) {
        this.jsessionid = m[1];
        registerSecret(m[1]);
      }
    }
    const name = headers.get('x-csrf-header');
    if (name) {
      this.csrfHeaderName = name;
      const token = headers.get(name);
      if (token) {
        this.csrfToken = token;
        registerSecret(token);
      }
    }
  }

  /** GET /api/v2/me: opens the HTTP session and picks up the CSRF token. */
  async login(): Promise<HttpResult> {
    return this.request('GET', '/api/v2/me');
  }

  async agentOperation(path: '/api/v2/me' | '/api/v2/me/channels/chat', body: AgentOperationRequest): Promise<HttpResult> {
    return this.request('POST', path, body);
  }

  async startContactCenterSession(channels: string[] = ['chat']): Promise<HttpResult> {
    return this.agentOperation('/api/v2/me', { operationName: 'StartContactCenterSession', channels });
  }

  async endContactCenterSession(): Promise<HttpResult> {
    return this.agentOperation('/api/v2/me', { operationName: 'EndContactCenterSession' });
  }

  async setChatReady(ready: boolean): Promise<HttpResult> {
    return this.agentOperation('/api/v2/me/channels/chat', { operationName: ready ? 'Ready' : 'NotReady' });
  }

  async accept(chatId: string, body: AcceptRequest, options?: RequestOptions): Promise<HttpResult> {
    return this.request('POST', `/api/v2/me/chats/${encodeURIComponent(chatId)}`, body, options);
  }

  async chatOperation(chatId: string, body: ChatOperationRequest, options?: RequestOptions): Promise<HttpResult> {
    return this.request('POST', `/api/v2/me/chats/${encodeURIComponent(chatId)}`, body, options);
  }

  async getChat(chatId: string): Promise<HttpResult> {
    return this.request('GET', `/api/v2/me/chats/${encodeURIComponent(chatId)}`);
  }
}
