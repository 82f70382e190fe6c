/**
 * Conditions on what an operation that ends the agent's part in a chat (Complete, Leave) does beyond its
 * notifications: the customer's session ends (the GMS transcript read after it says chatEnded), the
 * agent's capacity is free again (a chat waiting for it is offered to it after the operation, not
 * before), and the referenceId its sample may omit is the request's when it is there.
 */
import type { Finding } from '../../contract/generated/payloads.ts';
import type { Check } from '../check.ts';
import { json } from '../check.ts';
import { chatOf, isObject, isOffer, lastSegment, type Notification, notificationsOf, stepIndex, windowEnd } from '../views.ts';
import { customerView } from './entries.ts';
import { eachActor, type OperationSubject } from './subject.ts';

/** The drive's step at which a second chat was started and left waiting while the agent was busy. */
export const WAITING_CHAT_STEP = 'waiting-chat';

/** The customer's GMS session has ended: the transcript read after the operation answers chatEnded true. */
export function customerSessionEnded<Id extends string>(s: OperationSubject<Id>, id: Id): Check<Id> {
  return {
    requirement: id,
    does: `reads chatEnded in the customer's GMS transcript after ${s.operation.name}`,
    run: eachActor(s, (v, ctx): Finding[] => {
      if (ctx.scenario.chatSource !== 'gms')
        return [s.judging.notApplicable(id, 'no customer side: the chat was started outside the suite')];
      const view = customerView(ctx.transcript, v.index);
      const r = view?.exchange?.response;
      if (!view || !r) return [s.judging.notJudged(id, 'the customer read no transcript after the operation')];
      const ended = isObject(r.body) && r.body.chatEnded === true;
      return [
        s.judging.verdictOf(
          id,
          ended,
          'chatEnded: true',
          `HTTP ${r.status} chatEnded ${json(isObject(r.body) ? r.body.chatEnded : undefined)}`,
          { evidence: [view.index] },
        ),
      ];
    }),
  };
}

/**
 * The agent's capacity is free again: the chat left waiting while it was busy (the waiting-chat step)
 * is offered to it after the operation (an offer of a chat other than the one it ended, its id and uri
 * naming the same chat). Offered before it, the agent had room for both (a capacity
 * above one), and the requirement is not judged.
 */
export function nextChatOffered<Id extends string>(s: OperationSubject<Id>, id: Id): Check<Id> {
  return {
    requirement: id,
    does: `looks for an offer of the chat waiting for the agent after ${s.operation.name}`,
    run: eachActor(s, (v, ctx): Finding[] => {
      const t = ctx.transcript;
      if (ctx.scenario.chatSource !== 'gms')
        return [s.judging.notApplicable(id, 'no second chat to wait: the chats are started outside the suite')];
      const waiting = stepIndex(t, WAITING_CHAT_STEP, v.actor);
      if (waiting < 0) return [s.judging.notJudged(id, 'no chat was left waiting for the agent')];
      // An offer of another chat, named coherently: its uri, where it has one, ends with its id.
      const coherent = (n: Notification) => {
        const uri = chatOf(n).uri as unknown;
        return typeof uri !== 'string' || uri === '' || lastSegment(uri) === n.chatId;
      };
      const offersOfAnother = (from: number, to: number) =>
        notificationsOf(t, v.actor, from, to).filter(
          (n) => isOffer(n) && typeof n.chatId === 'string' && n.chatId !== '' && n.chatId !== v.chatId && coherent(n),
        );
      const early = offersOfAnother(waiting, v.index);
      if (early.length > 0)
        return [
          s.judging.notJudged(
            id,
            `the waiting chat ${early[0].chatId} was offered before ${s.operation.name}: the agent had room for two chats`,
          ),
        ];
      const after = offersOfAnother(v.index, windowEnd(t));
      return [
        s.judging.verdictOf(
          id,
          after.length > 0,
          `the chat waiting for the agent offered to it after ${s.operation.name}`,
          after.length > 0 ? `chat ${after[0].chatId} offered` : 'no offer',
          { evidence: after.map((n) => n.index) },
        ),
      ];
    }),
  };
}
