/**
 * The settings table: every variable the suite reads, with its default and meaning. README's settings
 * table is generated from it (npm run generate); helpers/target/config.ts reads the variables. A GWS_*
 * or GMS_* variable that is neither here nor internal stops the run (checkEnvironment): a misspelled
 * setting is never ignored.
 */
import { closestName } from '../contract/closest-name.ts';
import { ConfigError } from './config-error.ts';
import { MIN_NOTIFICATION_TIMEOUT_MS, MIN_QUIET_WINDOW_MS, REAL_SERVER_WAITS, SIMULATOR_TURN_WINDOW_MS, SIMULATOR_WAITS } from './waits.ts';

/** A wait's default, said from the values config.ts uses. */
function waitsDefault(wait: keyof typeof REAL_SERVER_WAITS): string {
  return `${REAL_SERVER_WAITS[wait]} (${SIMULATOR_WAITS[wait]} on the embedded simulator, local; ${REAL_SERVER_WAITS[wait]} there too with the slow-server variant)`;
}

export interface Setting {
  name: string;
  default: string;
  meaning: string;
  /** Its value holds passwords: listed with them masked. */
  secret?: true;
}

export const SETTINGS: readonly Setting[] = [
  {
    name: 'GWS_BASE_URL',
    default: '(unset, with no other target setting: the embedded simulator)',
    meaning:
      'Base URL of the GWS server under test, e.g. https://gws.example.com, or with the path prefix a proxy serves it under (https://host/gws: every request and the CometD endpoint go under it); `simulator` asks for the embedded simulator by name. Set but empty, or unset while a setting of your server (GWS_AGENTS, GMS_BASE_URL, GMS_SERVICE, GWS_CHAT_SOURCE, GWS_COMETD_PATH) is given: a configuration error',
  },
  {
    name: 'GWS_AGENTS',
    default: "the simulator's agent1..agent4",
    meaning:
      "Agent accounts as user:password pairs separated by commas; at least 2 (one accepts, one watches for leaks). On a server, each worker's share is cut into lanes of 2 accounts (the concurrency spec takes the lanes its GWS_CONCURRENT_AGENTS agents need): one scenario runs on each lane at a time, side by side, once the share holds twice GWS_CONCURRENT_AGENTS accounts (else one scenario at a time)",
    secret: true,
  },
  {
    name: 'GWS_CHAT_SOURCE',
    default: 'gms',
    meaning:
      'How a chat gets offered: gms (the suite starts it as a customer through the GMS Chat API v2) or external (someone else starts chats; the suite waits for offers)',
  },
  {
    name: 'GMS_BASE_URL',
    default: '(required with GWS_BASE_URL and gms chats; the simulator serves its own)',
    meaning: 'GMS Chat API v2 base, e.g. http://gms.example.com:8080/genesys/2/chat',
  },
  {
    name: 'GMS_SERVICE',
    default: 'customer-support',
    meaning:
      'GMS chat service whose chats are routed to the agents; several, comma-separated, give a worker each, each routed to its slice of GWS_AGENTS. On one service, scenarios still run side by side on lanes of accounts, only the part from an agent Ready to its offer one at a time',
  },
  {
    name: 'GWS_WORKERS',
    default: '1 on the embedded simulator (every scenario side by side, each on a simulator of its own); on a server, one per GMS service',
    meaning:
      'Scenarios side by side, each worker with its own slice of GWS_AGENTS (GWS_CONCURRENT_AGENTS accounts, at least 2) and its own GMS service; fewer run when the accounts or services do not allow more, and the run says so',
  },
  { name: 'GWS_COMETD_PATH', default: '/api/v2/notifications', meaning: 'CometD endpoint path on the GWS server' },
  {
    name: 'GWS_COMETD_TRANSPORT',
    default: 'long-polling',
    meaning:
      "CometD transport: long-polling, or websocket (each agent's upgrade carries its own session cookie and credentials; a server that refuses the upgrade gets long-polling, said once and recorded). With the embedded simulator, websocket picks its faye backend",
  },
  { name: 'GWS_AGENT_NICKNAME', default: 'Conformance Agent', meaning: 'Nickname sent in Accept' },
  { name: 'GWS_OFFER_TIMEOUT_MS', default: '10000', meaning: 'How long to wait for a chat offer' },
  {
    name: 'GWS_NOTIFICATION_TIMEOUT_MS',
    default: waitsDefault('notificationTimeoutMs'),
    meaning: `How long to wait for the notifications of Accept (at least ${MIN_NOTIFICATION_TIMEOUT_MS}: a shorter wait could fail a legal server)`,
  },
  {
    name: 'GWS_QUIET_WINDOW_MS',
    default: waitsDefault('quietWindowMs'),
    meaning: `How long to watch for extra notifications after the sequence (at least ${MIN_QUIET_WINDOW_MS}: a shorter window would switch checks off), and how late a turn of the whole conversation may still send: the turns follow each other at once, each turn's notifications told by their content (one that no single turn claims has the turns taken again, each waiting this window; on the embedded simulator, which sends an operation's notifications as it answers, ${SIMULATOR_TURN_WINDOW_MS} ms)`,
  },
  { name: 'GWS_REQUEST_TIMEOUT_MS', default: '15000', meaning: 'HTTP request timeout' },
  {
    name: 'GWS_CONCURRENT_AGENTS',
    default: 'all agents, at most 4',
    meaning: 'Agents that accept at once in the concurrency spec (2 or more)',
  },
  {
    name: 'GWS_PROFILE',
    default: 'default',
    meaning:
      'default: a broken SHOULD is NON-STRICT; strict: a broken SHOULD makes the run non-conformant (SHOULDs the docs state or show; a choice the docs leave open is listed as an open choice, never failed)',
  },
  {
    name: 'GWS_SERVER_WITHOUT',
    default: '(none: the server has every feature the docs describe)',
    meaning:
      "What the server under test legally switches off, declared by you, comma-separated: csrf-protection (GWS's enableCsrfProtection off), or a chat operation it does not offer, by its operationName (AttachUserData, UpdateUserData, DeleteUserData where user data is disabled, SendUrl, ...; Accept cannot be). Each item's requirements are NOT APPLICABLE, named in the summary and the certificate, and an operation's scenarios are not driven; without the declaration a server that lacks the feature is judged as the requirements say (a write without a CSRF token must be refused)",
  },
  {
    name: 'GWS_RETRIES',
    default: '0',
    meaning: 'Retries of a failed conformance test; a pass on a retry is reported as flaky and the failure is kept',
  },
  {
    name: 'GWS_RECOVERY_ATTEMPTS',
    default: '1',
    meaning:
      "Re-runs of a scenario whose evidence has a gap (a CometD session cut, a request without answer, a gateway's 502/503/504): on fresh sessions and a fresh chat, the re-run judged, the first attempt kept under reports/set-aside/ and named in the report; 0 switches it off. A FAIL on clean evidence is never re-run",
  },
  {
    name: 'GWS_REPORTS_DIR',
    default: 'reports',
    meaning: "Where npm run conformance writes the reports (cleared at the start of each run, but for Allure's history.jsonl)",
  },
  {
    name: 'GWS_BASELINE',
    default: '(none)',
    meaning:
      'npm run conformance only: the reports folder of an earlier run (or several, comma-separated) to compare this run with (compare.md, compare.json, compare-junit.xml, a section in summary.md); a conformant run that regressed exits 1',
  },
  {
    name: 'GWS_BASELINE_SCOPE',
    default: 'all',
    meaning:
      'What a run compares with GWS_BASELINE: all (verdicts, contract drift and timing: a baseline without transcripts is a configuration error, and one that ran other scenarios leaves drift and timing not compared, exit 2) or verdicts (the verdicts alone, on purpose)',
  },
  {
    name: 'GWS_REPORT_FORMATS',
    default: 'html,junit,allure',
    meaning:
      "The reports npm run conformance writes beside its summary (summary.md and summary.json, always), comma-separated: html (Playwright's HTML report), junit (JUnit XML), allure (Allure's report), or none; each one left out is work the run does not do",
  },
  {
    name: 'GWS_ALLURE_HISTORY',
    default: '<reports>/history.jsonl (kept when the reports are cleared)',
    meaning: "Allure 3's history file, appended by each run: keep it between CI runs for trends",
  },
  {
    name: 'GWS_SIMULATOR_FAULTS',
    default: '(none)',
    meaning: 'Embedded simulator only: faults to switch on, comma-separated (npm run simulator -- --list-faults)',
  },
  { name: 'GWS_SIMULATOR_VARIANTS', default: '(none)', meaning: 'Embedded simulator only: legal variants to switch on, comma-separated' },
  {
    name: 'GWS_SIMULATOR_BAYEUX',
    default: 'cometd; faye with GWS_COMETD_TRANSPORT=websocket',
    meaning: 'Embedded simulator only: its Bayeux server, cometd (cometd-nodejs-server, long-polling) or faye (long-polling and WebSocket)',
  },
];

