/**
 * One agent's CometD session with the real `cometd` client and `cometd-nodejs-client`.
 *
 * - The transport is set explicitly (long-polling by default), so the client never tries one transport,
 *   fails, and reports that failure to the handshake callback before falling back.
 * - cometd-nodejs-client keeps the cookies a server sets in one jar per process and host, shared by all
 *   clients. Each session gets its own jar (the transport context's cookieStore) holding its agent's
 *   JSESSIONID, so several agents in one process never share a session cookie (nor BAYEUX_BROWSER).
 * - Every message delivered to the client on a non-meta channel is recorded, whatever its channel: a
 *   notification on a wrong channel is evidence too.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { CometD, type Message } from 'cometd';
import { adapt } from 'cometd-nodejs-client';
import { WebSocket as NodeWebSocket } from 'ws';
import type { BayeuxEvent } from '../contract/generated/payloads.ts';
import { type TranscriptRecorder, TransportError } from '../evidence/transcript.ts';
import { websocketPreflight } from './websocket-preflight.ts';

/**
 * The headers of the session whose code is running. cometd-nodejs-client's WebSocket (plain `ws`) sends
 * no cookies, and the CometD client creates its sockets through one global constructor, sometimes from
 * timers (reconnects). Each session runs its CometD calls inside this store, which Node carries through
 * every timer and callback they schedule, so each socket gets its own agent's Cookie and credentials.
 */
const socketHeaders = new AsyncLocalStorage<Record<string, string>>();

class HeaderWebSocket extends NodeWebSocket {
  constructor(url: string, protocols?: string | string[]) {
    super(url, protocols, { headers: socketHeaders.getStore() ?? {} });
  }
}

/**
 * Sessions that probe the server (a handshake it must refuse) run in this store: the CometD client's
 * warnings about the refusal it was meant to get ("Could not negotiate transport") are not printed.
 */
const probing = new AsyncLocalStorage<boolean>();

/** Endpoints whose refused WebSocket upgrade was said already: once per endpoint and process. */
const announced = new Set<string>();

let adapted = false;
function ensureAdapted(): void {
  if (!adapted) {
    adapt();
    const window = (globalThis as unknown as { window: { WebSocket: unknown; console: Console } }).window;
    window.WebSocket = HeaderWebSocket;
    // The CometD client logs through window.console, each retry of a failed transport again ("Could
    // not negotiate transport", thirty times): quiet. The session records and reports what failed, once.
    const real = window.console ?? console;
    window.console = new Proxy(real, {
      get: (target, key) => (typeof target[key as keyof Console] === 'function' ? () => undefined : target[key as keyof Console]),
    });
    adapted = true;
  }
}

export type CometdTransport = 'long-polling' | 'websocket';

export interface CometdSessionOptions {
  /** CometD endpoint, e.g. http://host:8080/api/v2/notifications */
  url: string;
  /** The agent's session cookie, e.g. JSESSIONID=... */
  cookie?: string;
  /** Extra request headers (Authorization, CSRF header). */
  headers?: Record<string, string>;
  transport?: CometdTransport;
  actor: string;
  recorder?: TranscriptRecorder;
  timeoutMs?: number;
}

/** Bayeux meta failures are circular objects: keep only what can be printed. */
function describeFailure(message: Message): string {
  const parts: string[] = [];
  if (message.error) parts.push(`error ${String(message.error)}`);
  const failure = (message as { failure?: { reason?: unknown; httpCode?: unknown; exception?: { message?: unknown } } }).failure;
  if (failure?.httpCode) parts.push(`HTTP ${String(failure.httpCode)}`);
  if (failure?.reason) parts.push(String(failure.reason));
  if (failure?.exception?.message) parts.push(String(failure.exception.message));
  return parts.join(', ') || 'unsuccessful';
}

export class CometdSession {
  private readonly cometd: CometD;
  private closed = false;
  private handshaken = false;
  /** Headers of this session's WebSocket upgrade requests (websocket transport). */
  private upgradeHeaders: Record<string, string> = {};
  /** Why the connection broke, once it has. */
  broken: string | undefined;

  /** Runs CometD client calls in this session's context (see socketHeaders above). */
  private within<T>(fn: () => T): T {
    return socketHeaders.run(this.upgradeHeaders, fn);
  }

