/**
 * npm run chaos [-- --runs N] [--seed S] [--only I,J] [--parallel P]
 *
 * The Accept scenario through a fault-injecting proxy, N times (default 200), each with a random network
 * fault at a random moment (helpers/proof/chaos/). Prints each run and one line:
 *   chaos: N runs, 0 false FAIL, 0 false PASS, K inconclusive (seed S)
 * Exit 0 when no run ended in a false FAIL or a false PASS, 1 otherwise. --seed S --only I replays run I.
 */
import { formatChaosRun, runChaos } from '../proof/chaos/chaos.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const seed = Number(arg('seed') ?? Math.floor(Math.random() * 1_000_000));
const runs = Number(arg('runs') ?? 200);
const parallel = Number(arg('parallel') ?? 4);
const only = arg('only')?.split(',').map(Number);
for (const [name, value] of Object.entries({ seed, runs, parallel }))
  if (!Number.isInteger(value) || value < 0) {
    console.error(`chaos: --${name} must be a whole number (got ${value})`);
    process.exit(2);
  }
console.log(
  `chaos: ${only ? `runs ${only.join(', ')}` : `${runs} runs`} of seed ${seed} (replay one: npm run chaos -- --seed ${seed} --only I)`,
);
runChaos({ seed, runs, parallel, only, onRun: (r) => console.log(formatChaosRun(r)) })
  .then((report) => {
    console.log(report.line);
    process.exit(report.ok ? 0 : 1);
  })
  .catch((err: unknown) => {
    console.error(`chaos broke: ${err instanceof Error ? err.stack : String(err)}`);
    process.exit(2);
  });
