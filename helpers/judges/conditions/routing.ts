/**
 * Conditions on what an operation does to routing, where its declaration says the chat goes back to it
 * (Reject): the chat is offered to another Ready agent, and never again to the agent that gave it up.
 */

import type { Check } from '../check.ts';
import { classify, isOffer, label, windowEnd } from '../views.ts';
import { eachActor, type OperationSubject } from './subject.ts';

/** Offers of the chat `chatId` after event `from` up to the end of the quiet window, with their agents. */
function offersOf(t: Parameters<typeof windowEnd>[0], chatId: string, from: number): { actor: string; index: number; label: string }[] {
  const out: { actor: string; index: number; label: string }[] = [];
  const end = windowEnd(t);
  for (let i = from + 1; i < end; i++) {
    const e = t.events[i];
    if (e.kind !== 'bayeux') continue;
    const n = classify(i, e);
    if (n.chatId === chatId && isOffer(n)) out.push({ actor: e.actor, index: i, label: label(n) });
  }
  return out;
}

/** After the operation, the chat is offered to another agent (one that is Ready). */
export function offeredToAnother<Id extends string>(s: OperationSubject<Id>, id: Id): Check<Id> {
  return {
    requirement: id,
    does: `looks for an offer of the chat to another agent after ${s.operation.name}`,
    run: eachActor(s, (v, ctx) => {
      const others = offersOf(ctx.transcript, v.chatId, v.index).filter((o) => o.actor !== v.actor);
      const ready = [...ctx.scenario.actors, ...ctx.scenario.observers].filter((a) => a !== v.actor);
      return [
        s.judging.verdictOf(
          id,
          others.length > 0,
          `chat ${v.chatId} offered to another Ready agent (${ready.join(', ') || 'none online'}) within the offer timeout`,
          others.length > 0 ? others.map((o) => `${o.actor}: ${o.label}`).join('; ') : 'offered to no other agent',
          { evidence: others.map((o) => o.index) },
        ),
      ];
    }),
  };
}

/** After the operation, the agent that carried it out is never offered the chat again. */
export function neverOfferedBack<Id extends string>(s: OperationSubject<Id>, id: Id): Check<Id> {
  return {
    requirement: id,
    does: `looks for an offer of the chat to the agent after its ${s.operation.name}`,
    run: eachActor(s, (v, ctx) => {
      const back = offersOf(ctx.transcript, v.chatId, v.index).filter((o) => o.actor === v.actor);
      return [
        s.judging.verdictOf(
          id,
          back.length === 0,
          `chat ${v.chatId} never offered to ${v.actor} again`,
          back.length === 0 ? 'not offered again' : back.map((o) => o.label).join('; '),
          { evidence: back.map((o) => o.index) },
        ),
      ];
    }),
  };
}