  private constructor(private readonly options: CometdSessionOptions) {
    ensureAdapted();
    this.cometd = new CometD(options.actor);
    const transport = options.transport ?? 'long-polling';
    for (const type of this.cometd.getTransportTypes()) if (type !== transport) this.cometd.unregisterTransport(type);
    if (this.cometd.getTransportTypes().length !== 1) throw new Error(`CometD transport ${transport} is not available`);
    this.upgradeHeaders = { ...(options.headers ?? {}), ...(options.cookie ? { Cookie: options.cookie } : {}) };
    const host = new URL(options.url).hostname;
    const jar: Record<string, string> = {};
    if (options.cookie) {
      for (const pair of options.cookie.split(';')) {
        const eq = pair.indexOf('=');
        if (eq > 0) jar[pair.slice(0, eq).trim()] = pair.trim();
      }
    }
    const lp = this.cometd.findTransport(transport) as unknown as { context?: unknown };
    lp.context = { cookieStore: { [host]: jar } };
    this.cometd.configure({
      url: options.url,
      requestHeaders: options.headers ?? {},
      maxNetworkDelay: options.timeoutMs ?? 10_000,
      logLevel: 'warn',
    });
    this.cometd.addListener('/**', (message) => this.record(message));
    // The connection after the handshake, as transport events in the transcript: lost (a long-poll or
    // the socket failed: what was in flight may be gone), restored (the client reconnected), a
    // re-handshake (the server forgot the session: the subscriptions are gone) and the resubscription.
    // The judges read them: evidence that may have been lost in the window makes the run INCONCLUSIVE.
    this.cometd.addListener('/meta/connect', (message) => {
      if (this.closed || !this.handshaken) return;
      if (message.successful === false && !this.broken) {
        this.broken = describeFailure(message);
        this.transportEvent('lost', `CometD connection lost: ${this.broken}`);
      } else if (message.successful === true && this.broken && !this.resubscribing) {
        this.transportEvent('restored', 'CometD connection restored');
        this.broken = undefined;
      }
    });
    this.cometd.addListener('/meta/handshake', (message) => {
      const reestablish = (message as { reestablish?: boolean }).reestablish;
      if (this.closed || !this.handshaken || !message.successful || !reestablish) return;
      this.broken ??= 'the server asked for a new handshake';
      this.transportEvent('rehandshake', 'CometD re-handshake: the server no longer knew the session; subscriptions are renewed');
      this.resubscribing = true;
      const channels = [...this.channels];
      let pending = channels.length;
      for (const channel of channels)
        this.within(() =>
          this.cometd.subscribe(
            channel,
            () => undefined,
            (reply) => {
              if (reply.successful) this.transportEvent('resubscribed', `CometD resubscribed to ${channel}`, { channel });
              if (--pending === 0 && reply.successful) {
                this.resubscribing = false;
                this.broken = undefined;
              }
            },
          ),
        );
    });
  }

  /** Channels this session subscribed to: renewed after a re-handshake. */
  private readonly channels = new Set<string>();
  private resubscribing = false;

  private transportEvent(
    event: 'lost' | 'restored' | 'rehandshake' | 'resubscribed',
    text: string,
    data: Record<string, unknown> = {},
  ): void {
    this.options.recorder?.note(text, this.options.actor, { transportEvent: event, ...data });
  }

  private record(message: Message): void {
    const channel = String(message.channel);
    if (channel.startsWith('/meta/')) return;
    const event: BayeuxEvent = {
      kind: 'bayeux',
      actor: this.options.actor,
      at: this.options.recorder?.now() ?? 0,
      channel,
      // The recorder redacts, which also copies: the client's object is never kept.
      message: message as unknown as Record<string, unknown>,
    };
    this.options.recorder?.record(event);
  }

  private who(): string {
    return `agent ${this.options.actor}`;
  }

  /** The settings a failed handshake points at. */
  private check(): string {
    const path = new URL(this.options.url).pathname;
    return `check GWS_COMETD_PATH (${path}) and GWS_COMETD_TRANSPORT (${this.options.transport ?? 'long-polling'})`;
  }

  /**
   * Handshakes; rejects with TransportError naming the cause when the server refuses or cannot be
   * reached. Over WebSocket, a plain upgrade first says what the server does: refused (not for the
   * credentials), the session falls back to long-polling, recorded and said once per endpoint.
   */
  static async open(options: CometdSessionOptions): Promise<CometdSession> {
    let opts = options;
    if (options.transport === 'websocket') {
      const headers = { ...(options.headers ?? {}), ...(options.cookie ? { Cookie: options.cookie } : {}) };
      const pre = await websocketPreflight(options.url, headers, options.timeoutMs ?? 10_000);
      if (!pre.ok && !pre.fallBack) {
        options.recorder?.note(`CometD over WebSocket: ${pre.why}`, options.actor, { transportEvent: 'upgrade-failed' });
        throw new TransportError(
          `agent ${options.actor}: ${pre.why}: check GWS_COMETD_PATH and the agent's credentials, or set GWS_COMETD_TRANSPORT=long-polling`,
          'handshake',
        );
      }
      if (!pre.ok) {
        options.recorder?.note(`CometD over WebSocket: ${pre.why}; fell back to long-polling`, options.actor, {
          transportEvent: 'fallback',
          transport: 'long-polling',
        });
        if (!announced.has(options.url)) {
          announced.add(options.url);
          console.log(`CometD: ${pre.why}; using long-polling (set GWS_COMETD_TRANSPORT=long-polling to skip the attempt)`);
        }
        opts = { ...options, transport: 'long-polling' };
      }
    }
    const session = new CometdSession(opts);
    await session.handshake();
    return session;
  }

