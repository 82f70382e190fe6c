/**
 * Conditions on the chat's participants an operation's notification shows as the whole chat (a
 * PropertiesUpdated): the same participants the agent was shown before, each with the same
 * participantId, nickname and type.
 */
import type { Check } from '../check.ts';
import { json } from '../check.ts';
import { isOffer, notificationsOf, type ParticipantLike, participantsOf } from '../views.ts';
import { eachActor, type OperationSubject } from './subject.ts';

const show = (p: ParticipantLike) => `${json(p.participantId)} ${json(p.nickname)} (${json(p.type)})`;
const same = (a: ParticipantLike, b: ParticipantLike) =>
  a.participantId === b.participantId && a.nickname === b.nickname && a.type === b.type;

/**
 * The declared notification of `kind` lists the chat's participants as the last notification before the
 * operation that listed any (the ParticipantsUpdated after Accept): each one, with its participantId,
 * nickname and type, and no other.
 */
export function participantsKept<Id extends string>(s: OperationSubject<Id>, id: Id, kind: string): Check<Id> {
  return {
    requirement: id,
    does: `compares the participants of the ${kind} after ${s.operation.name} with those the agent was shown before`,
    run: eachActor(s, (v, ctx) => {
      const n = v.ofChat.find((x) => x.kind === kind);
      if (!n) return [s.judging.notJudged(id, `no ${kind} arrived`)];
      const earlier = notificationsOf(ctx.transcript, v.actor, -1, v.index)
        .filter((x) => x.chatId === v.chatId && !isOffer(x))
        .map(participantsOf)
        .filter((list) => list.length > 0);
      const known = earlier.at(-1);
      if (!known) return [s.judging.notJudged(id, "no notification before it listed the chat's participants")];
      // The reference is the list Accept's requirements judge: the agent under its nickname, the
      // customer under its own, each with its own participantId. Otherwise Accept's requirements say what is wrong.
      const agents = known.filter((p) => p.type === 'Agent' && p.nickname === ctx.scenario.nickname);
      const customers = known.filter(
        (p) => p.type === 'Customer' && (ctx.scenario.customerNickname === undefined || p.nickname === ctx.scenario.customerNickname),
      );
      const distinct = new Set(known.map((p) => p.participantId)).size === known.length;
      if (agents.length !== 1 || customers.length < 1 || !distinct)
        return [
          s.judging.notJudged(
            id,
            "the participants shown before are not the chat's as Accept's requirements want them: those say what is wrong",
          ),
        ];
      const now = participantsOf(n);
      const missing = known.filter((p) => !now.some((q) => same(p, q)));
      const unknown = now.filter((q) => !known.some((p) => same(p, q)));
      return [
        s.judging.verdictOf(
          id,
          missing.length === 0 && unknown.length === 0,
          known.map(show).join(', '),
          [...missing.map((p) => `${show(p)} missing`), ...unknown.map((p) => `${show(p)} not the chat's`)].join(', ') || 'the same',
          { evidence: [n.index] },
        ),
      ];
    }),
  };
}