/**
 * Variables the suite sets or reads for its own workings, never a user's setting: known, so that the
 * check of the environment does not stop on them.
 */
export const INTERNAL_SETTINGS: Readonly<Record<string, string>> = {
  GWS_VERDICTS_FILE: 'set by npm run conformance for its Playwright process: where the verdicts reporter writes',
  GWS_ALLURE_DONE_FILE:
    "set by npm run conformance for its Playwright process: the file created once Allure's results are all written, when the command has Allure's report built",
  GWS_CONFORMANCE_REPORTS: "set by npm run conformance for its Playwright process: the run's reports folder",
  GWS_RUN_TARGET: "set by npm run conformance for its Playwright process: the target's name in the reports",
  GWS_RUN_SHARD:
    "set by npm run conformance for its Playwright process: the --shard=i/n it was given; a shard writes Playwright's blob report, which npm run merge merges",
  GWS_RUN_WORKERS:
    "set by npm run conformance for its Playwright process: its worker count; with one worker and no shard, the spec groups a scenario's tests as one (Playwright binds a copy of the whole file to each group)",
  GWS_RUN_GREP:
    'set by npm run conformance for its Playwright process: the --grep and --grep-invert it was given, so that only the runs of the selected tests are driven side by side',
  GWS_UNSAFE_NO_REDACTION: "the suite's own secrets test only: proves the scan finds what redaction removes",
};

