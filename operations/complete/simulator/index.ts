/**
 * Complete as the embedded simulator serves it: its handler, and its catalogue of faults (each breaking
 * exactly the requirements it names) and legal variants (none flagged).
 */
import type { SimulatedOperation } from '../../../simulator/kit.ts';
import { COMPLETE_FAULTS } from './faults.ts';
import { COMPLETE_HANDLER } from './handler.ts';
import { COMPLETE_VARIANTS } from './variants.ts';

export const COMPLETE_SIMULATED: SimulatedOperation = { handler: COMPLETE_HANDLER, faults: COMPLETE_FAULTS, variants: COMPLETE_VARIANTS };
