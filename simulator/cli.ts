/**
 * npm run simulator -- [--port 8090] [--fault NAME]... [--variant NAME]... [--agents N] [--no-csrf] ...
 */
import { parseArgs } from 'node:util';
import { SUITE } from '../operations/index.ts';
import { BAYEUX_BACKENDS, type BayeuxBackend } from './bayeux/index.ts';
import { catalogueOf, findDeviation } from './operations/catalogue.ts';
import { DEFAULT_PASSWORD, DEFAULT_SERVICES, type LogLevel } from './options.ts';
import { startSimulator } from './server.ts';

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

export function parseCli(argv: string[]) {
  const v = flags(argv).values;
  const faults = v.fault ?? [];
  const variants = v.variant ?? [];
  for (const name of faults) {
    try {
      findDeviation(SUITE.simulated, 'fault', name);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
  }
  for (const name of variants) {
    try {
      findDeviation(SUITE.simulated, 'variant', name);
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
      operations: SUITE.simulated,
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

function table(rows: readonly { name: string; description: string; rationale: string }[], label: string): string {
  const width = Math.max(...rows.map((r) => r.name.length));
  return rows.map((r) => `  ${r.name.padEnd(width)}  ${r.description}\n  ${''.padEnd(width)}  ${label}: ${r.rationale}`).join('\n');
}

async function main(): Promise<void> {
  let cli: ReturnType<typeof parseCli>;
  try {
    cli = parseCli(process.argv.slice(2));
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`simulator: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
  if (cli.help) {
    console.log(USAGE);
    return;
  }
  const faults = catalogueOf(SUITE.simulated, 'fault');
  const variants = catalogueOf(SUITE.simulated, 'variant');
  if (cli.listFaults) {
    console.log(`${faults.length} faults (each breaks one documented behaviour):\n${table(faults, 'breaks')}`);
    return;
  }
  if (cli.listVariants) {
    console.log(`${variants.length} legal variants (a conformant server may do this):\n${table(variants, 'legal because')}`);
    return;
  }
  const sim = await startSimulator(cli.options);
  // The signals handled before the banner says it listens: a Ctrl-C as soon as it is read stops it cleanly.
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return; // npm forwards the terminal's Ctrl-C too: one stop is enough
    stopping = true;
    console.log(`simulator: ${signal}: stopping`);
    // Open connections (a long-poll in flight) must not keep it serving: stop() closes them.
    const force = setTimeout(() => {
      console.error('simulator: did not stop within 5 s; exiting');
      process.exit(1);
    }, 5_000);
    void sim.stop().then(() => {
      clearTimeout(force);
      console.log('simulator stopped');
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(`GWS simulator listening on ${sim.baseUrl}`);
  console.log(`  GWS API:      ${sim.apiBase}`);
  console.log(`  CometD:       ${sim.notificationsUrl} (${sim.bayeux === 'faye' ? 'long-polling and WebSocket' : 'long-polling'})`);
  console.log(`  GMS chat:     ${sim.services.map((s) => `${sim.gmsBase}/${s}`).join(', ')}`);
  console.log(
    `  agents:       ${sim.agents.map((a) => a.username).join(', ')} (password: ${cli.options.password === undefined ? 'the default, see --help' : 'as given by --password'})`,
  );
  console.log(`  CSRF:         ${sim.csrf ? 'on' : 'off'}`);
  console.log(`  faults:       ${sim.faults.join(', ') || 'none (faithful)'}`);
  console.log(`  variants:     ${sim.variants.join(', ') || 'none'}`);
  console.log('  stop:         Ctrl-C (SIGINT) or SIGTERM');
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  main().catch((err: unknown) => {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE') console.error(`simulator: port already in use; pick another with --port (or --port 0 for a free one)`);
    else console.error(`simulator: ${e.message ?? String(err)}`);
    process.exit(1);
  });
}
