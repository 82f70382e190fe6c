/**
 * The figures the README states, never typed by hand: counted from the code (requirements, faults,
 * variants, fixtures, the waits' defaults) or read from the last `npm run bench` (docs/measured.json,
 * which the bench writes: times, the verdict line of a healthy run, the mutation score). In the README a
 * figure stands between `<!-- figure:NAME -->` and `<!-- /figure -->`; `npm run generate` fills it in and
 * `npm run generate:check` (in npm test) fails when one is stale or names no figure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUITE } from '../../operations/index.ts';
import { DEFAULT_TIMING } from '../compare/compare.ts';
import { INTERNAL_SETTINGS } from '../target/settings.ts';
import { MIN_NOTIFICATION_TIMEOUT_MS, MIN_QUIET_WINDOW_MS, REAL_SERVER_WAITS, SIMULATOR_WAITS } from '../target/waits.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where the bench writes what it measured, relative to the project (and its absolute path). */
export const MEASURED_FILE = 'docs/measured.json';
export const MEASURED_PATH = join(ROOT, MEASURED_FILE);

/** What `npm run bench` measured last (the parts the README states). */
export interface Measured {
  measuredAt: string;
  machine: { cpus: number; cpu: string; memoryGiB: number; node: string; platform: string };
  parameters: { scales: number[]; caseRuns: number; latencyMessages: number; repeats: number };
  timeToVerdict: {
    seconds: number;
    cpuSeconds?: number;
    verdict: string;
    withheld: { seconds: number; cpuSeconds?: number; ratio: number };
  };
  /** The first run after an install: the bundle built, Playwright's cache empty (older benches did not measure it). */
  firstRun?: { seconds: number; cpuSeconds?: number; exitCode: number | null; bundleBuilt: boolean };
  /** A healthy run per worker count (older benches did not measure it). */
  workers?: { workers: number; seconds: number; cpuSeconds?: number }[];
  /** A healthy run against the simulator run as a separate server, one GMS service (older benches did not measure it). */
  separateServer?: { agents: number; seconds: number; cpuSeconds?: number };
  mutation: { seconds: number; line: string };
  targets: { name: string; met: boolean; value: string }[];
  scale: {
    agents: number;
    acceptsPerSecond: number;
    latencyP50Ms: number;
    latencyP99Ms: number;
    simulatorRssMiB: number;
    recorderRssMiB: number;
    violations: number;
  }[];
}

export function readMeasured(file = MEASURED_PATH): Measured {
  if (!existsSync(file)) throw new Error(`${MEASURED_FILE} is missing: run npm run bench, which measures the figures the README states`);
  return JSON.parse(readFileSync(file, 'utf8')) as Measured;
}

/** The timing of the slow-server variant: a real server's delays. */
const slowServer = () => SUITE.variants.find((v) => v.timing)!.timing!;
const thousands = (n: number) => n.toLocaleString('en-US');
const seconds = (ms: number) => `${ms / 1000} s`;
/** A verdict line as an example: the target left out. */
const example = (line: string) => line.replace(/; target .*$/, '; target ...');

/** Every figure the README may name, by name. */
export function figures(measured: () => Measured = readMeasured): Record<string, () => string> {
  const must = SUITE.requirements.filter((r) => r.level === 'MUST').length;
  return {
    requirements: () => String(SUITE.requirements.length),
    operations: () => SUITE.operations.map((o) => `\`${o.name}\``).join(', '),
    'must-requirements': () => String(must),
    'should-requirements': () => String(SUITE.requirements.length - must),
    faults: () => String(SUITE.faults.length),
    variants: () => String(SUITE.variants.length),
    'declared-variants': () => String(SUITE.variants.filter((v) => v.declaration).length),
    'self-test-line': () =>
      `faults detected ${SUITE.faults.length}/${SUITE.faults.length}, variants clean ${SUITE.variants.length}/${SUITE.variants.length}, undeclared profiles caught ${SUITE.variants.filter((v) => v.declaration).length}/${SUITE.variants.filter((v) => v.declaration).length}`,
    'negative-fixtures': () =>
      String(
        (JSON.parse(readFileSync(join(ROOT, 'schemas', 'fixtures', 'negative.json'), 'utf8')) as { fixtures: unknown[] }).fixtures.length,
      ),
    'real-notification-wait': () => seconds(REAL_SERVER_WAITS.notificationTimeoutMs),
    'real-quiet-window': () => seconds(REAL_SERVER_WAITS.quietWindowMs),
    'simulator-notification-wait': () => seconds(SIMULATOR_WAITS.notificationTimeoutMs),
    'simulator-quiet-window': () => seconds(SIMULATOR_WAITS.quietWindowMs),
    'min-quiet-window-ms': () => String(MIN_QUIET_WINDOW_MS),
    'min-notification-wait-ms': () => String(MIN_NOTIFICATION_TIMEOUT_MS),
    'slow-offer-delay': () => seconds(slowServer().offerDelayMs),
    'slow-notification-delay': () => seconds(slowServer().notificationDelayMs),
    'timing-ratio': () => `${DEFAULT_TIMING.ratio}×`,
    'timing-floor': () => `+${DEFAULT_TIMING.floorMs} ms`,
    'internal-settings': () =>
      Object.entries(INTERNAL_SETTINGS)
        .map(([name, why]) => `\`${name}\` (${why})`)
        .join('; '),
    // Measured by npm run bench.
    'conformant-line': () => example(measured().timeToVerdict.verdict),
    'mutation-line': () => measured().mutation.line,
    mutants: () => thousands(Number(/mutants: (\d+) generated/.exec(measured().mutation.line)?.[1] ?? Number.NaN)),
    'mutation-seconds': () => `${measured().mutation.seconds} s`,
    'time-to-verdict': () => `${measured().timeToVerdict.seconds} s`,
    'time-to-verdict-cpu': () => `${measured().timeToVerdict.cpuSeconds ?? 'unmeasured'} s`,
    'separate-server': () => {
      const s = measured().separateServer;
      return s ? `${s.seconds} s` : 'not measured yet (npm run bench)';
    },
    'separate-server-ratio': () => {
      const s = measured().separateServer;
      return s ? `${(s.seconds / measured().timeToVerdict.seconds).toFixed(2)}x` : 'not measured yet (npm run bench)';
    },
  };
}

