/**
 * The condition on a chat the agent left outside a conference (catalogue/conversation-requirements.ts
 * CONV-LEFT-01): every operation that adds an entry the customer would see, tried at a `left-probe`
 * step, is refused; what the docs leave open (the user data operations, a notice to agents only) is an
 * open choice: carried out, it is information (`left-chat-operations`), never a verdict.
 */
import type { Finding } from '../../contract/generated/payloads.ts';
import { CONVERSATION_CATALOGUE, CONVERSATION_OPEN_CHOICES, type ConversationId } from '../catalogue/conversation-requirements.ts';
import { type Check, json, judgesOf } from '../check.ts';
import { isObject, probesAt } from '../views.ts';

/** The drive's step before each operation it tries on the chat the agent left (its data names the probe). */
export const LEFT_PROBE_STEP = 'left-probe';

const judging = judgesOf(CONVERSATION_CATALOGUE, CONVERSATION_OPEN_CHOICES);

/**
 * `writing`: the operations that add an entry the customer would see: each must be refused. Any other
 * tried and carried out is the open choice.
 */
export function refusedOnceLeft(writing: readonly string[]): Check<ConversationId> {
  const id = 'CONV-LEFT-01';
  return {
    requirement: id,
    does: 'reads the answer to each operation tried on the chat once the agent left it',
    run: ({ transcript }) => {
      const probes = probesAt(transcript, LEFT_PROBE_STEP);
      if (probes.length === 0) return [];
      return probes.flatMap((p): Finding[] => {
        const response = p.answer?.response;
        if (!response) return [judging.notJudged(id, `${p.probe}: no answer`)];
        const code = isObject(response.body) ? response.body.statusCode : undefined;
        const refused = typeof code === 'number' && code !== 0;
        const observed = `HTTP ${response.status}, statusCode ${json(code)}`;
        if (writing.includes(p.probe))
          return [judging.verdictOf(id, refused, `${p.probe} refused: a non-zero statusCode`, observed, { evidence: [p.step] })];
        if (refused) return [];
        return [
          judging.openChoiceFinding(
            id,
            'left-chat-operations',
            `${p.probe} refused, as the LeftChat capabilities indicate`,
            `${observed}: carried out`,
            {
              evidence: [p.step],
            },
          ),
        ];
      });
    },
  };
}
