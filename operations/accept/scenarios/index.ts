/**
 * Accept's scenarios, as data: how each is judged (its checks, the requirements a transcript decides)
 * and driven (its runs, each with the tests of the specs that read it).
 */
import { decidedBy, decidedByProbes, type ScenarioJudging, type ScenarioSubject } from '../../../helpers/judges/judge.ts';
import type { ScenarioDef } from '../../../helpers/scenarios/scenario.ts';
import { CONCURRENCY_CHECKS } from '../checks/concurrency.ts';
import { ERROR_CHECKS, errorRequirements } from '../checks/errors.ts';
import { ACCEPT_CHECKS } from '../checks/index.ts';
import { PARAMS_CHECKS } from '../checks/params.ts';
import { SECURITY_CHECKS, SECURITY_REQUIREMENT } from '../checks/security.ts';
import { VALIDATION_CHECKS, VALIDATION_REQUIREMENT } from '../checks/validation.ts';
import type { AcceptId } from '../judging.ts';
import { ERROR_PROBES, type ErrorProbe, SECURITY_GROUPS, type SecurityGroup, VALIDATION_PROBES, type ValidationProbe } from './probes.ts';

// The drivers load when a run is driven: listing the scenarios (a reporter, the published tables) needs none.
const drivers = {
  accept: () => import('./accept.ts'),
  concurrency: () => import('./concurrency.ts'),
  errors: () => import('./errors.ts'),
  params: () => import('./params.ts'),
  security: () => import('./security.ts'),
  validation: () => import('./validation.ts'),
};

const OPERATION = 'Accept';

/** The tests of the Accept run: groups of its requirements, one drive per worker. */
const ACCEPT_TESTS: { title: string; requirements: AcceptId[] }[] = [
  { title: 'the chat is offered by a StatusChange that offers Accept and Reject', requirements: ['ACCEPT-OFFER-01'] },
  {
    title: 'the offered chat is accepted: HTTP 200, {"statusCode": 0}, as JSON',
    requirements: ['ACCEPT-HTTP-01', 'ACCEPT-RESP-01', 'ACCEPT-RESP-02'],
  },
  {
    title: 'then StatusChange, ParticipantsUpdated and MessageLogUpdated arrive once each, in order, on /v2/me/chats, as documented',
    requirements: ['ACCEPT-SEQ-01', 'ACCEPT-SEQ-02', 'ACCEPT-SEQ-03', 'ACCEPT-ORDER-01', 'ACCEPT-CHANNEL-01', 'ACCEPT-SCHEMA-01'],
  },
  {
    title: 'the chat is Chatting, with the Chatting capabilities, one referenceId, and its own id and URI',
    requirements: [
      'ACCEPT-STATE-01',
      'ACCEPT-CAPS-01',
      'ACCEPT-CAPS-02',
      'ACCEPT-REFID-01',
      'ACCEPT-REFID-02',
      'ACCEPT-CHAT-01',
      'ACCEPT-URI-01',
    ],
  },
  {
    title: 'ParticipantsUpdated lists the agent under the nickname sent, and the customer, as the history and the GMS request name them',
    requirements: ['ACCEPT-PART-01', 'ACCEPT-PART-02', 'ACCEPT-ID-01', 'ACCEPT-ID-02', 'ACCEPT-ID-03'],
  },
  {
    title: "MessageLogUpdated carries the complete history, up to the agent's join, in order and visible to all",
    requirements: ['ACCEPT-LOG-01', 'ACCEPT-LOG-02', 'ACCEPT-LOG-03', 'ACCEPT-LOG-04', 'ACCEPT-LOG-05', 'ACCEPT-LOG-06', 'ACCEPT-LOG-07'],
  },
  { title: 'nothing else arrives about the chat through the quiet window', requirements: ['ACCEPT-QUIET-01'] },
  { title: 'no other agent hears of it, before the Accept or after', requirements: ['ACCEPT-ISOLATION-01', 'ACCEPT-ISOLATION-02'] },
];

const ERROR_TITLES: Record<ErrorProbe, string> = {
  'unknown-id': 'Accept of an unknown chat id fails and changes nothing',
  'missing-nickname': 'Accept without nickname fails; the chat can still be accepted',
  'accepted-twice': 'Accept of a chat already accepted fails and sends nothing',
  'not-offered': 'Accept of a chat offered to another agent fails; its agent can still accept it',
  'no-csrf': 'Accept without the CSRF token gets HTTP 403; the chat can still be accepted',
  'accepted-at-once': 'Two Accepts of one chat at the same moment: exactly one succeeds, one sequence follows',
};

const VALIDATION_TITLES: Record<ValidationProbe, string> = {
  'empty-nickname': 'Accept with an empty nickname fails, names the reason, and changes nothing',
  'nickname-not-string': 'Accept with a nickname that is not a string fails, names the reason, and changes nothing',
  'savelar-invalid': 'Accept with saveLAR neither true nor false fails, names the reason, and changes nothing',
  'no-operationname': 'A chat operation without operationName fails, names the reason, and changes nothing',
  'unknown-operationname': 'A chat operation with an unknown operationName fails, names the reason, and changes nothing',
};

const SECURITY_TITLES: Record<SecurityGroup, string> = {
  credentials: 'requests without credentials, as an unknown user, or with a wrong password are refused',
  csrf: "Accepts with a wrong CSRF token, another session's token, or no session cookie get HTTP 403 and change nothing",
  cometd: 'CometD handshakes without credentials or with a wrong password are refused; a client cannot publish to other agents',
};

/** The Accept and what it causes. */
const SEQUENCE: ScenarioSubject = { layout: 'sequence', steps: ['accept'], cause: 'accept' };

