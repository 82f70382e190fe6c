/**
 * Every setting a run used, with its value and where it came from (the environment, or the default),
 * listed once at the start of the run and in its summary. Secrets never appear: the accounts are
 * counted.
 */
import type { SuiteConfig } from './config.ts';
import { SETTINGS } from './settings.ts';

export interface SettingUsed {
  name: string;
  value: string;
  source: 'environment' | 'default';
}

/** The value of each setting the configuration holds, as the run used it. */
function configValues(c: SuiteConfig): Record<string, string | number | undefined> {
  const embedded = c.baseUrl === undefined;
  const simulatorOnly = (value: string) => (embedded ? value || '(none)' : '(not used: the target is a server)');
  return {
    GWS_BASE_URL: c.baseUrl ?? 'the embedded simulator',
    GWS_AGENTS: c.agents.length > 0 ? `${c.agents.length} accounts (never listed)` : "the simulator's own accounts",
    GWS_CHAT_SOURCE: c.chatSource,
    GMS_BASE_URL: c.gmsBaseUrl ?? (embedded ? "the simulator's own" : '(none: external chats)'),
    GMS_SERVICE: c.gmsServices.join(','),
    GWS_COMETD_PATH: c.cometdPath,
    GWS_COMETD_TRANSPORT: c.transport,
    GWS_AGENT_NICKNAME: c.nickname,
    GWS_OFFER_TIMEOUT_MS: c.offerTimeoutMs,
    GWS_NOTIFICATION_TIMEOUT_MS: c.notificationTimeoutMs,
    GWS_QUIET_WINDOW_MS: c.quietWindowMs,
    GWS_REQUEST_TIMEOUT_MS: c.requestTimeoutMs,
    GWS_CONCURRENT_AGENTS: c.concurrentAgents,
    GWS_PROFILE: c.profile,
    GWS_SERVER_WITHOUT: c.serverWithout.join(',') || '(none declared)',
    GWS_RETRIES: c.retries,
    GWS_RECOVERY_ATTEMPTS: c.recoveryAttempts,
    GWS_SIMULATOR_FAULTS: simulatorOnly(c.simulatorFaults.join(',')),
    GWS_SIMULATOR_VARIANTS: simulatorOnly(c.simulatorVariants.join(',')),
    GWS_SIMULATOR_BAYEUX: simulatorOnly(c.simulatorBayeux),
  };
}

/**
 * Every setting of the table, as this run used it. `decided` holds values the command decided beyond
 * the configuration (the number of workers).
 */
export function settingsUsed(c: SuiteConfig, env: NodeJS.ProcessEnv, decided: Record<string, string | number> = {}): SettingUsed[] {
  const values = { ...configValues(c), ...decided };
  return SETTINGS.map((s) => {
    const given = env[s.name] !== undefined;
    const value = values[s.name] ?? (given && !s.secret ? env[s.name] : s.default);
    return { name: s.name, value: String(value), source: given ? 'environment' : 'default' };
  });
}

/** The list as the run prints it at the start: one line per setting. */
export function formatSettingsUsed(used: SettingUsed[]): string {
  const width = Math.max(...used.map((u) => u.name.length));
  return used.map((u) => `  ${u.name.padEnd(width)}  ${u.value}${u.source === 'environment' ? '' : '  (default)'}`).join('\n');
}
