/**
 * `npm run bench`: speed and scale of the suite and the simulator, side by side, in one run. Writes
 * reports/bench.json (or $GWS_REPORTS_DIR/bench.json) and docs/measured.json (the README's figures,
 * rendered by npm run generate), and prints a table; a missed target is said so.
 *
 *  1. time to verdict, wall and CPU, and what each worker count costs (bench/time-to-verdict.ts); 2. per-case time against a raw floor
 *  (bench/per-case.ts); 3. notification latency (bench/latency.ts); 4. scale (bench/scale.ts);
 *  5. the mutation run, npm run mutate (bench/mutation-run.ts); 6. comparing two sides of 100
 *  transcripts each (bench/compare-scale.ts).
 *
 * BENCH_SCALES (default 1,10,100,500), BENCH_CASE_RUNS (40), BENCH_LATENCY_MESSAGES (1000), BENCH_REPEATS (20),
 * BENCH_WORKERS (the worker counts compared, 1,2,4).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, freemem, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { adapt } from 'cometd-nodejs-client';
import { compareScale } from '../bench/compare-scale.ts';
import { round } from '../bench/harness.ts';
import { notificationLatency } from '../bench/latency.ts';
import { mutationRun } from '../bench/mutation-run.ts';
import { type BenchParameters, benchParameters } from '../bench/parameters.ts';
import { perCase } from '../bench/per-case.ts';
import { type ScaleRow, scale } from '../bench/scale.ts';
import { firstRun, repeatedRuns, separateServer, timeToVerdict, workerCounts } from '../bench/time-to-verdict.ts';
import { MEASURED_FILE, MEASURED_PATH } from '../proof/figures.ts';
import { SIMULATOR_WORKERS } from '../target/workers.ts';

let parameters: BenchParameters;
try {
  parameters = benchParameters(process.argv.slice(2), process.env);
} catch (err) {
  console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(2);
}
const {
  scales: SCALES,
  caseRuns: CASE_RUNS,
  latencyMessages: LATENCY_MESSAGES,
  repeats: REPEATS,
  workerCounts: WORKER_COUNTS,
} = parameters;

async function main(): Promise<void> {
  adapt();
  const started = performance.now();
  const machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: round(totalmem() / 2 ** 30, 1),
    freeGiB: round(freemem() / 2 ** 30, 1),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
  console.log(`bench on ${machine.cpus} x ${machine.cpu}, ${machine.memoryGiB} GiB, node ${machine.node}`);

  const cpu = (c: number | undefined) => (c === undefined ? 'CPU not measured on this platform' : `${c} s of CPU`);
  console.log("1/6 time to verdict: the first run after an install (the suite's bundle built, Playwright's cache empty) ...");
  const first = firstRun();
  console.log(
    `    ${first.seconds} s, ${cpu(first.cpuSeconds)}, exit ${first.exitCode}${first.bundleBuilt ? '' : ' (the checkout is read-only: the bundle was not rebuilt)'}`,
  );
  console.log('    npm run conformance, cold, healthy and with messagelog-missing, median of 3 alternating ...');
  const verdict = timeToVerdict();
  console.log(`    ${verdict.seconds} s, ${cpu(verdict.cpuSeconds)}, exit ${verdict.exitCode}: ${verdict.verdict}`);
  console.log(
    `    with a withheld notification: ${verdict.withheld.seconds} s, ${cpu(verdict.withheld.cpuSeconds)} (${verdict.withheld.ratio}x): ${verdict.withheld.verdict}`,
  );
  console.log(
    `    workers: a healthy run with GWS_WORKERS=${WORKER_COUNTS.join(', ')}, median of 2 each (the default here: ${SIMULATOR_WORKERS}) ...`,
  );
  const workers = workerCounts(WORKER_COUNTS);
  for (const w of workers)
    console.log(`    ${w.workers} worker${w.workers > 1 ? 's' : ''}: ${w.seconds} s, ${cpu(w.cpuSeconds)}, exit ${w.exitCode}`);
  console.log('    against the simulator run as a separate server (npm run simulator), one GMS service, 32 accounts, median of 2 ...');
  const server = await separateServer();
  console.log(
    `    ${server.seconds} s, ${cpu(server.cpuSeconds)} (${round(server.seconds / verdict.seconds, 2)}x the embedded run), exit ${server.exitCode}: ${server.verdict}`,
  );
  console.log(`    ${REPEATS} consecutive parallel runs ...`);
  const repeated = repeatedRuns(REPEATS);
  console.log(
    `    ${repeated.distinct} distinct summar${repeated.distinct === 1 ? 'y' : 'ies'} over ${repeated.runs} runs, exit codes ${repeated.exitCodes.join(', ')}`,
  );

  console.log(`2/6 per-case time: suite vs raw floor, ${CASE_RUNS} runs each ...`);
  const perCaseFigures = await perCase(CASE_RUNS);
  console.log(
    `    raw floor median ${perCaseFigures.rawMedianMs} ms (p90 ${perCaseFigures.rawP90Ms}); suite on the same work ${perCaseFigures.sameWorkMedianMs} ms (p90 ${perCaseFigures.sameWorkP90Ms}), ratio ${perCaseFigures.ratio}x; whole suite case with the observer agent ${perCaseFigures.fullCaseMedianMs} ms, ${perCaseFigures.fullCaseRatio}x`,
  );

  console.log(`3/6 notification latency over ${LATENCY_MESSAGES} notifications ...`);
  const latency = await notificationLatency(LATENCY_MESSAGES);
  console.log(
    `    paced (one per ${latency.paceMs} ms): p50 ${latency.paced.p50Ms} ms, p99 ${latency.paced.p99Ms} ms, max ${latency.paced.maxMs} ms over ${latency.paced.notifications}`,
  );
  console.log(
    `    burst (back to back): p50 ${latency.burst.p50Ms} ms, p99 ${latency.burst.p99Ms} ms, max ${latency.burst.maxMs} ms over ${latency.burst.notifications}`,
  );

  console.log(`4/6 scale: ${SCALES.join(', ')} agents accepting at once ...`);
  const scales: ScaleRow[] = [];
  for (const k of SCALES) {
    const row = await scale(k);
    scales.push(row);
    console.log(
      `    ${String(k).padStart(4)} agents: online ${row.onlineSeconds} s, ${row.acceptsPerSecond} accepts/s, latency p50 ${row.latencyP50Ms} / p99 ${row.latencyP99Ms} ms, simulator ${row.simulatorRssMiB} MiB, recorder ${row.recorderRssMiB} MiB, violations ${row.violations}`,
    );
  }

  console.log('5/6 the mutation run: npm run mutate, cold ...');
  const mutation = mutationRun();
  console.log(
    `    ${mutation.seconds} s (corpus ${mutation.corpusSeconds ?? '?'} s, mutants ${mutation.mutantsSeconds ?? '?'} s), exit ${mutation.exitCode}: ${mutation.line}`,
  );

  console.log('6/6 compare: two sides of 100 transcripts each, read, observed, compared ...');
  const comparing = await compareScale(100);
  console.log(`    ${comparing.seconds} s for ${comparing.transcriptsPerSide} transcripts a side: ${comparing.line}`);

  const biggest = scales.at(-1);
  const targets = [
    {
      name: 'suite per-case time <= 1.2x the raw floor (same work)',
      met: perCaseFigures.ratio <= 1.2,
      value: `${perCaseFigures.ratio}x (whole case with the observer agent: ${perCaseFigures.fullCaseRatio}x)`,
    },
    {
      name: 'notification latency p99 <= 5 ms on loopback (paced)',
      met: latency.paced.p99Ms <= 5,
      value: `${latency.paced.p99Ms} ms (burst: ${latency.burst.p99Ms} ms)`,
    },
    {
      name: `${biggest?.agents ?? 0} agents with 0 sequence violations (target: 500)`,
      met: !!biggest && biggest.agents >= 500 && biggest.violations === 0,
      value: `${biggest?.violations ?? 'n/a'} violations`,
    },
    {
      name: 'simulator serves >= 1,000 accepts/s',
      met: Math.max(...scales.map((s) => s.acceptsPerSecond)) >= 1000,
      value: `${Math.max(...scales.map((s) => s.acceptsPerSecond))} accepts/s`,
    },
    { name: 'npm run conformance ends CONFORMANT on the faithful simulator', met: verdict.exitCode === 0, value: verdict.verdict },
    { name: 'healthy simulator, cold npm run conformance <= 8 s', met: verdict.seconds <= 8, value: `${verdict.seconds} s` },
    {
      name: "the first run after an install (the suite's bundle built, Playwright's cache empty) <= 8 s",
      met: first.seconds <= 8 && first.exitCode === 0,
      value: `${first.seconds} s, ${cpu(first.cpuSeconds)}`,
    },
    {
      name: 'a healthy run uses <= 10 s of CPU, workers included',
      met: verdict.cpuSeconds !== undefined && verdict.cpuSeconds <= 10,
      value:
        verdict.cpuSeconds === undefined
          ? 'not measured on this platform'
          : `${verdict.cpuSeconds} s of CPU (${SIMULATOR_WORKERS} worker${SIMULATOR_WORKERS > 1 ? 's' : ''})`,
    },
    {
      name: `against a separate server with one GMS service (${server.agents} accounts) <= 2x the embedded run, CONFORMANT`,
      met: server.seconds <= 2 * verdict.seconds && server.exitCode === 0,
      value: `${server.seconds} s, ${round(server.seconds / verdict.seconds, 2)}x`,
    },
    {
      name: 'with a withheld notification (messagelog-missing) <= 2x the healthy time',
      met: verdict.withheld.ratio <= 2,
      value: `${verdict.withheld.seconds} s, ${verdict.withheld.ratio}x`,
    },
    {
      name: `${REPEATS} consecutive parallel runs give one summary (no flaky verdict)`,
      met: repeated.distinct === 1,
      value: `${repeated.distinct} distinct`,
    },
    {
      name: 'comparing two sides of 100 transcripts each takes <= 2 s',
      met: comparing.seconds <= 2,
      value: `${comparing.seconds} s (${comparing.transcriptsPerSide} a side)`,
    },
    {
      name: 'npm run mutate takes <= 60 s and meets its bar',
      met: mutation.seconds <= 60 && mutation.exitCode === 0,
      value: `${mutation.seconds} s; ${mutation.line}`,
    },
  ];
  const result = {
    measuredAt: new Date().toISOString(),
    machine,
    parameters: { scales: SCALES, caseRuns: CASE_RUNS, latencyMessages: LATENCY_MESSAGES, repeats: REPEATS },
    timeToVerdict: verdict,
    firstRun: { seconds: first.seconds, cpuSeconds: first.cpuSeconds, exitCode: first.exitCode, bundleBuilt: first.bundleBuilt },
    workers,
    separateServer: server,
    repeated,
    perCase: perCaseFigures,
    latency,
    scale: scales,
    mutation,
    compare: comparing,
    targets,
    benchSeconds: round((performance.now() - started) / 1000, 1),
  };

  console.log('\n| measure | figure | target | met |\n|---|---|---|---|');
  for (const t of targets) console.log(`| ${t.name} | ${t.value} | | ${t.met ? 'yes' : 'MISSED'} |`);
  console.log(
    '\n| agents | accepts/s | latency p50 (ms) | latency p99 (ms) | simulator RSS (MiB) | recorder RSS (MiB) | violations |\n|---|---|---|---|---|---|---|',
  );
  for (const s of scales)
    console.log(
      `| ${s.agents} | ${s.acceptsPerSecond} | ${s.latencyP50Ms} | ${s.latencyP99Ms} | ${s.simulatorRssMiB} | ${s.recorderRssMiB} | ${s.violations} |`,
    );
  for (const t of targets.filter((x) => !x.met)) console.log(`TARGET MISSED: ${t.name}: ${t.value}`);
  const dir = process.env.GWS_REPORTS_DIR || 'reports';
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
  // The figures the README states come from here (npm run generate renders them): commit it with them.
  writeFileSync(MEASURED_PATH, `${JSON.stringify(result, null, 2)}\n`);
  console.log(
    `\nwrote ${join(dir, 'bench.json')} and ${MEASURED_FILE} (${result.benchSeconds} s); npm run generate puts the figures in the README`,
  );
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(`bench broke: ${err instanceof Error ? err.stack : String(err)}`);
  process.exit(1);
});
