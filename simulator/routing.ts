/**
 * Routing: waiting chats offered to Ready agents, each told of its offer on /v2/me/chats.
 */
import { delayOf, type SimContext } from './operations/operation.ts';
import { chatResource, stateChange } from './payloads.ts';
/** Offers waiting chats to Ready agents (model.route) and tells each agent of its offer. */
export function routeAndOffer(ctx: SimContext): void {
  for (const { chat, agent } of ctx.model.route()) {
    ctx.log.info({ chat: chat.id, agent: agent.username }, 'chat offered');
    const resource = chatResource(ctx.apiBase, chat, 'offer');
    // The offer lets the agent accept only.
    if (ctx.on('offer-without-reject')) resource.capabilities = (resource.capabilities ?? []).filter((c) => c !== 'Reject');
    const offer = stateChange('StatusChange', resource);
    // A variant imitating a slow router: the offer reaches the agent late.
    const offerDelayMs = delayOf(ctx.deviations, 'offerDelayMs');
    if (offerDelayMs > 0) ctx.later(offerDelayMs, () => ctx.bayeux.deliver(agent, offer));
    else ctx.bayeux.deliver(agent, offer);
    // Agents online but not Ready hear of the offer too.
    if (ctx.on('offer-leak-to-observers'))
      for (const other of ctx.model.agents.values()) if (other !== agent && !other.ready) ctx.bayeux.deliver(other, structuredClone(offer));
  }
}
