/**
 * npm run self-test [-- NAME ...] [--parallel=N]: the faithful simulator, then each fault and each
 * legal variant (or only those named), against every scenario. Exit 0 when every fault is caught on
 * exactly its requirements and every variant is clean, 1 otherwise, 2 when the self-test itself broke.
 */
import { formatReport, formatRow, runSelfTest } from '../proof/self-test.ts';
import { FAULTS, VARIANTS } from '../target/embedded-simulator.ts';

const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const parallelArg = process.argv.find((a) => a.startsWith('--parallel='));
const started = Date.now();
console.log(`self-test: faithful simulator, ${FAULTS.length} faults, ${VARIANTS.length} variants; each against every scenario`);
runSelfTest({ only, parallel: parallelArg ? Number(parallelArg.split('=')[1]) : undefined, onRow: (r) => console.log(formatRow(r)) })
  .then((report) => {
    console.log(`\n${formatReport(report)}\n(${((Date.now() - started) / 1000).toFixed(0)} s)`);
    process.exit(report.ok ? 0 : 1);
  })
  .catch((err: unknown) => {
    console.error(`self-test broke: ${err instanceof Error ? err.stack : String(err)}`);
    process.exit(2);
  });
