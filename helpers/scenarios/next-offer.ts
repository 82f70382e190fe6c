/**
 * Where a chat goes once an operation ended it for its agent (Complete, Reject, Leave): the chat offered
 * next to an agent, awaited after the operation, kept for the clean-up, and the run's routing done (where
 * runs side by side share a GMS service, the next run's agents may go Ready).
 */
import { awaitOffer } from '../target/agent.ts';
import type { Drive } from './drive.ts';

/**
 * The chat offered to `actor` after event `from` (undefined: none within the offer timeout), held for
 * the clean-up, marked at an `offered-next` step with `mark` when given; then the run's routing done.
 */
export async function offeredNext(d: Drive, actor: string, from: number, mark?: Record<string, unknown>): Promise<string | undefined> {
  const next = await awaitOffer(d.recorder, actor, d.config.offerTimeoutMs, from).catch(() => undefined);
  if (next) d.holds(actor, next);
  if (mark) d.recorder.step('offered-next', actor, { chatId: next ?? null, ...mark });
  await d.doneRouting();
  return next;
}
