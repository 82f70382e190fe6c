/**
 * Fixtures of the conformance spec. Setup lives here; the spec reads as the scenarios.
 *
 * - `target` (worker): the GWS server under test, or the embedded simulator started for the worker.
 * - `sharedRun(run)` (worker): a run whose tests share one drive (the Accept run), driven once per
 *   worker and judged; several tests read its verdicts.
 * - `judged(transcript, name)`: judges a transcript and saves it (redacted) under the reports folder,
 *   reports/transcripts/<name>.json, where `npm run judge` finds it again.
 */
import { relative, resolve } from 'node:path';
import { test as base } from '@playwright/test';
import type { Finding, Transcript } from '../helpers/contract/generated/payloads.ts';
import { saveTranscript } from '../helpers/evidence/transcript-file.ts';
import { judgeTranscript } from '../helpers/judges/judge.ts';
import type { ScenarioRun } from '../helpers/scenarios/scenario.ts';
import type { Target } from '../helpers/target/config.ts';
import { resolveTarget } from '../helpers/target/resolve.ts';
import { targetOfSlot, workerSlot } from '../helpers/target/workers.ts';
import { SUITE } from '../operations/index.ts';

export interface JudgedRun {
  transcript: Transcript;
  findings: Finding[];
  /** Where the redacted transcript was saved, relative to the working directory. */
  file: string;
  profile: 'default' | 'strict';
}

/** reports/transcripts (GWS_REPORTS_DIR/transcripts): evidence kept where the reports are. */
export function transcriptsDir(): string {
  return resolve(process.env.GWS_REPORTS_DIR || 'reports', 'transcripts');
}

export function judged(transcript: Transcript, name: string, profile: 'default' | 'strict'): JudgedRun {
  const findings = judgeTranscript(SUITE, transcript);
  const file = relative(process.cwd(), saveTranscript(transcriptsDir(), name, transcript));
  return { transcript, findings, file, profile };
}

type WorkerFixtures = { target: Target; sharedRun: (run: ScenarioRun) => Promise<JudgedRun> };

export const test = base.extend<object, WorkerFixtures>({
  target: [
    async ({}, use, workerInfo) => {
      const resolved = await resolveTarget(process.env, SUITE.simulated);
      // A staging target: this worker's slice of the account pool and its GMS service (shards take
      // disjoint slots). The simulator is the worker's own.
      const target = resolved.embedded
        ? resolved.target
        : targetOfSlot(resolved.target, workerSlot(workerInfo.config, workerInfo.parallelIndex));
      await use(target);
      await resolved.stop();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  sharedRun: [
    async ({ target }, use) => {
      const runs = new Map<string, Promise<JudgedRun>>();
      await use((run) => {
        let judging = runs.get(run.name);
        if (!judging) {
          judging = run.drive(target).then((t) => judged(t, run.name, target.config.profile));
          runs.set(run.name, judging);
        }
        return judging;
      });
    },
    { scope: 'worker' },
  ],
});
