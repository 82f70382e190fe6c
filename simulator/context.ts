/**
 * What the request handlers share in one running simulator: the state, the log, the settings, the
 * switched-on deviations, the Bayeux bridge, timers, and routing (offering waiting chats).
 */
import type { Logger } from 'pino';
import type { BayeuxBridge } from './bayeux.ts';
import type { Deviation } from './faults/index.ts';
import type { Model } from './model.ts';
import { chatResource, stateChange } from './payloads.ts';

export interface SimContext {
  readonly model: Model;
  readonly log: Logger;
  /** CSRF protection on (the token is announced and, unless a fault says otherwise, required). */
  readonly csrf: boolean;
  readonly bodyLimit: number;
  /** GMS chat services served. */
  readonly services: string[];
  /** The switched-on variants, then faults: the order their transforms apply in. */
  readonly deviations: readonly Deviation[];
  /** Is this fault switched on? */
  fault(name: string): boolean;
  /** externalApiUrlV2 (baseUrl + /api/v2), known once the server listens. */
  apiBase: string;
  readonly bayeux: BayeuxBridge;
  /** Runs `fn` after `ms`, unless the simulator stops first. */
  later(ms: number, fn: () => void): void;
}

/** Offers waiting chats to Ready agents (model.route) and tells each agent of its offer. */
export function routeAndOffer(ctx: SimContext): void {
  for (const { chat, agent } of ctx.model.route()) {
    ctx.log.info({ chat: chat.id, agent: agent.username }, 'chat offered');
    ctx.bayeux.deliver(agent, stateChange('StatusChange', chatResource(ctx.apiBase, chat, 'offer')));
  }
}
