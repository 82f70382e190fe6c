/**
 * Complete's scenarios, as data: how each is judged (its checks, the requirements a transcript decides)
 * and driven (its runs, each with the tests of the specs that read it).
 */
import { REST_VIEW_ENDED_TEST, restViewEnded } from '../../../helpers/judges/conditions/rest-view.ts';
import { errorScenario } from '../../../helpers/scenarios/error-scenario.ts';
import type { ScenarioDef } from '../../../helpers/scenarios/scenario.ts';
import { CASE_REQUIREMENT, COMPLETE_CHECKS, COMPLETE_ERROR_CHECKS } from '../checks.ts';
import { COMPLETE_STEP, type CompleteId } from '../judging.ts';
import { COMPLETE, type CompleteErrorCase } from '../operation.ts';

// The drivers load when a run is driven: listing the scenarios needs none.
const drivers = { complete: () => import('./complete.ts'), errors: () => import('./errors.ts') };

const COMPLETE_TESTS: { title: string; requirements: CompleteId[] }[] = [
  { title: 'the agent completes its chat: HTTP 200, {"statusCode": 0}', requirements: ['COMPLETE-HTTP-01', 'COMPLETE-RESP-01'] },
  {
    title:
      'then one StatusChange arrives on /v2/me/chats, as documented: the chat Completed, no referenceId or an integer one, no capabilities, and nothing else',
    requirements: [
      'COMPLETE-SEQ-01',
      'COMPLETE-CHANNEL-01',
      'COMPLETE-SCHEMA-01',
      'COMPLETE-CHAT-01',
      'COMPLETE-STATE-01',
      'COMPLETE-REFID-01',
      'COMPLETE-CAPS-01',
      'COMPLETE-QUIET-01',
    ],
  },
  {
    title: "the customer's session has ended, and the chat waiting for the agent is offered to it",
    requirements: ['COMPLETE-CUSTOMER-01', 'COMPLETE-NEXT-01'],
  },
];

const ERROR_TITLES: Record<CompleteErrorCase, string> = {
  'unknown-id': 'Complete of an unknown chat id is refused and changes nothing',
  offered: 'Complete of a chat only offered to the agent is refused; the chat stays offered',
  completed: 'Complete of a chat already completed is refused and changes nothing',
};

const complete: ScenarioDef = {
  kind: 'complete',
  operation: COMPLETE.name,
  subject: { layout: 'sequence', steps: [COMPLETE_STEP], cause: COMPLETE_STEP },
  title: 'Complete an accepted chat',
  checks: [...COMPLETE_CHECKS, restViewEnded(COMPLETE)],
  runs: [
    {
      name: 'complete',
      drive: async (target) => (await drivers.complete()).driveComplete(target),
      tests: [...COMPLETE_TESTS, REST_VIEW_ENDED_TEST],
      shared: true,
      // The Accept's window, the waiting chat's, Complete's.
      windows: 3,
    },
  ],
  whole: [{ name: 'complete', drive: async (target, hooks) => (await drivers.complete()).driveComplete(target, hooks) }],
  // It ends the whole conversation: the next chat offered after it.
  conversation: { step: COMPLETE_STEP, body: { operationName: 'Complete' }, position: 'last' },
};

const completeError = errorScenario({
  operation: COMPLETE,
  kind: 'complete-error',
  title: 'Complete that must be refused',
  step: COMPLETE_STEP,
  checks: COMPLETE_ERROR_CHECKS,
  caseRequirement: CASE_REQUIREMENT,
  everyCase: ['COMPLETE-ERR-04', 'COMPLETE-CODE-01'],
  titles: ERROR_TITLES,
  retries: false,
  // The Accept's window, the Complete's before the probe, the probe's.
  windows: { completed: 3 },
  drive: async (target, probe: CompleteErrorCase) => (await drivers.errors()).driveCompleteError(target, probe),
});

export const COMPLETE_SCENARIOS: readonly ScenarioDef[] = [complete, completeError];
