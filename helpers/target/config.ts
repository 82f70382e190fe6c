/**
 * Suite configuration from environment variables. Every setting has a default that runs the suite
 * against the embedded simulator; a missing or invalid setting raises ConfigError naming the variable
 * and the fix, before any test runs. Passwords are never echoed.
 */

import { closestName } from '../contract/closest-name.ts';
import { NOTIFICATIONS_PATH } from '../contract/endpoints.ts';
import { DECLARABLE_NAMES, type DeclarableName } from '../judges/declared.ts';
import type { CometdTransport } from './cometd-session.ts';
import { ConfigError } from './config-error.ts';
import type { Credentials } from './gws-client.ts';
import type { RoutingGate } from './routing-gate.ts';
import { checkEnvironment } from './settings.ts';
import { MIN_NOTIFICATION_TIMEOUT_MS, MIN_QUIET_WINDOW_MS, REAL_SERVER_WAITS, SIMULATOR_TURN_WINDOW_MS, SIMULATOR_WAITS } from './waits.ts';

export type ChatSource = 'gms' | 'external';
export type Profile = 'default' | 'strict';

export interface SuiteConfig {
  /**
   * GWS base URL, e.g. https://gws.example.com, or with a path prefix (https://host/gws): every request
   * and the CometD endpoint go under it (targetUrl). Undefined: start the embedded simulator.
   */
  baseUrl?: string;
  agents: Credentials[];
  chatSource: ChatSource;
  gmsBaseUrl?: string;
  gmsService: string;
  /** GMS_SERVICE as a list: one service per worker (helpers/target/workers.ts). */
  gmsServices: string[];
  /** GWS_WORKERS: scenarios side by side; undefined: the default (helpers/target/workers.ts). */
  workers?: number;
  cometdPath: string;
  transport: CometdTransport;
  nickname: string;
  offerTimeoutMs: number;
  notificationTimeoutMs: number;
  quietWindowMs: number;
  /**
   * How long after a conversation turn's first notification the turn may still send
   * (helpers/target/waits.ts SIMULATOR_TURN_WINDOW_MS; a server's: the quiet window).
   */
  turnWindowMs: number;
  /**
   * What a conversation waits after each turn's first notification before the next: the turn window,
   * or 0 against a server (each turn follows the one before at once; their notifications are
   * attributed by what each claims: helpers/judges/attribution.ts).
   */
  turnWaitMs: number;
  requestTimeoutMs: number;
  /** How many agents accept at once in the concurrency spec. */
  concurrentAgents: number;
  retries: number;
  /** GWS_RECOVERY_ATTEMPTS: re-runs of a scenario whose evidence has a gap (helpers/scenarios/recovery.ts). */
  recoveryAttempts: number;
  profile: Profile;
  /** The declared profile (GWS_SERVER_WITHOUT): what the server legally switches off (helpers/judges/declared.ts). */
  serverWithout: DeclarableName[];
  simulatorFaults: string[];
  simulatorVariants: string[];
  /** The embedded simulator's Bayeux server: cometd (long-polling) or faye (long-polling and WebSocket). */
  simulatorBayeux: SimulatorBayeux;
}

export type SimulatorBayeux = 'cometd' | 'faye';

/** The value of GWS_BASE_URL that asks for the embedded simulator by name. */
export const SIMULATOR = 'simulator';

/**
 * Settings that describe a server of your own. Given without GWS_BASE_URL, the run would test the
 * embedded simulator instead of that server and could go green by mistake: a configuration error.
 */
export const STAGING_SETTINGS = ['GWS_AGENTS', 'GMS_BASE_URL', 'GMS_SERVICE', 'GWS_CHAT_SOURCE', 'GWS_COMETD_PATH'] as const;

