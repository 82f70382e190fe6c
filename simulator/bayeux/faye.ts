/**
 * The Bayeux backend on faye (long-polling and WebSocket), with the bridge's rules (bridge.ts). Faye
 * delivers a channel to every subscriber, so per-agent channels are made by name: an agent's
 * subscription to /v2/me/chats becomes /u/<userId>/v2/me/chats on the way in, and every message of
 * such a channel is named /v2/me/chats again on the way out. Each agent's WebSocket upgrade carries
 * its own session cookie and credentials; the handshake is judged on the request that carried it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import faye, { type FayeMessage } from 'faye';
import { NOTIFICATIONS_PATH } from '../../helpers/contract/endpoints.ts';
import { redact } from '../../helpers/evidence/redact.ts';
import { HttpError } from '../http.ts';
import type { Agent } from '../model.ts';
import type { Json } from '../operations/plan.ts';
import { type CometdAuth, cometdCredentialsOk, handshakeAgent } from '../sessions.ts';
import type { BayeuxBridge, BayeuxOptions } from './bridge.ts';

const PER_AGENT = /^\/u\/[^/]+(\/v2\/me\/.*)$/;
const perAgent = (agent: Agent, channel: string) => `/u/${agent.userId}${channel}`;

/**
 * GWS (a Java CometD server) delivers to an agent's session, whatever channel the message names; faye
 * delivers a channel to its subscribers. A delivery goes on the agent's /v2/me/chats, wrapped with the
 * channel it names, and is unwrapped on the way out: a notification on another channel (a fault)
 * arrives as it would from GWS.
 */
const DELIVERY = 'gwsSimulatorDelivery';
type Wrapped = { [DELIVERY]: true; channel: string; data: unknown };
const isWrapped = (d: unknown): d is Wrapped => typeof d === 'object' && d !== null && (d as Record<string, unknown>)[DELIVERY] === true;

export function fayeBackend({ model, log, stamp, on }: BayeuxOptions): BayeuxBridge {
  const auth: CometdAuth = { sessionDecides: on('other-open-choices'), passwordUnchecked: on('handshake-password-unchecked') };
  const adapter = new faye.NodeAdapter({ mount: NOTIFICATIONS_PATH, timeout: 20 });
  /** Bayeux clientId → agent. */
  const agents = new Map<string, Agent>();
  adapter.on('disconnect', (clientId) => agents.delete(clientId));

  const refuse = (message: FayeMessage, error: string) => {
    message.error = error;
  };

  adapter.addExtension({
    incoming(message, request, callback) {
      log.debug({ bayeux: redact(message), local: request === null }, 'bayeux in');
      if (request === null) return callback(message); // the server's own client: deliveries
      if (message.channel === '/meta/handshake') {
        if (!handshakeAgent(model, request, auth) && !on('handshake-anonymous')) {
          log.info('cometd handshake refused: no authenticated HTTP session');
          refuse(message, '403::handshake_denied');
        }
      } else if (message.channel === '/meta/subscribe') {
        const agent = agents.get(String(message.clientId));
        const subscriptions = ([] as string[]).concat(message.subscription ?? []);
        if (!agent || !subscriptions.every((s) => s.startsWith('/v2/me/'))) refuse(message, '403::subscription_denied');
        else message.subscription = subscriptions.map((s) => perAgent(agent, s));
      } else if (message.channel === '/meta/unsubscribe') {
        const agent = agents.get(String(message.clientId));
        if (agent) message.subscription = ([] as string[]).concat(message.subscription ?? []).map((s) => perAgent(agent, s));
      } else if (!message.channel.startsWith('/meta/')) {
        // GWS topics are server-to-client only. Fault client-publish-broadcast: a client's publish on a
        // /v2/me/ channel reaches every agent's /v2/me/ channel of that name.
        if (on('client-publish-broadcast') && message.channel.startsWith('/v2/me/')) {
          for (const agent of new Set(agents.values())) adapter.getClient().publish(perAgent(agent, message.channel), message.data);
        } else refuse(message, '403::publish_denied');
      }
      callback(message);
    },
    outgoing(message, request, callback) {
      if (message.channel === '/meta/handshake' && message.successful && message.clientId && request) {
        const agent = handshakeAgent(model, request, auth);
        if (agent) agents.set(message.clientId, agent);
      }
      const restore = (s: string) => PER_AGENT.exec(s)?.[1] ?? s;
      if (message.channel === '/meta/subscribe' || message.channel === '/meta/unsubscribe') {
        if (Array.isArray(message.subscription)) message.subscription = message.subscription.map(restore);
        else if (typeof message.subscription === 'string') message.subscription = restore(message.subscription);
      }
      if (isWrapped(message.data)) {
        message.channel = message.data.channel;
        message.data = message.data.data;
      }
      message.channel = restore(message.channel);
      if (stamp && !message.channel.startsWith('/meta/'))
        message.ext = { ...(message.ext ?? {}), sentAt: performance.timeOrigin + performance.now() };
      log.debug({ bayeux: redact(message) }, 'bayeux out');
      callback(message);
    },
  });

  const checkCredentials = (req: IncomingMessage) => cometdCredentialsOk(model, req, auth);

  return {
    handle(req: IncomingMessage, res: ServerResponse) {
      if (!checkCredentials(req)) throw new HttpError(401, { statusCode: 20, statusMessage: 'User not authenticated' } as Json);
      adapter.handle(req, res);
    },
    upgrade(req, socket, head) {
      if (on('websocket-refused')) {
        socket.end(
          'HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nWebSocket is not supported: use long-polling\r\n',
        );
        return;
      }
      if (!checkCredentials(req)) {
        socket.end('HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm="GWS"\r\nConnection: close\r\n\r\n');
        return;
      }
      adapter.handleUpgrade(req, socket, head);
    },
    deliver(agent, delivery) {
      const wrapped: Wrapped = { [DELIVERY]: true, channel: delivery.channel, data: delivery.data };
      adapter.getClient().publish(perAgent(agent, '/v2/me/chats'), wrapped);
    },
    close() {
      adapter.close();
    },
  };
}