const KNOWN = [...SETTINGS.map((s) => s.name), ...Object.keys(INTERNAL_SETTINGS)];

/**
 * Every GWS_* and GMS_* variable must be a known setting, and a setting that is set must have a value:
 * a misspelled name (GWS_BASEURL) would otherwise leave the run on its default (the embedded simulator,
 * the default profile) and could end green; an empty value (a CI secret that did not arrive) would
 * quietly become the default. Throws a ConfigError naming the variable and the nearest known name.
 */
export function checkEnvironment(env: NodeJS.ProcessEnv): void {
  for (const name of Object.keys(env).sort()) {
    if (!/^(GWS|GMS)_/.test(name)) continue;
    if (!KNOWN.includes(name)) {
      const near = closestName(name, KNOWN, Math.max(3, Math.floor(name.length / 4)));
      throw new ConfigError(
        name,
        `not a setting of this suite${near ? ` (did you mean ${near}?)` : ''}: it would be ignored and the run would use the default instead`,
        near
          ? `Rename it to ${near}, or unset ${name}. Every setting is in the README's settings table.`
          : `Unset ${name}, or use a name from the README's settings table.`,
      );
    }
    const setting = SETTINGS.find((s) => s.name === name);
    if (setting && env[name]?.trim() === '') {
      throw new ConfigError(
        name,
        'is set but empty (a CI secret or variable that did not arrive?)',
        `Set it to a value, or unset it for the default (${setting.default}).`,
      );
    }
  }
}
