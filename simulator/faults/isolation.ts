/**
 * Faults that break who hears of an Accept: other agents, and agents accepting at the same moment (ACCEPT-ISOLATION-01, ACCEPT-CONC-01).
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
];
