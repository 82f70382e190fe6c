/**
 * The settings table: every variable the suite reads, with its default and meaning. README's settings
 * table is generated from it (npm run generate); helpers/target/config.ts reads the variables.
 */
import { MIN_NOTIFICATION_TIMEOUT_MS, MIN_QUIET_WINDOW_MS, REAL_SERVER_WAITS, SIMULATOR_WAITS } from './config.ts';

/** A wait's default, said from the values config.ts uses. */
function waitsDefault(wait: keyof typeof REAL_SERVER_WAITS): string {
  return `${REAL_SERVER_WAITS[wait]} (${SIMULATOR_WAITS[wait]} on the embedded simulator, local; ${REAL_SERVER_WAITS[wait]} there too with the slow-server variant)`;
}

export const SETTINGS: readonly { name: string; default: string; meaning: string }[] = [
  {
    name: 'GWS_BASE_URL',
    default: '(unset, with no other target setting: the embedded simulator)',
    meaning:
      'Base URL of the GWS server under test, e.g. https://gws.example.com; `simulator` asks for the embedded simulator by name. Set but empty, or unset while a setting of your server (GWS_AGENTS, GMS_BASE_URL, GMS_SERVICE, GWS_CHAT_SOURCE, GWS_COMETD_PATH) is given: a configuration error',
  },
  {
    name: 'GWS_AGENTS',
    default: "the simulator's agent1..agent4",
    meaning: 'Agent accounts as user:password pairs separated by commas; at least 2 (one accepts, one watches for leaks)',
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
      'GMS chat service whose chats are routed to the agents; several, comma-separated, let scenarios run side by side: one service per worker, each routed to its slice of GWS_AGENTS',
  },
  {
    name: 'GWS_WORKERS',
    default: '4 on the embedded simulator; on a server, one per GMS service',
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
    meaning: `How long to watch for extra notifications after the sequence (at least ${MIN_QUIET_WINDOW_MS}: a shorter window would switch checks off)`,
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
    meaning: 'default: a broken SHOULD is NON-STRICT; strict: a broken SHOULD makes the run non-conformant',
  },
  {
    name: 'GWS_RETRIES',
    default: '0',
    meaning: 'Retries of a failed conformance test; a pass on a retry is reported as flaky and the failure is kept',
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
