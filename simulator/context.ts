/**
 * What the request handlers share in one running simulator: the state, the log, the settings, the
 * switched-on deviations, the Bayeux bridge, timers, and routing (offering waiting chats).
 */
import type { Logger } from 'pino';
import type { BayeuxBridge } from './bayeux/index.ts';
import { type Deviation, delayOf } from './faults/index.ts';
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
  /** Is this legal variant switched on? */
  variant(name: string): boolean;
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
    const resource = chatResource(ctx.apiBase, chat, 'offer');
    // Fault offer-without-reject: the offer lets the agent accept only.
    if (ctx.fault('offer-without-reject')) resource.capabilities = (resource.capabilities ?? []).filter((c) => c !== 'Reject');
    const offer = stateChange('StatusChange', resource);
    // A variant imitating a slow router: the offer reaches the agent late.
    const offerDelayMs = delayOf(ctx.deviations, 'offerDelayMs');
    if (offerDelayMs > 0) ctx.later(offerDelayMs, () => ctx.bayeux.deliver(agent, offer));
    else ctx.bayeux.deliver(agent, offer);
    // Fault offer-leak-to-observers: agents online but not Ready hear of the offer too.
    if (ctx.fault('offer-leak-to-observers'))
      for (const other of ctx.model.agents.values()) if (other !== agent && !other.ready) ctx.bayeux.deliver(other, structuredClone(offer));
  }
}
