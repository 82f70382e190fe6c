/**
 * Faults that break who hears of a chat, and how it is offered: other agents, agents accepting at the same
 * moment, agents not Ready (ACCEPT-ISOLATION-01, ACCEPT-ISOLATION-02, ACCEPT-CONC-01, ACCEPT-OFFER-01).
 */
import type { Deviation } from './plan.ts';

export const ISOLATION_FAULTS: readonly Deviation[] = [
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
    breaks: ['ACCEPT-CONC-01'],
    description: 'When agents accept within 250 ms of each other, the previous acceptor also gets the notifications of the next one',
    rationale: 'Each agent receives only its own notifications, also under concurrent load (S15)',
  },
  {
    name: 'offer-leak-to-observers',
    breaks: ['ACCEPT-ISOLATION-02'],
    description: 'Offers are also delivered to every agent online but not Ready',
    rationale: "/v2/me/... topics carry the user's own notifications: an offer is the offered agent's (CometD notifications page)",
  },
  {
    name: 'offer-without-reject',
    breaks: ['ACCEPT-OFFER-01'],
    description: 'The offer lets the agent accept only: its capabilities lack Reject',
    rationale: 'A chat is offered for the agent to accept or reject (Accept and Reject pages; sample clients)',
  },
];
