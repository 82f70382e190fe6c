/**
 * Checks of several agents accepting at once: each sees its own chat, and nothing of the others'.
 * Completeness of each agent's own sequence is decided by the Accept checks, run per agent.
 */

import { type AcceptCheck, verdictOf } from '../judging.ts';
import { acceptView } from '../view.ts';

export const eachAgentOwnChatOnly: AcceptCheck = {
  requirement: 'ACCEPT-CONC-01',
  does: "looks for each agent's own chat, and for other agents' chats, in its notifications",
  run: (ctx) => {
    const chats = ctx.scenario.actors.map((a) => ctx.scenario.chats[a] ?? '').filter(Boolean);
    const problems: string[] = [];
    const table: string[] = [];
    for (const actor of ctx.scenario.actors) {
      const v = acceptView(ctx.transcript, actor);
      const own = v.notifications.filter((n) => n.kind !== 'other' && n.chatId === v.chatId);
      const foreign = v.notifications.filter((n) => n.chatId !== undefined && n.chatId !== v.chatId && chats.includes(n.chatId));
      table.push(`${actor}: ${own.length} about its chat, ${foreign.length} about others'`);
      if (own.length === 0) problems.push(`${actor} got nothing about its chat ${v.chatId}`);
      if (foreign.length > 0)
        problems.push(
          `${actor} got ${foreign.length} about other agents' chats (${[...new Set(foreign.map((n) => n.chatId))].join(', ')})`,
        );
    }
    // Completeness of each agent's own sequence is judged by the ACCEPT-SEQ checks, per agent.
    return [
      verdictOf(
        'ACCEPT-CONC-01',
        problems.length === 0,
        `each of ${ctx.scenario.actors.length} agents: its own chat only`,
        problems.length === 0 ? table.join('; ') : problems.join('; '),
        {
          table: { expected: ctx.scenario.actors.map((a) => `${a}: its own chat, nothing of the others`), observed: table },
        },
      ),
    ];
  },
};

export const CONCURRENCY_CHECKS: AcceptCheck[] = [eachAgentOwnChatOnly];
