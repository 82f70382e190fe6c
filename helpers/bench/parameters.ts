/**
 * What `npm run bench` measures with: its environment variables, each a whole number or a
 * comma-separated list of them, checked before anything runs. The bench takes no command-line
 * options: a word after `npm run bench --` is an error, never ignored (the bench takes minutes).
 */
export interface BenchParameters {
  /** BENCH_SCALES: the agent counts of the scale measure. */
  scales: number[];
  /** BENCH_CASE_RUNS: runs of each side of the per-case measure. */
  caseRuns: number;
  /** BENCH_LATENCY_MESSAGES: notifications timed for the latency. */
  latencyMessages: number;
  /** BENCH_REPEATS: consecutive runs that must give one summary. */
  repeats: number;
  /** BENCH_WORKERS: the worker counts compared. */
  workerCounts: number[];
}

const DEFAULTS: Record<string, string> = {
  BENCH_SCALES: '1,10,100,500',
  BENCH_CASE_RUNS: '40',
  BENCH_LATENCY_MESSAGES: '1000',
  BENCH_REPEATS: '20',
  BENCH_WORKERS: '1,2,4',
};

export const BENCH_USAGE = `usage: npm run bench (no options; set ${Object.entries(DEFAULTS)
  .map(([k, v]) => `${k} (default ${v})`)
  .join(', ')})`;

/** The parameters, or an error naming the first argument or variable that is not usable, and the fix. */
export function benchParameters(argv: readonly string[], env: Record<string, string | undefined>): BenchParameters {
  if (argv.length > 0)
    throw new Error(`npm run bench takes no arguments, got ${argv.map((a) => JSON.stringify(a)).join(' ')}. ${BENCH_USAGE}`);
  const list = (name: string): number[] => {
    const raw = env[name] ?? DEFAULTS[name];
    const values = raw.split(',').map((v) => v.trim());
    if (values.some((v) => !/^\d+$/.test(v) || Number(v) < 1))
      throw new Error(
        `${name}: expected ${DEFAULTS[name].includes(',') ? 'a comma-separated list of whole numbers' : 'a whole number'} from 1, got ${JSON.stringify(raw)}: unset it for ${DEFAULTS[name]}`,
      );
    return values.map(Number);
  };
  const one = (name: string): number => {
    const values = list(name);
    if (values.length !== 1)
      throw new Error(`${name}: expected one whole number, got ${JSON.stringify(env[name])}: unset it for ${DEFAULTS[name]}`);
    return values[0]!;
  };
  return {
    scales: list('BENCH_SCALES'),
    caseRuns: one('BENCH_CASE_RUNS'),
    latencyMessages: one('BENCH_LATENCY_MESSAGES'),
    repeats: one('BENCH_REPEATS'),
    workerCounts: list('BENCH_WORKERS'),
  };
}
