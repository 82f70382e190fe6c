/**
 * Time to verdict: `npm run conformance` on the embedded simulator, cold (a new process), reports included.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { round } from './harness.ts';

export function timeToVerdict(): { seconds: number; exitCode: number | null; verdict: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gws-bench-'));
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'helpers/cli/conformance.ts', `--output=${join(dir, 'test-results')}`], {
    env: { ...process.env, GWS_REPORTS_DIR: join(dir, 'reports') },
    encoding: 'utf8',
  });
  return {
    seconds: round((performance.now() - started) / 1000, 1),
    exitCode: run.status,
    verdict: run.stdout.trim().split('\n').at(-1) ?? '',
  };
}