/** A resolved target: the base URL and accounts are known (the embedded simulator's, or the configured ones). */
export interface Target {
  config: SuiteConfig & { baseUrl: string };
  /** How reports name it (never with credentials). */
  label: string;
  /**
   * Runs side by side on this target share its GMS service's routing: the exclusive part of each run
   * (an agent Ready until its offers arrived) takes this gate (helpers/target/routing-gate.ts).
   */
  gate?: RoutingGate;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number, belowMin?: string): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (belowMin && /^\d+$/.test(raw.trim()) && Number(raw) < min) {
    throw new ConfigError(
      name,
      `${raw} ms is below ${min} ms: ${belowMin}`,
      `Set ${name} to ${min} or more (default ${fallback}), or unset it.`,
    );
  }
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(
      name,
      `expected a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}`,
      `Set ${name}=${fallback} or unset it.`,
    );
  }
  return Number(raw);
}

function list(env: NodeJS.ProcessEnv, name: string): string[] {
  return (env[name] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function url(env: NodeJS.ProcessEnv, name: string, example: string): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `not a URL: ${JSON.stringify(raw.replace(/\/\/[^@/]*@/, '//***@'))}`, `Set it like ${example}.`);
  }
  if (!/^https?:$/.test(parsed.protocol))
    throw new ConfigError(name, `only http and https are supported (got ${parsed.protocol})`, `Set it like ${example}.`);
  if (parsed.search || parsed.hash)
    throw new ConfigError(name, `a query or fragment cannot be a base URL (${parsed.search}${parsed.hash})`, `Set it like ${example}.`);
  if (parsed.username || parsed.password)
    throw new ConfigError(
      name,
      'credentials in the URL would end up in logs and reports',
      'Remove them from the URL and put the agent accounts in GWS_AGENTS.',
    );
  return raw.replace(/\/+$/, '');
}

/** Separators people put between accounts instead of a comma, and how the error names them. */
const WRONG_SEPARATORS: [RegExp, string][] = [
  [/;/, 'semicolons (;)'],
  [/\s+/, 'spaces or new lines'],
  [/\|/, 'bars (|)'],
];

export function parseAgents(raw: string): Credentials[] {
  const commaSeparated = raw.split(',').filter((s) => s.trim()).length;
  if (commaSeparated < 2) {
    // One account, or several joined by another separator: name the separator, never the passwords.
    for (const [separator, named] of WRONG_SEPARATORS) {
      const parts = raw.trim().split(separator).filter(Boolean);
      if (parts.length >= 2 && parts.every((p) => /^[^:]+:.+$/.test(p)))
        throw new ConfigError(
          'GWS_AGENTS',
          `the accounts are separated by ${named}, so they read as ${commaSeparated} account`,
          'Separate the accounts with commas: GWS_AGENTS=user1:password1,user2:password2.',
        );
    }
  }
  const entries = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return entries.map((entry, i) => {
    const colon = entry.indexOf(':');
    if (colon <= 0 || colon === entry.length - 1) {
      throw new ConfigError(
        'GWS_AGENTS',
        `entry ${i + 1} is not user:password`,
        'Set GWS_AGENTS=user1:password1,user2:password2 (at least two accounts).',
      );
    }
    return { username: entry.slice(0, colon), password: entry.slice(colon + 1) };
  });
}

/**
 * Which server the run tests: the one at GWS_BASE_URL, or the embedded simulator, only when no target
 * setting is given at all or when GWS_BASE_URL=simulator asks for it by name.
 */
function readTarget(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.GWS_BASE_URL;
  if (raw !== undefined && raw.trim() === '') {
    throw new ConfigError(
      'GWS_BASE_URL',
      'is set but empty (a CI secret that did not arrive?)',
      `Set it to your GWS server, e.g. https://gws.example.com, or to ${SIMULATOR} for the embedded simulator, or unset it.`,
    );
  }
  if (raw?.trim().toLowerCase() === SIMULATOR) return undefined;
  const baseUrl = url(env, 'GWS_BASE_URL', 'https://gws.example.com');
  if (!baseUrl) {
    const given = STAGING_SETTINGS.filter((name) => env[name] !== undefined);
    if (given.length > 0) {
      throw new ConfigError(
        'GWS_BASE_URL',
        `not set, but ${given.join(', ')} ${given.length > 1 ? 'are' : 'is'}: the run would test the embedded simulator, not your server`,
        `Set GWS_BASE_URL to your GWS server (e.g. https://gws.example.com), or set GWS_BASE_URL=${SIMULATOR} to test the embedded simulator on purpose.`,
      );
    }
  }
  return baseUrl;
}