const accept: ScenarioDef = {
  kind: 'accept',
  operation: OPERATION,
  subject: SEQUENCE,
  title: 'Accept an offered chat',
  checks: ACCEPT_CHECKS,
  runs: [{ name: 'accept', drive: async (target) => (await drivers.accept()).driveAccept(target), tests: ACCEPT_TESTS, shared: true }],
  whole: [{ name: 'accept', drive: async (target, hooks) => (await drivers.accept()).driveAccept(target, hooks) }],
  // The Accept with timestampSeconds and chatPath in its history too.
  corpus: { variants: 'timestamp-seconds,chat-path' },
};

const errorJudging: ScenarioJudging = {
  kind: 'error',
  operation: OPERATION,
  // The failed Accept, and the Accept after it that shows the chat could still be accepted.
  subject: { layout: 'probes', steps: ['probe', 'retry-accept'], cause: 'retry-accept', perCase: true },
  checks: ERROR_CHECKS,
  decides: (scenario) => (scenario.probe ? errorRequirements(scenario.probe) : ['ACCEPT-ERR-06']),
};
const error: ScenarioDef = {
  ...errorJudging,
  title: 'Accept that must fail',
  runs: ERROR_PROBES.map((probe) => ({
    name: `error-${probe}`,
    drive: async (target) => (await drivers.errors()).driveError(target, probe),
    tests: [{ title: ERROR_TITLES[probe], requirements: decidedBy(errorJudging, { probe }) }],
  })),
  whole: ERROR_PROBES.map((probe) => ({
    name: `error-${probe}`,
    drive: async (target) => (await drivers.errors()).driveError(target, probe),
  })),
};

const concurrencyJudging: ScenarioJudging = {
  kind: 'concurrency',
  operation: OPERATION,
  subject: SEQUENCE,
  checks: [...ACCEPT_CHECKS, ...CONCURRENCY_CHECKS],
};
const concurrency: ScenarioDef = {
  ...concurrencyJudging,
  title: 'Accepts at once',
  whole: [{ name: 'concurrency', drive: async (target) => (await drivers.concurrency()).driveConcurrency(target) }],
  runs: [
    {
      name: 'concurrency',
      drive: async (target) => (await drivers.concurrency()).driveConcurrency(target),
      // GWS_CONCURRENT_AGENTS agents accept at once: on a shared server, the lanes that many accounts make.
      agents: (config) => config.concurrentAgents,
      tests: [
        {
          title: 'several agents accept at once; each sees only its own complete sequence',
          // Whether another agent hears of a chat is the Accept run's to decide, with its observer agent.
          requirements: decidedBy(concurrencyJudging).filter((id) => id !== 'ACCEPT-ISOLATION-01' && id !== 'ACCEPT-ISOLATION-02'),
        },
      ],
    },
  ],
};

const paramsJudging: ScenarioJudging = {
  kind: 'params',
  operation: OPERATION,
  subject: { layout: 'sequence', steps: ['accept'] },
  checks: PARAMS_CHECKS,
};
const params: ScenarioDef = {
  ...paramsJudging,
  title: "Accept's optional parameters",
  whole: [{ name: 'params', drive: async (target) => (await drivers.params()).driveParams(target) }],
  corpus: {
    skip: 'what it judges (saveLAR accepted, a non-ASCII nickname kept) is what a server does with a request, which the simulator faults prove',
  },
  runs: [
    {
      name: 'params',
      drive: async (target) => (await drivers.params()).driveParams(target),
      tests: [
        { title: 'Accept with saveLAR true and false, and a non-ASCII nickname shown as sent', requirements: decidedBy(paramsJudging) },
      ],
    },
  ],
};

const validationJudging: ScenarioJudging = {
  kind: 'validation',
  operation: OPERATION,
  subject: { layout: 'probes', steps: ['probe'] },
  checks: VALIDATION_CHECKS,
  decides: decidedByProbes(VALIDATION_REQUIREMENT),
};
const validation: ScenarioDef = {
  ...validationJudging,
  title: 'Accepts with invalid values',
  whole: [{ name: 'validation', drive: async (target) => (await drivers.validation()).driveValidation(target) }],
  runs: VALIDATION_PROBES.map((probe) => ({
    name: `validation-${probe}`,
    drive: async (target) => (await drivers.validation()).driveValidation(target, [probe]),
    tests: [{ title: VALIDATION_TITLES[probe], requirements: decidedBy(validationJudging, { probes: [probe] }) }],
  })),
};

const securityJudging: ScenarioJudging = {
  kind: 'security',
  operation: OPERATION,
  subject: { layout: 'probes', steps: ['probe'] },
  checks: SECURITY_CHECKS,
  decides: decidedByProbes(SECURITY_REQUIREMENT),
};
const security: ScenarioDef = {
  ...securityJudging,
  title: 'what the server must refuse',
  whole: [{ name: 'security', drive: async (target) => (await drivers.security()).driveSecurity(target) }],
  runs: (Object.keys(SECURITY_GROUPS) as SecurityGroup[]).map((group) => ({
    name: `security-${group}`,
    drive: async (target) => (await drivers.security()).driveSecurity(target, [group]),
    // Each CSRF probe waits its quiet window (an Accept refused must change nothing).
    ...(group === 'csrf' ? { windows: SECURITY_GROUPS.csrf.length } : {}),
    tests: [{ title: SECURITY_TITLES[group], requirements: decidedBy(securityJudging, { probes: [...SECURITY_GROUPS[group]] }) }],
  })),
};

export const ACCEPT_SCENARIOS: readonly ScenarioDef[] = [accept, error, concurrency, params, validation, security];
