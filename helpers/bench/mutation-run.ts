/**
 * The mutation run: `npm run mutate` cold, in a new process (recording the corpus from the simulator,
 * then judging every mutant offline). Its own figures split the time between the two.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { scratchDir } from '../evidence/scratch.ts';
import { round } from './harness.ts';

export interface MutationRunFigures {
  seconds: number;
  corpusSeconds: number | null;
  mutantsSeconds: number | null;
  exitCode: number | null;
  line: string;
}

export function mutationRun(): MutationRunFigures {
  const dir = scratchDir('gws-bench-mutate');
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'helpers/cli/mutate.ts'], {
    env: { ...process.env, GWS_REPORTS_DIR: dir },
    encoding: 'utf8',
  });
  const out = run.stdout ?? '';
  const split = /\(corpus ([\d.]+) s, mutants ([\d.]+) s;/.exec(out);
  return {
    seconds: round((performance.now() - started) / 1000, 1),
    corpusSeconds: split ? Number(split[1]) : null,
    mutantsSeconds: split ? Number(split[2]) : null,
    exitCode: run.status,
    line:
      out.split('\n').find((l) => l.startsWith('mutants: ')) ?? `no result line (exit ${run.status}): ${(run.stderr ?? '').slice(-300)}`,
  };
}
