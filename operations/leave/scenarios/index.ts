/**
 * Leave's scenarios, as data: how each is judged (its checks, the requirements a transcript decides) and
 * driven (its runs, each with the tests of the specs that read it).
 */
import { REST_VIEW_ENDED_TEST, restViewEnded } from '../../../helpers/judges/conditions/rest-view.ts';
import { errorScenario } from '../../../helpers/scenarios/error-scenario.ts';
import type { ScenarioDef } from '../../../helpers/scenarios/scenario.ts';
import { CASE_REQUIREMENT, LEAVE_CHECKS, LEAVE_ERROR_CHECKS } from '../checks.ts';
import { LEAVE_STEP, type LeaveId } from '../judging.ts';
import { LEAVE, type LeaveErrorCase } from '../operation.ts';

// The drivers load when a run is driven: listing the scenarios needs none.
const drivers = { leave: () => import('./leave.ts'), errors: () => import('./errors.ts') };

const LEAVE_TESTS: { title: string; requirements: LeaveId[] }[] = [
  { title: 'the agent leaves its chat: HTTP 200, {"statusCode": 0}', requirements: ['LEAVE-HTTP-01', 'LEAVE-RESP-01'] },
  {
    title:
      'then one StatusChange arrives on /v2/me/chats, as documented: the chat LeftChat, with a referenceId, Complete still offered and nothing that writes to the customer, and nothing else',
    requirements: [
      'LEAVE-SEQ-01',
      'LEAVE-CHANNEL-01',
      'LEAVE-SCHEMA-01',
      'LEAVE-CHAT-01',
      'LEAVE-STATE-01',
      'LEAVE-REFID-01',
      'LEAVE-CAPS-01',
      'LEAVE-CAPS-02',
      'LEAVE-QUIET-01',
    ],
  },
  { title: "the customer's session has ended", requirements: ['LEAVE-CUSTOMER-01'] },
];

const ERROR_TITLES: Record<LeaveErrorCase, string> = {
  'unknown-id': 'Leave of an unknown chat id is refused and changes nothing',
  offered: 'Leave of a chat only offered to the agent is refused; the chat stays offered',
};

const leave: ScenarioDef = {
  kind: 'leave',
  operation: LEAVE.name,
  subject: { layout: 'sequence', steps: [LEAVE_STEP], cause: LEAVE_STEP },
  title: 'Leave an accepted chat, outside a conference',
  checks: [...LEAVE_CHECKS, restViewEnded(LEAVE)],
  // The Accept's window, then its own.
  runs: [
    {
      name: 'leave',
      drive: async (target) => (await drivers.leave()).driveLeave(target),
      tests: [...LEAVE_TESTS, REST_VIEW_ENDED_TEST],
      shared: true,
      windows: 2,
    },
  ],
  whole: [{ name: 'leave', drive: async (target, hooks) => (await drivers.leave()).driveLeave(target, hooks) }],
};

const leaveError = errorScenario({
  operation: LEAVE,
  kind: 'leave-error',
  title: 'Leave that must be refused',
  step: LEAVE_STEP,
  checks: LEAVE_ERROR_CHECKS,
  caseRequirement: CASE_REQUIREMENT,
  everyCase: ['LEAVE-ERR-03', 'LEAVE-CODE-01'],
  titles: ERROR_TITLES,
  retries: false,
  drive: async (target, probe: LeaveErrorCase) => (await drivers.errors()).driveLeaveError(target, probe),
});

export const LEAVE_SCENARIOS: readonly ScenarioDef[] = [leave, leaveError];
