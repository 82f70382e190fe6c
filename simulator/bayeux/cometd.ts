/**
 * The Bayeux backend on cometd-nodejs-server (long-polling only: that package has no WebSocket
 * transport), with the bridge's rules (bridge.ts): handshake only with an authenticated HTTP session,
 * subscriptions to the agent's own /v2/me/... channels, no client publishes, per-agent delivery.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { performance } from 'node:perf_hooks';
import cometdServerModule, { type CometDServer, type ServerMessage, type ServerSession } from 'cometd-nodejs-server';
import { redact } from '../../helpers/evidence/redact.ts';
import { HttpError, parseCookies } from '../http.ts';
import type { Agent } from '../model.ts';
import type { Json } from '../operations/plan.ts';
import { type CometdAuth, cometdCredentialsOk, handshakeAgent } from '../sessions.ts';
import type { BayeuxBridge, BayeuxOptions } from './bridge.ts';

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
  const kept = Object.entries(cookies)
    .filter(([name]) => name !== 'BAYEUX_BROWSER')
    .map(([n, v]) => `${n}=${v}`);
  req.headers.cookie = [...kept, `BAYEUX_BROWSER=${browser}`].join('; ');
}

export function cometdBackend({ model, log, stamp, on }: BayeuxOptions): BayeuxBridge {
  const auth: CometdAuth = { sessionDecides: on('other-open-choices'), passwordUnchecked: on('handshake-password-unchecked') };
  // CommonJS module without named ESM exports: take createCometDServer from its default export.
  const cometd: CometDServer = cometdServerModule.createCometDServer({ timeout: 20_000, maxInterval: 30_000 });
  /** CometD session id → agent. */
  const cometdAgents = new Map<string, Agent>();

  cometd.policy = {
    canHandshake(session: ServerSession, _message: ServerMessage, callback: (error?: Error, result?: boolean) => void) {
      // Only an authenticated HTTP session (JSESSIONID) may open a CometD session.
      const agent = handshakeAgent(model, (cometd.context as { request?: IncomingMessage }).request, auth);
      if (!agent && on('handshake-anonymous')) {
        callback(undefined, true); // a session that belongs to no agent
        return;
      }
      if (!agent) {
        log.info('cometd handshake refused: no authenticated HTTP session');
        callback(undefined, false);
        return;
      }
      cometdAgents.set(session.id, agent);
      session.addListener('removed', () => cometdAgents.delete(session.id));
      callback(undefined, true);
    },
    canSubscribe(
      session: ServerSession,
      _message: ServerMessage,
      channel: { name: string },
      callback: (error?: Error, result?: boolean) => void,
    ) {
      callback(undefined, cometdAgents.has(session.id) && channel.name.startsWith('/v2/me/'));
    },
    canPublish(
      _session: ServerSession,
      _message: ServerMessage,
      channel: { name: string },
      callback: (error?: Error, result?: boolean) => void,
    ) {
      // GWS topics are server-to-client only. Fault client-publish-broadcast: a client's publish on a
      // /v2/me/ channel goes to every subscriber of that channel name, other agents included.
      callback(undefined, on('client-publish-broadcast') && channel.name.startsWith('/v2/me/'));
    },
  };
  cometd.addExtension({
    incoming(_server: CometDServer, session: ServerSession, message: ServerMessage, callback: (error?: Error, result?: boolean) => void) {
      log.debug({ bayeux: redact(message), session: session?.id }, 'bayeux in');
      callback(undefined, true);
    },
    outgoing(
      _server: CometDServer,
      _sender: ServerSession,
      session: ServerSession,
      message: ServerMessage,
      callback: (error?: Error, result?: boolean) => void,
    ) {
      if (stamp && !message.channel.startsWith('/meta/'))
        message.ext = { ...(message.ext ?? {}), sentAt: performance.timeOrigin + performance.now() };
      log.debug({ bayeux: redact(message), session: session?.id }, 'bayeux out');
      callback(undefined, true);
    },
  });

  return {
    handle(req, res) {
      if (!cometdCredentialsOk(model, req, auth))
        throw new HttpError(401, { statusCode: 20, statusMessage: 'User not authenticated' } as Json);
      bindBrowser(req);
      cometd.handle(req, res);
    },
    upgrade(_req, socket) {
      // cometd-nodejs-server has no WebSocket transport: the upgrade is refused, as a long-polling-only GWS does.
      socket.end(
        'HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nWebSocket is not supported: use long-polling\r\n',
      );
    },
    deliver(agent, delivery) {
      for (const [id, owner] of cometdAgents) {
        if (owner !== agent) continue;
        cometd.getServerSession(id)?.deliver(null, delivery.channel, delivery.data);
      }
    },
    close() {
      cometd.close();
    },
  };
}
