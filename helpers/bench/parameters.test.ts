import { expect, test } from '@playwright/test';
import { benchParameters } from './parameters.ts';

test("the bench's parameters: the defaults, a list or a number given, and anything else refused by name before it runs", () => {
  expect(benchParameters([], {})).toEqual({
    scales: [1, 10, 100, 500],
    caseRuns: 40,
    latencyMessages: 1000,
    repeats: 20,
    workerCounts: [1, 2, 4],
  });
  expect(benchParameters([], { BENCH_SCALES: '1, 10', BENCH_REPEATS: '3' })).toMatchObject({ scales: [1, 10], repeats: 3 });
  expect(() => benchParameters(['--quick'], {})).toThrow(
    /^npm run bench takes no arguments, got "--quick"\. usage: npm run bench \(no options; set BENCH_SCALES/,
  );
  expect(() => benchParameters([], { BENCH_SCALES: '1,ten' })).toThrow(
    /^BENCH_SCALES: expected a comma-separated list of whole numbers from 1, got "1,ten": unset it for 1,10,100,500/,
  );
  expect(() => benchParameters([], { BENCH_CASE_RUNS: '0' })).toThrow(/^BENCH_CASE_RUNS: expected a whole number from 1, got "0"/);
  expect(() => benchParameters([], { BENCH_REPEATS: '2,3' })).toThrow(/^BENCH_REPEATS: expected one whole number, got "2,3"/);
  expect(() => benchParameters([], { BENCH_WORKERS: '' })).toThrow(/^BENCH_WORKERS: /);
});
