/**
 * npm run self-test [-- NAME ...] [--parallel=N] [--bayeux=cometd|faye] [--transport=long-polling|websocket]:
 * the faithful simulator, then each fault and each legal variant (or only those named), against every
 * scenario, on the Bayeux backend and transport named (default: cometd, long-polling). Exit 0 when every fault is caught on
 * exactly its requirements and every variant is clean, 1 otherwise, 2 when the self-test itself broke.
 * With --turns-at-once: the whole conversation only, with windows and with the turns at once (as against
 * a server), each fault and variant judged the same both ways (helpers/proof/turns-at-once.ts).
 */
import { SUITE } from '../../operations/index.ts';
import { formatReport, formatRow, runSelfTest } from '../proof/self-test.ts';
import { formatTurnsRow, runTurnsAtOnce } from '../proof/turns-at-once.ts';
import { dropOutputWhenReaderGoes } from '../report/child-output.ts';

// Its output piped to a reader that goes away (| head): dropped, never an EPIPE stack trace.
dropOutputWhenReaderGoes();

const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const parallelArg = process.argv.find((a) => a.startsWith('--parallel='));
const bayeuxArg = process.argv.find((a) => a.startsWith('--bayeux='))?.split('=')[1];
const transportArg = process.argv.find((a) => a.startsWith('--transport='))?.split('=')[1];
const env: Record<string, string> = {
  ...(bayeuxArg ? { GWS_SIMULATOR_BAYEUX: bayeuxArg } : {}),
  ...(transportArg ? { GWS_COMETD_TRANSPORT: transportArg, GWS_BASE_URL: 'simulator' } : {}),
};
const unknown = process.argv
  .slice(2)
  .filter((a) => a.startsWith('--') && !/^--(parallel|bayeux|transport)=/.test(a) && a !== '--turns-at-once');
if (unknown.length > 0) {
  console.error(
    `self-test: unknown option ${unknown.join(', ')}: the options are --parallel=N, --bayeux=cometd|faye, --transport=long-polling|websocket, --turns-at-once`,
  );
  process.exit(2);
}
const known = new Set(['faithful', ...SUITE.faults.map((f) => f.name), ...SUITE.variants.map((v) => v.name)]);
const unnamed = only.filter((n) => !known.has(n));
if (unnamed.length > 0) {
  console.error(
    `self-test: no fault or variant named ${unnamed.join(', ')}: npm run simulator -- --list-faults (or --list-variants) lists them`,
  );
  process.exit(2);
}
const broke = (err: unknown) => {
  console.error(`self-test broke: ${err instanceof Error ? err.stack : String(err)}`);
  process.exit(2);
};
const started = Date.now();
if (process.argv.includes('--turns-at-once')) {
  console.log('self-test --turns-at-once: the whole conversation with each fault and variant, with windows and with the turns at once');
  runTurnsAtOnce({
    only,
    env,
    parallel: parallelArg ? Number(parallelArg.split('=')[1]) : undefined,
    onRow: (r) => console.log(formatTurnsRow(r)),
  })
    .then((rows) => {
      const wrong = rows.filter((r) => !r.ok);
      console.log(
        `\nturns at once: ${rows.length - wrong.length}/${rows.length} rows judged as with windows, ${rows.filter((r) => r.again).length} taken again with windows (${((Date.now() - started) / 1000).toFixed(0)} s)`,
      );
      process.exit(wrong.length === 0 ? 0 : 1);
    })
    .catch(broke);
} else {
  console.log(
    `self-test: faithful simulator, ${SUITE.faults.length} faults, ${SUITE.variants.length} variants; each against every scenario`,
  );
  runSelfTest({ only, env, parallel: parallelArg ? Number(parallelArg.split('=')[1]) : undefined, onRow: (r) => console.log(formatRow(r)) })
    .then((report) => {
      console.log(`\n${formatReport(report)}\n(${((Date.now() - started) / 1000).toFixed(0)} s)`);
      process.exit(report.ok ? 0 : 1);
    })
    .catch(broke);
}
