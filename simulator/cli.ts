/**
 * npm run simulator -- [--port 8090] [--fault NAME]... [--variant NAME]... [--agents N] [--no-csrf] ...
 */

import { SUITE } from '../operations/index.ts';
import { parseCli, USAGE, UsageError } from './cli-options.ts';
import { catalogueOf } from './operations/catalogue.ts';
import { startSimulator } from './server.ts';

// Its lists piped to a reader that goes away (--list-faults | head): dropped, never an EPIPE stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') throw err;
  });

function table(rows: readonly { name: string; description: string; rationale: string }[], label: string): string {
  const width = Math.max(...rows.map((r) => r.name.length));
  return rows.map((r) => `  ${r.name.padEnd(width)}  ${r.description}\n  ${''.padEnd(width)}  ${label}: ${r.rationale}`).join('\n');
}

async function main(): Promise<void> {
  let cli: ReturnType<typeof parseCli>;
  try {
    cli = parseCli(process.argv.slice(2), SUITE.simulated);
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
