/**
 * SendNicknameUpdatedNotice, as the suite knows it: its declaration, the requirements, scenarios, faults and handler of an
 * operation that adds one entry, its traceability rows and equivalents. operations/index.ts lists it.
 */
import { NICKNAME_NOTICE_EQUIVALENTS } from './mutation/equivalents.ts';
import { NICKNAME_NOTICE } from './operation.ts';
import { NICKNAME_NOTICE_CATALOGUE } from './requirements.ts';
import { NICKNAME_NOTICE_SCENARIOS } from './scenarios.ts';
import { NICKNAME_NOTICE_SIMULATED } from './simulator/index.ts';
import { NICKNAME_NOTICE_TRACES } from './trace.ts';

export const nicknameNotice = {
  declaration: NICKNAME_NOTICE,
  requirements: NICKNAME_NOTICE_CATALOGUE,
  openChoices: [],
  scenarios: NICKNAME_NOTICE_SCENARIOS,
  traces: NICKNAME_NOTICE_TRACES,
  simulator: NICKNAME_NOTICE_SIMULATED,
  equivalents: NICKNAME_NOTICE_EQUIVALENTS,
};
