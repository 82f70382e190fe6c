/**
 * Reject as the embedded simulator serves it: its handler, and its catalogue of faults (each breaking
 * exactly the requirements it names) and legal variants (none flagged).
 */
import type { SimulatedOperation } from '../../../simulator/kit.ts';
import { REJECT_FAULTS } from './faults.ts';
import { REJECT_HANDLER } from './handler.ts';
import { REJECT_VARIANTS } from './variants.ts';

export const REJECT_SIMULATED: SimulatedOperation = { handler: REJECT_HANDLER, faults: REJECT_FAULTS, variants: REJECT_VARIANTS };
