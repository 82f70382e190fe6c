/**
 * The simulator's catalogue of deviations: the faults, grouped by what they break, and the legal
 * variants. Each fault declares the requirement IDs (helpers/judges/requirements.ts) the suite must
 * report broken, exactly; the self-test holds it to that.
 *
 * Most deviations transform the plan of an Accept (its HTTP reply and the notifications that follow);
 * behavioural ones (CSRF not enforced, unknown id accepted, ...) are flags the handlers consult.
 */
import { closestName } from '../../helpers/contract/closest-name.ts';
import { CHAT_FAULTS } from './chat.ts';
import { ERROR_FAULTS } from './errors.ts';
import { HISTORY_FAULTS } from './history.ts';
import { ISOLATION_FAULTS } from './isolation.ts';
import { PARAMS_FAULTS } from './params.ts';
import type { Deviation } from './plan.ts';
import { RESPONSE_FAULTS } from './response.ts';
import { SECURITY_FAULTS } from './security.ts';
import { SEQUENCE_FAULTS } from './sequence.ts';
import { VARIANTS } from './variants.ts';

export type { AcceptPlan, Delivery, Deviation, Json, JsonObject, PlanContext, Timing } from './plan.ts';
export { delayOf } from './plan.ts';
export { VARIANTS };

export const FAULTS: readonly Deviation[] = [
  ...RESPONSE_FAULTS,
  ...SEQUENCE_FAULTS,
  ...CHAT_FAULTS,
  ...HISTORY_FAULTS,
  ...ISOLATION_FAULTS,
  ...ERROR_FAULTS,
  ...SECURITY_FAULTS,
  ...PARAMS_FAULTS,
];

export function findDeviation(kind: 'fault' | 'variant', name: string): Deviation {
  const list = kind === 'fault' ? FAULTS : VARIANTS;
  const found = list.find((d) => d.name === name);
  if (!found) {
    const near = closestName(
      name,
      list.map((d) => d.name),
    );
    throw new Error(
      `unknown ${kind} "${name}"${near ? ` (did you mean "${near}"?)` : ''}. Valid ${kind}s: ${list.map((d) => d.name).join(', ')}`,
    );
  }
  return found;
}
