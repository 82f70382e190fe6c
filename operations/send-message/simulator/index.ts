/**
 * SendMessage as the embedded simulator serves it: its handler, and its catalogue of faults (each
 * breaking exactly the requirements it names) and legal variants (none flagged).
 */
import type { SimulatedOperation } from '../../../simulator/kit.ts';
import { SEND_MESSAGE_FAULTS } from './faults.ts';
import { SEND_MESSAGE_HANDLER } from './handler.ts';
import { SEND_MESSAGE_VARIANTS } from './variants.ts';

export const SEND_MESSAGE_SIMULATED: SimulatedOperation = {
  handler: SEND_MESSAGE_HANDLER,
  faults: SEND_MESSAGE_FAULTS,
  variants: SEND_MESSAGE_VARIANTS,
};
