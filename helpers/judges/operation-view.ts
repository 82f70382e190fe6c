/**
 * What one actor did and received for its operation (views.ts OperationView), the notifications about
 * its chat told by the attribution where a conversation's turns followed each other at once.
 */
import type { Transcript } from '../contract/generated/payloads.ts';
import type { OperationDecl } from '../contract/operation.ts';
import { attributionOf } from './attribution.ts';
import { httpAfter, isOffer, notificationsOf, type OperationView, operationWindowEnd, stepIndex } from './views.ts';

/**
 * The actor's view of its operation, marked by the drive's step `step` (the operation's own: accept,
 * reject). Given the operations' declarations, the notifications about its chat are those the
 * attribution gives its turn (helpers/judges/attribution.ts: its window's, a later turn's window's that
 * it claims, not an earlier turn's that lands in its window); else those of its window.
 */
export function operationView(t: Transcript, actor: string, step: string, operations?: readonly OperationDecl[]): OperationView {
  const chatId = t.scenario.chats[actor] ?? '';
  const index = stepIndex(t, step, actor);
  const found = index < 0 ? undefined : httpAfter(t, index, actor, (e) => e.request.method === 'POST');
  const windowed = index < 0 ? [] : notificationsOf(t, actor, index, operationWindowEnd(t, index));
  const own = index < 0 || !operations ? undefined : attributionOf(t, actor, operations)?.byStep.get(index);
  const notifications = own
    ? [...windowed.filter((n) => !((n.chatId === undefined || n.chatId === chatId) && !isOffer(n))), ...own].sort(
        (a, b) => a.index - b.index,
      )
    : windowed;
  return {
    actor,
    chatId,
    answer: found?.event,
    index,
    notifications,
    ofChat: notifications.filter((n) => n.chatId === undefined || n.chatId === chatId),
  };
}
