/**
 * npm run simulator's options (simulator/cli.ts): the usage text, and the options read from the command
 * line, each bad one a UsageError naming it, before anything starts.
 */
import { parseArgs } from 'node:util';
import { BAYEUX_BACKENDS, type BayeuxBackend } from './bayeux/index.ts';
import { findDeviation } from './operations/catalogue.ts';
import type { SimulatedOperation } from './operations/operation.ts';
import { DEFAULT_PASSWORD, DEFAULT_SERVICES, type LogLevel } from './options.ts';

const LOG_LEVELS: LogLevel[] = ['silent', 'error', 'warn', 'info', 'debug'];

export const USAGE = `GWS reference simulator (agent-side GWS Chat API + CometD, customer-side GMS Chat API v2)

Usage: npm run simulator -- [options]

Options:
  --port N            TCP port (default 8090; 0 picks a free one)
  --host ADDR         interface to listen on (default 127.0.0.1)
  --agents N          agent accounts agent1..agentN (default 4)
  --password TEXT     password of every agent account (default: ${DEFAULT_PASSWORD})
  --capacity N        chats an agent handles at once (default 1)
  --no-csrf           switch CSRF protection off (X-CSRF-TOKEN not required)
  --fault NAME        switch a fault on (repeatable); --list-faults shows them
  --variant NAME      switch a legal variant on (repeatable); --list-variants shows them
  --service NAME      GMS chat service to serve (repeatable; default ${DEFAULT_SERVICES.join(', ')})
  --body-limit BYTES  largest request body (default 65536)
  --log-level LEVEL   ${LOG_LEVELS.join(' | ')} (default warn); debug logs every HTTP request
                      and Bayeux message, redacted
  --bayeux NAME       the Bayeux server: cometd (cometd-nodejs-server, long-polling; default)
                      or faye (long-polling and WebSocket); also GWS_SIMULATOR_BAYEUX
  --stamp             benchmark instrumentation: put each notification's send time in its
                      Bayeux ext.sentAt (the GWS payload is untouched)
  --list-faults       list the faults and exit
  --list-variants     list the legal variants and exit
  --help              this text
`;

export class UsageError extends Error {}

function positiveInt(name: string, value: string | undefined, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max)
    throw new UsageError(
      `--${name} takes a whole number ${max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `from ${min} to ${max}`} (got ${JSON.stringify(value)})`,
    );
  return Number(value);
}

function flags(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        agents: { type: 'string' },
        password: { type: 'string' },
        capacity: { type: 'string' },
        'no-csrf': { type: 'boolean' },
        fault: { type: 'string', multiple: true },
        variant: { type: 'string', multiple: true },
        service: { type: 'string', multiple: true },
        'body-limit': { type: 'string' },
        'log-level': { type: 'string' },
        stamp: { type: 'boolean' },
        bayeux: { type: 'string' },
        'list-faults': { type: 'boolean' },
        'list-variants': { type: 'boolean' },
        help: { type: 'boolean' },
      },
    });
  } catch (err) {
    throw new UsageError(`${err instanceof Error ? err.message : String(err)}\nRun with --help for the options.`);
  }
}

/** The options of `argv`, the deviations named checked against the operations the simulator serves. */
export function parseCli(argv: string[], simulated: readonly SimulatedOperation[]) {
  const v = flags(argv).values;
  const faults = v.fault ?? [];
  const variants = v.variant ?? [];
  for (const name of faults) {
    try {
      findDeviation(simulated, 'fault', name);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
  }
  for (const name of variants) {
    try {
      findDeviation(simulated, 'variant', name);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
  }
  const logLevel = v['log-level'];
  if (logLevel !== undefined && !LOG_LEVELS.includes(logLevel as LogLevel))
    throw new UsageError(`--log-level must be one of ${LOG_LEVELS.join(', ')} (got ${JSON.stringify(logLevel)})`);
  if (v.password !== undefined && v.password.length === 0) throw new UsageError('--password must not be empty');
  const bayeux = v.bayeux ?? process.env.GWS_SIMULATOR_BAYEUX ?? 'cometd';
  if (!BAYEUX_BACKENDS.includes(bayeux as BayeuxBackend))
    throw new UsageError(`--bayeux must be one of ${BAYEUX_BACKENDS.join(', ')} (got ${JSON.stringify(bayeux)})`);
  return {
    help: v.help ?? false,
    listFaults: v['list-faults'] ?? false,
    listVariants: v['list-variants'] ?? false,
    options: {
      operations: simulated,
      port: positiveInt('port', v.port, 0, 65535) ?? 8090,
      host: v.host ?? '127.0.0.1',
      agents: positiveInt('agents', v.agents, 1) ?? 4,
      password: v.password,
      capacity: positiveInt('capacity', v.capacity, 1),
      csrf: !(v['no-csrf'] ?? false),
      faults,
      variants,
      services: v.service,
      bodyLimit: positiveInt('body-limit', v['body-limit'], 1),
      logLevel: (logLevel as LogLevel | undefined) ?? 'warn',
      stamp: v.stamp ?? false,
      bayeux: bayeux as BayeuxBackend,
    },
  };
}