/** Reads and checks the configuration. `simulatorAccounts` are used when no GWS_BASE_URL is given. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, simulatorAccounts?: Credentials[]): SuiteConfig {
  checkEnvironment(env);
  const baseUrl = readTarget(env);
  if (baseUrl && /\/api(\/|$)/.test(new URL(baseUrl).pathname)) {
    throw new ConfigError(
      'GWS_BASE_URL',
      `give the server's base, without the API path (${new URL(baseUrl).pathname}): the suite adds /api/v2/...`,
      'Set it like https://gws.example.com, or https://host/gws for a server behind a path prefix.',
    );
  }
  const simulatorFaults = list(env, 'GWS_SIMULATOR_FAULTS');
  const simulatorVariants = list(env, 'GWS_SIMULATOR_VARIANTS');
  if (baseUrl && (simulatorFaults.length > 0 || simulatorVariants.length > 0)) {
    throw new ConfigError(
      simulatorFaults.length > 0 ? 'GWS_SIMULATOR_FAULTS' : 'GWS_SIMULATOR_VARIANTS',
      'only applies to the embedded simulator, but GWS_BASE_URL points at another server',
      'Unset it, or unset GWS_BASE_URL.',
    );
  }
  let agents: Credentials[];
  if (env.GWS_AGENTS?.trim()) agents = parseAgents(env.GWS_AGENTS);
  else if (!baseUrl && simulatorAccounts) agents = simulatorAccounts;
  else if (!baseUrl) agents = [];
  else
    throw new ConfigError(
      'GWS_AGENTS',
      'required with GWS_BASE_URL',
      'Set GWS_AGENTS=user1:password1,user2:password2 with at least two agent accounts of the target.',
    );
  if ((baseUrl || env.GWS_AGENTS) && agents.length < 2)
    throw new ConfigError(
      'GWS_AGENTS',
      `${agents.length} account given, at least 2 are needed (one accepts, one watches for leaks)`,
      'Add another user:password pair.',
    );
  const names = agents.map((a) => a.username);
  if (new Set(names).size !== names.length)
    throw new ConfigError('GWS_AGENTS', 'the same user is listed twice', 'List each agent account once.');

  const chatSource = (env.GWS_CHAT_SOURCE?.trim() || 'gms') as ChatSource;
  if (chatSource !== 'gms' && chatSource !== 'external')
    throw new ConfigError(
      'GWS_CHAT_SOURCE',
      `expected gms or external, got ${JSON.stringify(env.GWS_CHAT_SOURCE)}`,
      'Set GWS_CHAT_SOURCE=gms (the suite starts chats as a customer) or external (it waits for offers).',
    );
  const gmsBaseUrl = url(env, 'GMS_BASE_URL', 'http://gms.example.com:8080/genesys/2/chat');
  if (baseUrl && chatSource === 'gms' && !gmsBaseUrl) {
    throw new ConfigError(
      'GMS_BASE_URL',
      'required with GWS_BASE_URL and GWS_CHAT_SOURCE=gms',
      'Set GMS_BASE_URL=http://<gms-host>:<port>/genesys/2/chat, or set GWS_CHAT_SOURCE=external and start chats yourself.',
    );
  }
  const transport = (env.GWS_COMETD_TRANSPORT?.trim() || 'long-polling') as CometdTransport;
  if (transport !== 'long-polling' && transport !== 'websocket') {
    throw new ConfigError(
      'GWS_COMETD_TRANSPORT',
      `unknown transport ${JSON.stringify(transport)}`,
      'Set GWS_COMETD_TRANSPORT=long-polling (default) or websocket.',
    );
  }
  const cometdPath = env.GWS_COMETD_PATH?.trim() || NOTIFICATIONS_PATH;
  if (!cometdPath.startsWith('/'))
    throw new ConfigError(
      'GWS_COMETD_PATH',
      `must start with / (got ${JSON.stringify(cometdPath)})`,
      'Set GWS_COMETD_PATH=/api/v2/notifications or unset it.',
    );
  const askedBayeux = env.GWS_SIMULATOR_BAYEUX?.trim();
  if (askedBayeux && baseUrl)
    throw new ConfigError(
      'GWS_SIMULATOR_BAYEUX',
      'only applies to the embedded simulator, but GWS_BASE_URL points at another server',
      'Unset it, or unset GWS_BASE_URL.',
    );
  if (askedBayeux && askedBayeux !== 'cometd' && askedBayeux !== 'faye')
    throw new ConfigError(
      'GWS_SIMULATOR_BAYEUX',
      `expected cometd or faye, got ${JSON.stringify(askedBayeux)}`,
      'Set GWS_SIMULATOR_BAYEUX=cometd or faye, or unset it.',
    );
  const simulatorBayeux = (askedBayeux || (transport === 'websocket' ? 'faye' : 'cometd')) as SimulatorBayeux;
  if (!baseUrl && transport === 'websocket' && simulatorBayeux === 'cometd')
    throw new ConfigError(
      'GWS_SIMULATOR_BAYEUX',
      'the cometd backend serves CometD over long-polling only, and GWS_COMETD_TRANSPORT=websocket',
      'Set GWS_SIMULATOR_BAYEUX=faye (or unset it: websocket picks faye), or unset GWS_COMETD_TRANSPORT.',
    );
  if (!baseUrl) {
    if (env.GMS_BASE_URL !== undefined)
      throw new ConfigError(
        'GMS_BASE_URL',
        'the embedded simulator serves its own GMS',
        'Unset GMS_BASE_URL, or set GWS_BASE_URL to your GWS server.',
      );
    if (cometdPath !== NOTIFICATIONS_PATH)
      throw new ConfigError(
        'GWS_COMETD_PATH',
        `the embedded simulator serves CometD at ${NOTIFICATIONS_PATH} only`,
        'Unset GWS_COMETD_PATH, or set GWS_BASE_URL to your GWS server.',
      );
  }
  const profile = (env.GWS_PROFILE?.trim() || 'default') as Profile;
  if (profile !== 'default' && profile !== 'strict')
    throw new ConfigError(
      'GWS_PROFILE',
      `expected default or strict, got ${JSON.stringify(env.GWS_PROFILE)}`,
      'Set GWS_PROFILE=default or GWS_PROFILE=strict.',
    );
  const serverWithout = list(env, 'GWS_SERVER_WITHOUT');
  for (const name of serverWithout)
    if (!(DECLARABLE_NAMES as string[]).includes(name)) {
      const near = closestName(name, DECLARABLE_NAMES);
      throw new ConfigError(
        'GWS_SERVER_WITHOUT',
        `${JSON.stringify(name)} is not something a server may declare it is without${near ? ` (did you mean ${near}?)` : ''}`,
        `Set GWS_SERVER_WITHOUT to some of: ${DECLARABLE_NAMES.join(', ')}; or unset it.`,
      );
    }
  const nickname = env.GWS_AGENT_NICKNAME ?? 'Conformance Agent';
  const gmsServices = (env.GMS_SERVICE?.trim() || 'customer-support')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const defaultConcurrency = Math.max(2, Math.min(4, agents.length || 4));
  const concurrentAgents = int(env, 'GWS_CONCURRENT_AGENTS', defaultConcurrency, 2, 500);
  if (agents.length > 0 && concurrentAgents > agents.length)
    throw new ConfigError(
      'GWS_CONCURRENT_AGENTS',
      `${concurrentAgents} agents asked for, ${agents.length} accounts in GWS_AGENTS`,
      'Lower GWS_CONCURRENT_AGENTS or add accounts.',
    );
  const quietWindowMs = int(
    env,
    'GWS_QUIET_WINDOW_MS',
    (baseUrl ? REAL_SERVER_WAITS : SIMULATOR_WAITS).quietWindowMs,
    MIN_QUIET_WINDOW_MS,
    600_000,
    'a shorter window cannot show an extra notification (ACCEPT-QUIET-01) or a change after a failed Accept (ACCEPT-ERR-06)',
  );
  return {
    baseUrl,
    agents,
    chatSource,
    gmsBaseUrl,
    gmsService: gmsServices[0],
    gmsServices,
    ...(env.GWS_WORKERS?.trim() ? { workers: int(env, 'GWS_WORKERS', 1, 1, 64) } : {}),
    cometdPath,
    transport,
    nickname,
    offerTimeoutMs: int(env, 'GWS_OFFER_TIMEOUT_MS', 10_000, 100, 600_000),
    notificationTimeoutMs: int(
      env,
      'GWS_NOTIFICATION_TIMEOUT_MS',
      (baseUrl ? REAL_SERVER_WAITS : SIMULATOR_WAITS).notificationTimeoutMs,
      MIN_NOTIFICATION_TIMEOUT_MS,
      600_000,
      'a shorter wait would fail a server whose notifications legitimately trail the Accept response',
    ),
    quietWindowMs,
    // The embedded simulator sends an operation's notifications as it answers: its turns need less.
    turnWindowMs: baseUrl ? quietWindowMs : Math.min(quietWindowMs, SIMULATOR_TURN_WINDOW_MS),
    // The turns do not wait their window: what each sends late is told by its content (a deviation of
    // the embedded simulator that sends late has them wait: helpers/target/embedded-simulator.ts).
    turnWaitMs: 0,
    requestTimeoutMs: int(env, 'GWS_REQUEST_TIMEOUT_MS', 15_000, 100, 600_000),
    concurrentAgents,
    retries: int(env, 'GWS_RETRIES', 0, 0, 5),
    recoveryAttempts: int(env, 'GWS_RECOVERY_ATTEMPTS', 1, 0, 3),
    profile,
    serverWithout: [...new Set(serverWithout)] as DeclarableName[],
    simulatorFaults,
    simulatorVariants,
    simulatorBayeux,
  };
}

/** How reports name the target: its URL, or the embedded simulator with its faults and variants. */
export function targetLabel(config: SuiteConfig): string {
  if (config.baseUrl) return config.baseUrl;
  const deviations = [
    ...(config.simulatorBayeux === 'faye' ? ['faye'] : []),
    ...config.simulatorFaults.map((f) => `fault ${f}`),
    ...config.simulatorVariants.map((v) => `variant ${v}`),
  ];
  return `embedded simulator${deviations.length > 0 ? ` (${deviations.join(', ')})` : ''}`;
}

/** The settings a run used, as every summary records them (no credentials: the accounts are counted). */
export function effectiveSettings(config: SuiteConfig): Record<string, string | number> {
  return {
    target: targetLabel(config),
    agents: config.agents.length,
    chatSource: config.chatSource,
    ...(config.baseUrl ? { gmsBaseUrl: config.gmsBaseUrl ?? '(none: external chats)', cometdPath: config.cometdPath } : {}),
    gmsService: config.gmsService,
    transport: config.transport,
    nickname: config.nickname,
    offerTimeoutMs: config.offerTimeoutMs,
    notificationTimeoutMs: config.notificationTimeoutMs,
    quietWindowMs: config.quietWindowMs,
    turnWindowMs: config.turnWindowMs,
    turnWaitMs: config.turnWaitMs,
    requestTimeoutMs: config.requestTimeoutMs,
    concurrentAgents: config.concurrentAgents,
    retries: config.retries,
    recoveryAttempts: config.recoveryAttempts,
    profile: config.profile,
    serverWithout: config.serverWithout.join(',') || '(none)',
  };
}
