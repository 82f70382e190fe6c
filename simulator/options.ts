/**
 * How the simulator is started and what a running one tells its caller.
 */
import type { AgentAccount } from './model.ts';
import type { SimulatedOperation } from './operations/operation.ts';

export const DEFAULT_PASSWORD = 'gws-sim-password';
export const DEFAULT_SERVICES = ['customer-support', 'request-chat'];

export type LogLevel = 'silent' | 'error' | 'warn' | 'info' | 'debug';

export interface SimulatorOptions {
  /** The chat operations served, each with its catalogue of faults and variants (operations/index.ts lists them). */
  operations: readonly SimulatedOperation[];
  /** TCP port; 0 (default) picks a free one. */
  port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** Number of agent accounts agent1..agentN (default 4), or the accounts themselves. */
  agents?: number | AgentAccount[];
  /** Password of the generated accounts (default DEFAULT_PASSWORD). */
  password?: string;
  /** CSRF protection (enableCsrfProtection); default on. */
  csrf?: boolean;
  /** Faults to switch on, by name (the operations' catalogues). */
  faults?: string[];
  /** Legal variants to switch on, by name (the operations' catalogues). */
  variants?: string[];
  /** Chats an agent handles at once (default 1). */
  capacity?: number;
  /** Largest request body in bytes (default 64 KiB); larger ones get HTTP 413. */
  bodyLimit?: number;
  /** GMS service names served (default customer-support, request-chat). */
  services?: string[];
  /** Log level (default warn). debug logs every HTTP request and Bayeux message, redacted. */
  logLevel?: LogLevel;
  /** Where logs go (default stderr). */
  logStream?: NodeJS.WritableStream;
  /**
   * Benchmark instrumentation: every notification carries its send time (epoch ms, sub-ms precision)
   * in the Bayeux ext field, ext.sentAt. The GWS payload (data) is untouched.
   */
  stamp?: boolean;
  /** The Bayeux server behind /api/v2/notifications: cometd (cometd-nodejs-server, long-polling; default) or faye (long-polling and WebSocket). */
  bayeux?: 'cometd' | 'faye';
}

export interface RunningSimulator {
  /** e.g. http://127.0.0.1:8090 */
  baseUrl: string;
  /** externalApiUrlV2: baseUrl + /api/v2 */
  apiBase: string;
  /** CometD endpoint: baseUrl + /api/v2/notifications */
  notificationsUrl: string;
  /** GMS Chat API v2 base: baseUrl + /genesys/2/chat */
  gmsBase: string;
  services: string[];
  agents: AgentAccount[];
  /** The Bayeux backend serving /api/v2/notifications. */
  bayeux: 'cometd' | 'faye';
  faults: string[];
  variants: string[];
  csrf: boolean;
  stop(): Promise<void>;
}
