/**
 * Reject's scenarios, as data: how each is judged (its checks, the requirements a transcript decides)
 * and driven (its runs, each with the tests of the specs that read it).
 */
import { errorScenario } from '../../../helpers/scenarios/error-scenario.ts';
import type { ScenarioDef } from '../../../helpers/scenarios/scenario.ts';
import { CASE_REQUIREMENT, REJECT_CHECKS, REJECT_ERROR_CHECKS } from '../checks.ts';
import { REJECT_STEP, type RejectId } from '../judging.ts';
import { REJECT, type RejectErrorCase } from '../operation.ts';

// The drivers load when a run is driven: listing the scenarios needs none.
const drivers = { reject: () => import('./reject.ts'), errors: () => import('./errors.ts') };

const REJECT_TESTS: { title: string; requirements: RejectId[] }[] = [
  {
    title: 'the offered chat is rejected: HTTP 200, an empty body, {"status": 0} or {"statusCode": 0}',
    requirements: ['REJECT-HTTP-01', 'REJECT-RESP-01'],
  },
  {
    title:
      'then one StatusChange arrives on /v2/me/chats, as documented: the chat Completed, with a referenceId, no participants, no capabilities, and nothing else',
    requirements: [
      'REJECT-SEQ-01',
      'REJECT-CHANNEL-01',
      'REJECT-SCHEMA-01',
      'REJECT-CHAT-01',
      'REJECT-STATE-01',
      'REJECT-REFID-01',
      'REJECT-PART-01',
      'REJECT-CAPS-01',
      'REJECT-QUIET-01',
    ],
  },
  {
    title: 'the chat is offered to another Ready agent, never again to the one that rejected it',
    requirements: ['REJECT-ROUTE-01', 'REJECT-ROUTE-02'],
  },
];

const ERROR_TITLES: Record<RejectErrorCase, string> = {
  'unknown-id': 'Reject of an unknown chat id is refused and changes nothing',
  accepted: 'Reject of a chat the agent has accepted is refused; the chat stays as it was',
  'not-offered': 'Reject of a chat offered to another agent is refused; its agent can still reject it',
};

const reject: ScenarioDef = {
  kind: 'reject',
  operation: REJECT.name,
  subject: { layout: 'sequence', steps: [REJECT_STEP], cause: REJECT_STEP },
  title: 'Reject an offered chat',
  checks: REJECT_CHECKS,
  // The Reject's window, then the chat's next offer's.
  runs: [
    {
      name: 'reject',
      drive: async (target) => (await drivers.reject()).driveReject(target),
      tests: REJECT_TESTS,
      shared: true,
      windows: 2,
    },
  ],
  whole: [{ name: 'reject', drive: async (target, hooks) => (await drivers.reject()).driveReject(target, hooks) }],
};

const rejectError = errorScenario({
  operation: REJECT,
  kind: 'reject-error',
  title: 'Reject that must be refused',
  step: REJECT_STEP,
  checks: REJECT_ERROR_CHECKS,
  caseRequirement: CASE_REQUIREMENT,
  everyCase: ['REJECT-ERR-04', 'REJECT-CODE-01'],
  titles: ERROR_TITLES,
  retries: true,
  // In the accepted chat: the Accept's window, the probe's, the REST view's after it; the not-offered probe's, then the retry's.
  windows: { accepted: 3, 'not-offered': 2 },
  drive: async (target, probe: RejectErrorCase) => (await drivers.errors()).driveRejectError(target, probe),
});

export const REJECT_SCENARIOS: readonly ScenarioDef[] = [reject, rejectError];
