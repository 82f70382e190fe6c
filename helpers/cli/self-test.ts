/**
 * npm run self-test [-- NAME ...] [--parallel=N] [--bayeux=cometd|faye] [--transport=long-polling|websocket]:
 * the faithful simulator, then each fault and each legal variant (or only those named), against every
 * scenario, on the Bayeux backend and transport named (default: cometd, long-polling). Exit 0 when every fault is caught on
 * exactly its requirements and every variant is clean, 1 otherwise, 2 when the self-test itself broke.
 */
import { SUITE } from '../../operations/index.ts';
import { formatReport, formatRow, runSelfTest } from '../proof/self-test.ts';

const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const parallelArg = process.argv.find((a) => a.startsWith('--parallel='));
const bayeuxArg = process.argv.find((a) => a.startsWith('--bayeux='))?.split('=')[1];
const transportArg = process.argv.find((a) => a.startsWith('--transport='))?.split('=')[1];
const env: Record<string, string> = {
  ...(bayeuxArg ? { GWS_SIMULATOR_BAYEUX: bayeuxArg } : {}),
  ...(transportArg ? { GWS_COMETD_TRANSPORT: transportArg, GWS_BASE_URL: 'simulator' } : {}),
};
const started = Date.now();
console.log(`self-test: faithful simulator, ${SUITE.faults.length} faults, ${SUITE.variants.length} variants; each against every scenario`);
runSelfTest({ only, env, parallel: parallelArg ? Number(parallelArg.split('=')[1]) : undefined, onRow: (r) => console.log(formatRow(r)) })
  .then((report) => {
    console.log(`\n${formatReport(report)}\n(${((Date.now() - started) / 1000).toFixed(0)} s)`);
    process.exit(report.ok ? 0 : 1);
  })
  .catch((err: unknown) => {
    console.error(`self-test broke: ${err instanceof Error ? err.stack : String(err)}`);
    process.exit(2);
  });
