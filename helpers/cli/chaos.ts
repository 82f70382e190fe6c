/**
 * npm run chaos [-- --runs N] [--seed S] [--only I,J] [--parallel P]
 *
 * The Accept scenario through a fault-injecting proxy, N times (default 200), each with a random network
 * fault at a random moment (helpers/proof/chaos/). Prints each run and one line:
 *   chaos: N runs, 0 false FAIL, 0 false PASS, K inconclusive (seed S)
 * Exit 0 when no run ended in a false FAIL or a false PASS, 1 otherwise. --seed S --only I replays run I.
 *
 * npm run chaos -- --whole-run [--runs N] [--seed S] [--only I,J] [--keep DIR]
 *
 * Whole runs of npm run conformance against the simulator run as a separate server with one GMS service
 * (32 accounts), through the proxy, which cuts every open connection once at a random moment of the run
 * (helpers/proof/chaos/whole-run.ts); N defaults to 50, one at a time. Prints each run and one line:
 *   chaos: N whole runs, 0 false FAIL, 0 false PASS, K inconclusive, R recovered (seed S)
 * Exit 0 when no run ended in a false verdict and at most 20% were inconclusive, 1 otherwise. --keep DIR
 * keeps the reports (transcripts, attempts set aside) of each run that did not end in the right verdicts
 * in DIR/run-<index>.
 */
import { formatChaosRun, runChaos } from '../proof/chaos/chaos.ts';
import { formatWholeRun, runWholeRunChaos, WHOLE_RUN_DEFAULTS } from '../proof/chaos/whole-run.ts';
import { dropOutputWhenReaderGoes } from '../report/child-output.ts';

// Its output piped to a reader that goes away (| head): dropped, never an EPIPE stack trace.
dropOutputWhenReaderGoes();

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const wholeRun = process.argv.includes('--whole-run');
/** The options that take a value, and all of them as the errors list them. */
const VALUED = ['--runs', '--seed', '--only', '--parallel', '--keep'];
const known = new Set(['--whole-run', ...VALUED]);
const OPTIONS = 'options: --runs N, --seed S, --only I,J, --parallel P, --whole-run, --keep DIR';
const unknown = process.argv.slice(2).filter((a, i, all) => a.startsWith('--') && !known.has(a) && !known.has(all[i - 1] ?? ''));
if (unknown.length > 0) {
  console.error(`chaos: unknown option ${unknown.join(', ')} (${OPTIONS})`);
  process.exit(2);
}
// An option that takes a value, given without one, would be run as if it were absent.
const valueless = VALUED.filter((o) => {
  const i = process.argv.indexOf(o);
  return i > 0 && (process.argv[i + 1] === undefined || process.argv[i + 1].startsWith('--'));
});
if (valueless.length > 0) {
  console.error(`chaos: ${valueless.join(', ')} needs a value (${OPTIONS})`);
  process.exit(2);
}
const seed = Number(arg('seed') ?? Math.floor(Math.random() * 1_000_000));
const runs = Number(arg('runs') ?? (wholeRun ? 50 : 200));
const parallel = Number(arg('parallel') ?? 4);
const only = arg('only')?.split(',').map(Number);
const keep = arg('keep');
if (keep !== undefined && !wholeRun) {
  console.error('chaos: --keep DIR keeps the reports of whole runs: add --whole-run');
  process.exit(2);
}
for (const [name, value] of Object.entries({ seed, runs, parallel }))
  if (!Number.isInteger(value) || value < 0) {
    console.error(`chaos: --${name} must be a whole number (got ${JSON.stringify(arg(name) ?? '')})`);
    process.exit(2);
  }
if (only?.some((i) => !Number.isInteger(i) || i < 0)) {
  console.error(`chaos: --only takes run numbers as printed (0, 1, ...), comma-separated (got ${JSON.stringify(arg('only') ?? '')})`);
  process.exit(2);
}
console.log(
  `chaos: ${only ? `runs ${only.join(', ')}` : `${runs} ${wholeRun ? 'whole runs' : 'runs'}`} of seed ${seed} (replay one: npm run chaos -- ${wholeRun ? '--whole-run ' : ''}--seed ${seed} --only I)`,
);
const ended: Promise<{ line: string; ok: boolean }> = wholeRun
  ? runWholeRunChaos({
      seed,
      runs,
      only,
      run: { ...WHOLE_RUN_DEFAULTS, ...(keep ? { keep } : {}) },
      onRun: (r) => console.log(formatWholeRun(r)),
    })
  : runChaos({ seed, runs, parallel, only, onRun: (r) => console.log(formatChaosRun(r)) });
ended
  .then((report) => {
    console.log(report.line);
    process.exit(report.ok ? 0 : 1);
  })
  .catch((err: unknown) => {
    console.error(`chaos broke: ${err instanceof Error ? err.stack : String(err)}`);
    process.exit(2);
  });
