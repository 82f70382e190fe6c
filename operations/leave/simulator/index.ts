/**
 * Leave as the embedded simulator serves it: its handler, and its catalogue of faults (each breaking
 * exactly the requirements it names) and legal variants (none flagged).
 */
import type { SimulatedOperation } from '../../../simulator/kit.ts';
import { LEAVE_FAULTS } from './faults.ts';
import { LEAVE_HANDLER } from './handler.ts';
import { LEAVE_VARIANTS } from './variants.ts';

export const LEAVE_SIMULATED: SimulatedOperation = { handler: LEAVE_HANDLER, faults: LEAVE_FAULTS, variants: LEAVE_VARIANTS };
