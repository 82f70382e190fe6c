/**
 * The catalogue of deviations the simulator can be started with: the faults and legal variants the
 * operations it serves declare (each operation's folder lists its own), found by name.
 */
import { closestName } from '../../helpers/contract/closest-name.ts';
import type { Deviation, SimulatedOperation } from './operation.ts';

export type DeviationKind = 'fault' | 'variant';

/** Every fault (or variant) the operations declare, in their order. */
export function catalogueOf(operations: readonly SimulatedOperation[], kind: DeviationKind): Deviation[] {
  return operations.flatMap((o) => (kind === 'fault' ? o.faults : o.variants));
}

/** The operation that declares a deviation, and the deviation; an unknown name is an error naming the valid ones. */
export function findDeviation(
  operations: readonly SimulatedOperation[],
  kind: DeviationKind,
  name: string,
): { deviation: Deviation; operation: string } {
  for (const o of operations) {
    const deviation = (kind === 'fault' ? o.faults : o.variants).find((d) => d.name === name);
    if (deviation) return { deviation, operation: o.handler.name };
  }
  const list = catalogueOf(operations, kind);
  const near = closestName(
    name,
    list.map((d) => d.name),
  );
  throw new Error(
    `unknown ${kind} "${name}"${near ? ` (did you mean "${near}"?)` : ''}. Valid ${kind}s: ${list.map((d) => d.name).join(', ')}`,
  );
}
