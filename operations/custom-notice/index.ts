/**
 * SendCustomNoticeToAgents, as the suite knows it: its declaration, the requirements, scenarios, faults and handler of an
 * operation that adds one entry, its traceability rows and equivalents. operations/index.ts lists it.
 */
import { CUSTOM_NOTICE_EQUIVALENTS } from './mutation/equivalents.ts';
import { CUSTOM_NOTICE } from './operation.ts';
import { CUSTOM_NOTICE_CATALOGUE } from './requirements.ts';
import { CUSTOM_NOTICE_SCENARIOS } from './scenarios.ts';
import { CUSTOM_NOTICE_SIMULATED } from './simulator/index.ts';
import { CUSTOM_NOTICE_TRACES } from './trace.ts';

export const customNotice = {
  declaration: CUSTOM_NOTICE,
  requirements: CUSTOM_NOTICE_CATALOGUE,
  openChoices: [],
  scenarios: CUSTOM_NOTICE_SCENARIOS,
  traces: CUSTOM_NOTICE_TRACES,
  simulator: CUSTOM_NOTICE_SIMULATED,
  equivalents: CUSTOM_NOTICE_EQUIVALENTS,
};