const FIGURE = /<!-- figure:([a-z-]+) -->([\s\S]*?)<!-- \/figure -->/g;

/** The text with every figure filled in; a marker naming no figure is an error. */
export function fillFigures(text: string, all = figures()): string {
  return text.replace(FIGURE, (_m, name: string) => {
    const figure = all[name];
    if (!figure) throw new Error(`<!-- figure:${name} --> names no figure: the figures are ${Object.keys(all).join(', ')}`);
    return `<!-- figure:${name} -->${figure()}<!-- /figure -->`;
  });
}

/** The performance table of the README, from the last bench. */
export function renderPerformance(m: Measured = readMeasured()): string {
  const rows = m.targets.map((t) => `| ${t.name} | ${t.value} | ${t.met ? 'met' : '**missed**'} |`);
  const scale = m.scale.map(
    (s) =>
      `| ${s.agents} | ${s.acceptsPerSecond} | ${s.latencyP50Ms} | ${s.latencyP99Ms} | ${s.simulatorRssMiB} | ${s.recorderRssMiB} | ${s.violations} |`,
  );
  return [
    `Last measured on ${m.measuredAt.slice(0, 10)} by \`npm run bench\` (${MEASURED_FILE}): ${m.machine.cpus} × ${m.machine.cpu}, ${m.machine.memoryGiB} GiB, Node ${m.machine.node}, ${m.machine.platform}; ${m.parameters.repeats} repeated runs, ${m.parameters.caseRuns} runs per case, ${m.parameters.latencyMessages} notifications for the latency, ${m.parameters.scales.join(', ')} agents.`,
    '',
    '| Target | Measured | |',
    '|---|---|---|',
    ...rows,
    '',
    'Scale: K agents, each accepting its chat at the same moment:',
    '',
    '| Agents | Accepts/s | Latency p50 (ms) | Latency p99 (ms) | Simulator RSS (MiB) | Recorder RSS (MiB) | Sequence violations |',
    '|---|---|---|---|---|---|---|',
    ...scale,
    ...(m.workers
      ? [
          '',
          'Workers: a cold healthy run on the embedded simulator with GWS_WORKERS workers, wall time and CPU (workers included):',
          '',
          '| Workers | Wall (s) | CPU (s) |',
          '|---|---|---|',
          ...m.workers.map((w) => `| ${w.workers} | ${w.seconds} | ${w.cpuSeconds ?? 'not measured'} |`),
        ]
      : []),
  ].join('\n');
}

/** A self-test row as the command prints it, for the README's example (times left out). */
function selfTestRow(kind: string, name: string, expected: readonly string[]): string {
  const show = (ids: readonly string[]) => (ids.length ? ids.join(', ') : '(none)');
  return `${kind.padEnd(10)} ${name.padEnd(36)} ${show(expected).padEnd(40)} ${show(expected).padEnd(40)} ok`;
}

/**
 * The README's generated blocks beyond the tables, by section name (`<!-- name:start -->` ...
 * `<!-- name:end -->`): examples of output whose figures come from the code or the last bench.
 */
export function blocks(measured: () => Measured = readMeasured): Record<string, () => string> {
  const all = figures(measured);
  const sample = ['wrong-channel', 'leak-to-other-agents'].map((n) => SUITE.faults.find((f) => f.name === n)!);
  const declared = SUITE.variants.find((v) => v.declaration)!;
  return {
    'merge-example': () =>
      [
        '```sh',
        'npm run merge -- shard-1/reports shard-2/reports --out reports',
        '# merged 2 shards into reports/',
        `# ${all['conformant-line']()}`,
        '```',
      ].join('\n'),
    'self-test-example': () =>
      [
        '```',
        `${'kind'.padEnd(10)} ${'name'.padEnd(36)} ${'expected broken'.padEnd(40)} ${'observed broken'.padEnd(40)} ok`,
        selfTestRow('faithful', 'faithful simulator', []),
        ...sample.map((f) => selfTestRow('fault', f.name, f.breaks)),
        selfTestRow('variant', 'uuid-ids', []),
        selfTestRow('variant', declared.name, []),
        selfTestRow('undeclared', declared.name, declared.declaration!.breaks),
        '...',
        all['self-test-line'](),
        '```',
      ].join('\n'),
    'mutation-example': () => ['```', all['mutation-line'](), '```'].join('\n'),
    performance: () => renderPerformance(measured()),
  };
}
