/**
 * The catalogue of deviations the simulator can be started with: the faults and legal variants the
 * operations it serves declare (each operation's folder lists its own), and the faults of the rules
 * across a conversation (conversation-faults.ts, the simulator's own), found by name.
 */
import { closestName } from '../../helpers/contract/closest-name.ts';
import { CONVERSATION_FAULTS } from '../conversation-faults.ts';
import type { Deviation, SimulatedOperation } from './operation.ts';

export type DeviationKind = 'fault' | 'variant';

/** Every fault (or variant) the operations declare, in their order. */
export function catalogueOf(operations: readonly SimulatedOperation[], kind: DeviationKind): Deviation[] {
  return [...operations.flatMap((o) => (kind === 'fault' ? o.faults : o.variants)), ...(kind === 'fault' ? CONVERSATION_FAULTS : [])];
}

/**
 * The operation that declares a deviation ('' for the conversation's own faults), and the deviation; an
 * unknown name is an error naming the valid ones.
 */
export function findDeviation(
  operations: readonly SimulatedOperation[],
  kind: DeviationKind,
  name: string,
): { deviation: Deviation; operation: string } {
  for (const o of operations) {
    const deviation = (kind === 'fault' ? o.faults : o.variants).find((d) => d.name === name);
    if (deviation) return { deviation, operation: o.handler.name };
  }
  const own = kind === 'fault' ? CONVERSATION_FAULTS.find((d) => d.name === name) : undefined;
  if (own) return { deviation: own, operation: '' };
  const list = catalogueOf(operations, kind);
  const near = closestName(
    name,
    list.map((d) => d.name),
  );
  throw new Error(
    `unknown ${kind} "${name}"${near ? ` (did you mean "${near}"?)` : ''}. Valid ${kind}s: ${list.map((d) => d.name).join(', ')}`,
  );
}
