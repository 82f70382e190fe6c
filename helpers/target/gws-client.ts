/**
 * The GWS agent-side HTTP client: HTTP Basic credentials on every request, the JSESSIONID cookie of
 * the HTTP session, and the CSRF token (read from X-CSRF-HEADER / X-CSRF-TOKEN on a GET, echoed on
 * every write), as the CSRF Protection page (S18) describes. Every exchange goes to the recorder,
 * redacted.
 */
import type { AcceptRequest, AgentOperationRequest, ChatOperationRequest } from '../contract/generated/payloads.ts';
import { registerSecret } from '../evidence/redact.ts';
import type { TranscriptRecorder } from '../evidence/transcript.ts';
import { type RecordedResponse, recordedFetch } from './recorded-fetch.ts';

export interface Credentials {
  username: string;
  password: string;
}

export type HttpResult = RecordedResponse;

/**
 * A path of the GWS API under the base URL, path prefix included: https://host/gws + /api/v2/me is
 * https://host/gws/api/v2/me (where new URL(path, base) would drop the prefix).
 */
export function targetUrl(baseUrl: string, path: string): URL {
  return new URL(`${baseUrl.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`);
}

export interface RequestOptions {
  /** Send the CSRF token on a write (default true). */
  csrf?: boolean;
  /** Send the Basic credentials (default true). */
  auth?: boolean;
  /** Send the JSESSIONID cookie (default true). */
  cookie?: boolean;
  /** Send this password instead of the agent's (a probe of the server's authentication). */
  password?: string;
  /** Send this user name instead of the agent's (a probe of the server's authentication). */
  username?: string;
  /** Send this CSRF token instead of the session's (a probe of the server's CSRF protection). */
  csrfToken?: string;
  /** Send this text as the body instead of JSON.stringify(body). */
  rawBody?: string;
  contentType?: string;
  timeoutMs?: number;
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

  /** The Basic Authorization header value, with the agent's password or another (a probe's), and user name. */
  authorization(password = this.credentials.password, username = this.credentials.username): string {
    return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
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
    if (options.auth !== false) headers.Authorization = this.authorization(options.password, options.username);
    if (options.cookie !== false && this.jsessionid) headers.Cookie = `JSESSIONID=${this.jsessionid}`;
    const write = method !== 'GET' && method !== 'HEAD';
    const token = options.csrfToken ?? this.csrfToken;
    if (write && options.csrf !== false && this.csrfHeaderName && token) headers[this.csrfHeaderName] = token;
    let payload: string | undefined;
    if (options.rawBody !== undefined) payload = options.rawBody;
    else if (body !== undefined) payload = JSON.stringify(body);
    if (payload !== undefined) headers['Content-Type'] = options.contentType ?? 'application/json';

    return recordedFetch(this.recorder, {
      actor: this.actor,
      method,
      url: targetUrl(this.baseUrl, path),
      headers,
      payload,
      recordedBody: body,
      timeoutMs: options.timeoutMs ?? this.defaultTimeoutMs,
      label: `${method} ${path}`,
      step: `${method} ${path}`,
      setting: 'GWS_BASE_URL',
      beforeRecord: (responseHeaders) => this.remember(responseHeaders),
    });
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

  /** The agent's chats, each as a whole resource (`fields=*`: a collection GET otherwise lists their URIs). */
  async listChats(): Promise<HttpResult> {
    return this.request('GET', '/api/v2/me/chats?fields=*');
  }
}
