/**
 * Faults that break who hears of a chat, and how it is offered: other agents, agents accepting at the same
 * moment, agents not Ready (ACCEPT-ISOLATION-01, ACCEPT-ISOLATION-02, ACCEPT-CONC-01, ACCEPT-OFFER-01).
 */
import type { Agent } from '../../../../simulator/kit.ts';
import type { AcceptDeviation } from '../deviation.ts';

/** The last Accept of each simulator (concurrent-accepts-crossed). */
const lastAccepts = new WeakMap<object, { agent: Agent; at: number }>();

export const ISOLATION_FAULTS: readonly AcceptDeviation[] = [
  {
    name: 'leak-to-other-agents',
    breaks: ['ACCEPT-ISOLATION-01', 'ACCEPT-CONC-01'],
    description: "The Accept notifications are also delivered to every other agent's CometD session",
    rationale: "Each agent receives only its own notifications on /v2/me/chats (S15: /v2/me is the user's own topic)",
    transform: (p) => {
      p.leakToOthers = true;
    },
  },
  {
    name: 'concurrent-accepts-crossed',
    transform: (plan, ctx) => {
      const now = Date.now();
      const last = lastAccepts.get(ctx.sim);
      if (last && last.agent !== ctx.agent && now - last.at < 250) plan.alsoTo.push(last.agent);
      lastAccepts.set(ctx.sim, { agent: ctx.agent, at: now });
    },
    breaks: ['ACCEPT-CONC-01'],
    description: 'When agents accept within 250 ms of each other, the previous acceptor also gets the notifications of the next one',
    rationale: 'Each agent receives only its own notifications, also under concurrent load (S15)',
  },
  {
    name: 'offer-leak-to-observers',
    switches: ['offer-leak-to-observers'],
    breaks: ['ACCEPT-ISOLATION-02'],
    description: 'Offers are also delivered to every agent online but not Ready',
    rationale: "/v2/me/... topics carry the user's own notifications: an offer is the offered agent's (CometD notifications page)",
  },
  {
    name: 'offer-without-reject',
    switches: ['offer-without-reject'],
    breaks: ['ACCEPT-OFFER-01'],
    description: 'The offer lets the agent accept only: its capabilities lack Reject',
    rationale: 'A chat is offered for the agent to accept or reject (Accept and Reject pages; sample clients)',
  },
];
