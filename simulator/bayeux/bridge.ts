/**
 * The Bayeux bridge: the one small interface between the simulator's GWS logic and a Bayeux server at
 * /api/v2/notifications. Two independently written backends implement it: cometd-nodejs-server
 * (long-polling) and faye (long-polling and WebSocket). Whatever the backend:
 *
 * - a handshake is allowed only with an authenticated HTTP session (the JSESSIONID of GET /api/v2/me),
 *   and the CometD session belongs to that session's agent; wrong Basic credentials answer HTTP 401;
 * - subscriptions are allowed on the agent's own /v2/me/... channels only; clients never publish;
 * - `deliver(agent, ...)` reaches the CometD sessions of that agent, and of nobody else.
 */

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import type { Agent, Model } from '../model.ts';
import type { Delivery } from '../operations/plan.ts';
import type { SimSwitch } from '../switches.ts';

export interface BayeuxBridge {
  /** Serves one HTTP request to the CometD endpoint (long-polling). */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Serves a WebSocket upgrade of the CometD endpoint, or refuses it. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Delivers a notification to every CometD session of `agent`, and to no other agent. */
  deliver(agent: Agent, delivery: Delivery): void;
  close(): void;
}

export type BayeuxBackend = 'cometd' | 'faye';
export const BAYEUX_BACKENDS: readonly BayeuxBackend[] = ['cometd', 'faye'];

export interface BayeuxOptions {
  model: Model;
  log: Logger;
  /** Benchmark instrumentation: stamp each notification's send time in ext.sentAt. */
  stamp: boolean;
  /** Is this server-wide behaviour switched on? (handshake-anonymous, handshake-password-unchecked, client-publish-broadcast, websocket-refused, other-open-choices) */
  on: (behaviour: SimSwitch) => boolean;
}
