/**
 * An agent brought online the documented way (reference §10): GET /api/v2/me (session cookie, CSRF
 * token), StartContactCenterSession with the chat channel, CometD handshake at /api/v2/notifications
 * carrying the session, subscription to /v2/me/chats *before* anything is triggered, then Ready.
 */

import { CHATS_CHANNEL, NOTIFICATIONS_PATH } from '../contract/endpoints.ts';
import type { BayeuxEvent, ChatStateChangeMessage, TranscriptEvent } from '../contract/generated/payloads.ts';
import { isOfferData } from '../contract/offer.ts';
import { type TranscriptRecorder, TransportError } from '../evidence/transcript.ts';
import { CometdSession, type CometdTransport } from './cometd-session.ts';
import { answeredJson, whatAnswered } from './failure.ts';
import { type Credentials, GwsClient, type HttpResult, targetUrl } from './gws-client.ts';

export interface AgentOptions {
  baseUrl: string;
  credentials: Credentials;
  recorder: TranscriptRecorder;
  /** Label in the transcript (default: the user name). */
  actor?: string;
  notificationsPath?: string;
  transport?: CometdTransport;
  /** Go Ready on the chat channel (default true). */
  ready?: boolean;
  timeoutMs?: number;
}

export interface OnlineAgent {
  actor: string;
  http: GwsClient;
  cometd: CometdSession;
  close(): Promise<void>;
}

/** A step of bringing an agent online, and what to check when the target refuses it. */
const STEPS = {
  login: { what: 'login (GET /api/v2/me)', check: 'check its user name and password in GWS_AGENTS' },
  session: {
    what: 'StartContactCenterSession with the chat channel',
    check: 'the account needs the chat channel (feature api-multimedia) and a place or defaults that let it log in (GWS_AGENTS)',
  },
  ready: { what: 'Ready on the chat channel', check: 'the account must be allowed to go Ready on the chat channel (GWS_AGENTS)' },
} as const;

export function expectOk(actor: string, step: keyof typeof STEPS, result: HttpResult, url: URL): void {
  const code = (result.body as { statusCode?: unknown } | undefined)?.statusCode;
  if (result.status === 200 && code === 0) return;
  const s = STEPS[step];
  // One cause per message: something that is not the GWS API answered, or GWS refused the credentials,
  // or GWS refused the step.
  if (!answeredJson(result) || result.status === 404)
    throw new TransportError(
      `agent ${actor}: ${s.what} answered ${whatAnswered(result)}: ${url.origin}${url.pathname} does not serve the GWS API: check GWS_BASE_URL (the server's base URL, with the path prefix it is served under, if any)`,
      s.what,
    );
  const check = step === 'login' && result.status === 401 ? `the credentials were refused: ${s.check}` : s.check;
  throw new TransportError(
    `agent ${actor}: ${s.what} failed (HTTP ${result.status}, body ${JSON.stringify(result.body)?.slice(0, 200)}): ${check}`,
    s.what,
  );
}

export async function bringOnline(options: AgentOptions): Promise<OnlineAgent> {
  const actor = options.actor ?? options.credentials.username;
  const http = new GwsClient(options.baseUrl, options.credentials, options.recorder, actor, options.timeoutMs);
  expectOk(actor, 'login', await http.login(), targetUrl(options.baseUrl, '/api/v2/me'));
  expectOk(actor, 'session', await http.startContactCenterSession(['chat']), targetUrl(options.baseUrl, '/api/v2/me'));
  const cometd = await CometdSession.open({
    url: targetUrl(options.baseUrl, options.notificationsPath ?? NOTIFICATIONS_PATH).href,
    cookie: http.cookieHeader(),
    headers: http.cometdHeaders(),
    transport: options.transport,
    actor,
    recorder: options.recorder,
    timeoutMs: options.timeoutMs,
  });
  try {
    await cometd.subscribe(CHATS_CHANNEL);
    if (options.ready !== false)
      expectOk(actor, 'ready', await http.setChatReady(true), targetUrl(options.baseUrl, '/api/v2/me/channels/chat'));
  } catch (err) {
    await cometd.close();
    throw err;
  }
  return {
    actor,
    http,
    cometd,
    async close() {
      await cometd.close();
    },
  };
}

/** The data of a ChatStateChangeMessage event, or undefined. */
export function stateChangeOf(e: TranscriptEvent): ChatStateChangeMessage | undefined {
  if (e.kind !== 'bayeux') return undefined;
  const data = (e.message as { data?: unknown }).data as Partial<ChatStateChangeMessage> | undefined;
  return data?.messageType === 'ChatStateChangeMessage' && typeof data.chat === 'object' && data.chat !== null
    ? (data as ChatStateChangeMessage)
    : undefined;
}

/** Is this event an offer (a StatusChange whose capabilities include Accept) to `actor`? */
export function isOfferTo(actor: string) {
  return (e: TranscriptEvent): e is BayeuxEvent => {
    const data = stateChangeOf(e);
    return e.kind === 'bayeux' && e.actor === actor && e.channel === CHATS_CHANNEL && isOfferData(data);
  };
}

/**
 * Waits for the next chat offer to `agent` and returns the offered chat id. `ours`: which chats may be
 * the run's (side by side on one GMS service, a chat another run was offered is never this run's).
 */
export async function awaitOffer(
  recorder: TranscriptRecorder,
  actor: string,
  timeoutMs: number,
  from = 0,
  ours: (chatId: string) => boolean = () => true,
): Promise<string> {
  const offerTo = isOfferTo(actor);
  const offer = await recorder.waitFor(
    (e): e is BayeuxEvent => offerTo(e) && ours(stateChangeOf(e)!.chat.id),
    `a chat offer to ${actor} on ${CHATS_CHANNEL}`,
    timeoutMs,
    from,
  );
  return stateChangeOf(offer)!.chat.id;
}