  private handshake(): Promise<void> {
    const timeoutMs = this.options.timeoutMs ?? 10_000;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.within(() => this.cometd.disconnect());
        reject(
          new TransportError(
            `${this.who()}: CometD handshake at ${this.options.url} did not complete within ${timeoutMs} ms: ${this.check()}`,
            'handshake',
          ),
        );
      }, timeoutMs);
      this.within(() =>
        this.cometd.handshake((reply) => {
          clearTimeout(timer);
          if (reply.successful) {
            this.handshaken = true;
            this.options.recorder?.note('CometD handshake successful', this.options.actor, {
              transport: this.options.transport ?? 'long-polling',
            });
            resolve();
          } else {
            const why = describeFailure(reply);
            // The server's own refusal (a Bayeux error, or an HTTP status), not the lack of an answer.
            const failure = (reply as { failure?: { httpCode?: unknown } }).failure;
            const answered = reply.error !== undefined || (typeof failure?.httpCode === 'number' && failure.httpCode > 0);
            // Evidence of the reply; the caller records the failure (once) from the error.
            this.options.recorder?.note(`CometD handshake failed: ${why}`, this.options.actor);
            this.within(() => this.cometd.disconnect());
            reject(
              new TransportError(
                `${this.who()}: CometD handshake at ${this.options.url} failed (${why}): ${this.check()}`,
                'handshake',
                answered,
              ),
            );
          }
        }),
      );
    });
  }

  /** Subscribes and waits for the server's confirmation. */
  subscribe(channel: string): Promise<void> {
    const timeoutMs = this.options.timeoutMs ?? 10_000;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new TransportError(
              `${this.who()}: CometD subscription to ${channel} not confirmed within ${timeoutMs} ms: ${this.check()}`,
              'subscribe',
            ),
          ),
        timeoutMs,
      );
      this.within(() =>
        this.cometd.subscribe(
          channel,
          () => {
            // messages are recorded by the /** listener
          },
          (reply) => {
            clearTimeout(timer);
            if (reply.successful) {
              this.channels.add(channel);
              this.options.recorder?.note(`subscribed to ${channel}`, this.options.actor);
              resolve();
            } else {
              const why = describeFailure(reply);
              this.options.recorder?.note(`CometD subscription to ${channel} failed: ${why}`, this.options.actor);
              reject(
                new TransportError(
                  `${this.who()}: CometD subscription to ${channel} refused (${why}): the agent's session must be allowed to subscribe to its own /v2/me/ channels`,
                  'subscribe',
                ),
              );
            }
          },
        ),
      );
    });
  }

  get clientId(): string | null {
    return this.cometd.getClientId();
  }

  /**
   * Publishes `data` on `channel` and resolves with the server's answer, never rejecting: a probe of a
   * server that must not let clients publish on its /v2/me/... topics.
   */
  publish(channel: string, data: Record<string, unknown>): Promise<{ successful: boolean; why?: string }> {
    const timeoutMs = this.options.timeoutMs ?? 10_000;
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve({ successful: false, why: `no answer within ${timeoutMs} ms` }), timeoutMs);
      this.within(() =>
        this.cometd.publish(channel, data, (reply) => {
          clearTimeout(timer);
          resolve(reply.successful ? { successful: true } : { successful: false, why: describeFailure(reply) });
        }),
      );
    });
  }

  /**
   * Tries a handshake the server must refuse (a probe: no session, a wrong password) and says how it
   * went, never rejecting; a session that did open is closed at once.
   */
  static probeHandshake(options: CometdSessionOptions): Promise<{ successful: boolean; why?: string; answered?: boolean }> {
    return probing.run(true, async () => {
      if (options.transport === 'websocket') {
        const headers = { ...(options.headers ?? {}), ...(options.cookie ? { Cookie: options.cookie } : {}) };
        const pre = await websocketPreflight(options.url, headers, options.timeoutMs ?? 10_000);
        if (!pre.ok && !pre.fallBack) return { successful: false, why: pre.why };
        if (!pre.ok) options = { ...options, transport: 'long-polling' };
      }
      const session = new CometdSession({ ...options, recorder: undefined });
      try {
        await session.handshake();
        return { successful: true };
      } catch (err) {
        // No answer (a timeout, a transport failure) is not a refusal: the check cannot tell.
        const answered = err instanceof TransportError && err.answered;
        return { successful: false, why: err instanceof Error ? err.message : String(err), answered };
      } finally {
        await session.close();
      }
    });
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.closed = true;
    // Never handshaken: there is no session to disconnect, and no answer to wait for.
    if (!this.handshaken) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, 2000);
      this.within(() =>
        this.cometd.disconnect(() => {
          clearTimeout(timer);
          resolve();
        }),
      );
    });
  }
}
