/**
 * The comparison at scale: two sides of about 100 transcripts each (a recorded run of every scenario
 * against the simulator, repeated as runs of one side), read from disk, observed and compared.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SUITE } from '../../operations/index.ts';
import { compareSides } from '../compare/compare.ts';
import { loadSide } from '../compare/load.ts';
import { offlineRun } from '../compare/offline-run.ts';
import type { Transcript } from '../contract/generated/payloads.ts';
import { scratchDir } from '../evidence/scratch.ts';
import type { Target } from '../target/config.ts';
import { resolveTarget } from '../target/resolve.ts';
import { round } from './harness.ts';

/** Every scenario driven whole, but its parameters (what a comparison reads of a run). */
const DRIVES: ((t: Target) => Promise<Transcript>)[] = SUITE.scenarios.flatMap((s) =>
  s.whole.filter((w) => w.name !== 'params').map((w) => w.drive),
);

export interface CompareScaleFigures {
  transcriptsPerSide: number;
  seconds: number;
  line: string;
}

export async function compareScale(perSide = 100): Promise<CompareScaleFigures> {
  const env = { GWS_BASE_URL: 'simulator', GWS_QUIET_WINDOW_MS: '600', GWS_NOTIFICATION_TIMEOUT_MS: '1500', GWS_CONCURRENT_AGENTS: '3' };
  const transcripts = await Promise.all(
    DRIVES.map(async (drive) => {
      const { target, stop } = await resolveTarget(env, SUITE.simulated);
      try {
        return await drive(target);
      } finally {
        await stop();
      }
    }),
  );
  const dir = scratchDir('gws-bench-compare');
  const runsPerSide = Math.ceil(perSide / transcripts.length);
  const summary = offlineRun(SUITE, 'bench', transcripts).summary;
  for (const side of ['baseline', 'current'])
    for (let r = 0; r < runsPerSide; r++) {
      const folder = join(dir, side, `run-${r}`);
      mkdirSync(join(folder, 'transcripts'), { recursive: true });
      writeFileSync(join(folder, 'summary.json'), JSON.stringify(summary));
      for (const [i, t] of transcripts.entries()) writeFileSync(join(folder, 'transcripts', `t${i}.json`), JSON.stringify(t));
    }
  const started = performance.now();
  const comparison = compareSides(loadSide([join(dir, 'baseline')], SUITE), loadSide([join(dir, 'current')], SUITE));
  return {
    transcriptsPerSide: runsPerSide * transcripts.length,
    seconds: round((performance.now() - started) / 1000, 2),
    line: comparison.line,
  };
}
