/**
 * Accept, as the suite knows it: its declaration, requirement catalogue, open choices, scenarios and
 * traceability rows, and the simulator's handler with its faults and variants. operations/index.ts lists it.
 */
import { ACCEPT_EQUIVALENTS } from './mutation/equivalents.ts';
import { ACCEPT } from './operation.ts';
import { ACCEPT_CATALOGUE } from './requirements/index.ts';
import { OPEN_CHOICES } from './requirements/open-choices.ts';
import { ACCEPT_SCENARIOS } from './scenarios/index.ts';
import { ACCEPT_SIMULATED } from './simulator/index.ts';
import { ACCEPT_TRACES } from './trace/index.ts';

export const accept = {
  declaration: ACCEPT,
  requirements: ACCEPT_CATALOGUE,
  openChoices: OPEN_CHOICES,
  scenarios: ACCEPT_SCENARIOS,
  traces: ACCEPT_TRACES,
  simulator: ACCEPT_SIMULATED,
  equivalents: ACCEPT_EQUIVALENTS,
};
