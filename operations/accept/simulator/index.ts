/**
 * Accept as the embedded simulator serves it: its handler, and its catalogue of faults (each breaking
 * exactly the requirements it names) and legal variants (none flagged), in the order reports list them.
 */
import type { SimulatedOperation } from '../../../simulator/kit.ts';
import { CHAT_FAULTS } from './faults/chat.ts';
import { ERROR_FAULTS } from './faults/errors.ts';
import { HISTORY_FAULTS } from './faults/history.ts';
import { ISOLATION_FAULTS } from './faults/isolation.ts';
import { PARAMS_FAULTS } from './faults/params.ts';
import { RESPONSE_FAULTS } from './faults/response.ts';
import { SECURITY_FAULTS } from './faults/security.ts';
import { SEQUENCE_FAULTS } from './faults/sequence.ts';
import { ACCEPT_HANDLER } from './handler.ts';
import { VARIANTS } from './variants.ts';

export const ACCEPT_SIMULATED: SimulatedOperation = {
  handler: ACCEPT_HANDLER,
  faults: [
    ...RESPONSE_FAULTS,
    ...SEQUENCE_FAULTS,
    ...CHAT_FAULTS,
    ...HISTORY_FAULTS,
    ...ISOLATION_FAULTS,
    ...ERROR_FAULTS,
    ...SECURITY_FAULTS,
    ...PARAMS_FAULTS,
  ],
  variants: VARIANTS,
};
