/**
 * Fixtures of the conformance spec. Setup lives here; the spec reads as the scenarios.
 *
 * - `target` (worker): the GWS server under test, or the embedded simulator of the worker's own, started
 *   when a run is first driven on it (with one worker, every run has its own: the worker's is not).
 * - `runOf(run)` (worker): any run, driven once and judged. On the embedded simulator with one worker,
 *   every run of the suite starts side by side when the worker starts, each on a simulator of its own
 *   (its chats routed to its own agents only); on a server whose worker has accounts for two runs or
 *   more, every run starts side by side too, each on a lane of accounts of its own, the exclusive part
 *   of each (Ready until its offers arrived) in turn. A test waits for its run, and the worker
 *   Playwright starts after a failed test reads the runs already driven (DriveCache). Elsewhere a run is
 *   driven when its first test asks, on the worker's target. A retry drives its run again.
 * - `judged(transcript, name)`: judges a transcript and saves it (redacted) under the reports folder,
 *   reports/transcripts/<name>.json, where `npm run judge` finds it again.
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { test as base } from '@playwright/test';
import type { Finding, Transcript } from '../helpers/contract/generated/payloads.ts';
import { saveTranscript } from '../helpers/evidence/transcript-file.ts';
import { operationsDeclaredOff } from '../helpers/judges/declared.ts';
import { judgeTranscript } from '../helpers/judges/judge.ts';
import { judgeWithRecovery } from '../helpers/scenarios/recovery.ts';
import { longestFirst, type ScenarioRun } from '../helpers/scenarios/scenario.ts';
import { readConfig, type SuiteConfig, type Target } from '../helpers/target/config.ts';
import { selection } from '../helpers/target/grep.ts';
import { answeredBefore } from '../helpers/target/recorded-fetch.ts';
import { resolveTarget } from '../helpers/target/resolve.ts';
import { AccountLanes, RoutingGate } from '../helpers/target/routing-gate.ts';
import { lanesOf, RUN_ACCOUNTS, slotsOf, targetOfSlot, workerSlot } from '../helpers/target/workers.ts';
import { SUITE } from '../operations/index.ts';

export interface JudgedRun {
  transcript: Transcript;
  findings: Finding[];
  /** Where the redacted transcript was saved, relative to the working directory. */
  file: string;
  profile: 'default' | 'strict';
  /** Attempts whose evidence had a gap, set aside before the one judged: where each was kept, and why. */
  setAside?: { file: string; cause: string }[];
}

/** reports/transcripts (GWS_REPORTS_DIR/transcripts): evidence kept where the reports are. */
export function transcriptsDir(): string {
  return resolve(process.env.GWS_REPORTS_DIR || 'reports', 'transcripts');
}

/** reports/set-aside: the attempts of a run whose evidence had a gap, kept beside the judged ones. */
export function setAsideDir(): string {
  return resolve(process.env.GWS_REPORTS_DIR || 'reports', 'set-aside');
}

export function judged(transcript: Transcript, name: string, profile: 'default' | 'strict', findings?: Finding[]): JudgedRun {
  const file = relative(process.cwd(), saveTranscript(transcriptsDir(), name, transcript));
  return { transcript, findings: findings ?? judgeTranscript(SUITE, transcript), file, profile };
}

/**
 * Judges a run's transcript; where its evidence has a gap, drives the run again (GWS_RECOVERY_ATTEMPTS)
 * and judges the re-run (helpers/scenarios/recovery.ts). The attempts set aside are saved under
 * reports/set-aside/ and named on the result.
 */
async function judgedRecovering(
  transcript: Transcript,
  name: string,
  config: Pick<SuiteConfig, 'recoveryAttempts' | 'profile' | 'baseUrl'>,
  redrive: () => Promise<Transcript>,
): Promise<JudgedRun> {
  // A server's answers to other runs of this worker show it is there (an embedded simulator: its own run only).
  const { baseUrl } = config;
  const answeredElsewhere = () => baseUrl !== undefined && answeredBefore(new URL(baseUrl).origin);
  const r = await judgeWithRecovery(transcript, (t) => judgeTranscript(SUITE, t), redrive, config.recoveryAttempts, answeredElsewhere);
  const setAside = r.setAside.map((s, i) => ({
    file: relative(process.cwd(), saveTranscript(setAsideDir(), `${name}.attempt-${i + 1}`, s.transcript)),
    cause: s.cause,
  }));
  return { ...judged(r.transcript, name, config.profile, r.findings), ...(setAside.length > 0 ? { setAside } : {}) };
}

type WorkerFixtures = {
  /** The target, resolved on first use (an embedded simulator is started then). */
  target: () => Promise<Target>;
  /** The run, judged: driven once per run of the suite (`fresh`: driven again, for a retry). */
  runOf: (run: ScenarioRun, fresh?: boolean) => Promise<JudgedRun>;
};

/** Drives a run on an embedded simulator of its own, started for it and stopped after it. */
async function onItsOwnSimulator(run: ScenarioRun): Promise<Transcript> {
  const own = await resolveTarget(process.env, SUITE.simulated);
  try {
    return await run.drive(own.target);
  } finally {
    await own.stop();
  }
}

/**
 * A server the worker's runs share, side by side where its accounts make more than one lane: each run
 * on a lane of accounts of its own, the exclusive part of each (Ready until its offers arrived) taking
 * the target's routing gate in turn (helpers/target/routing-gate.ts). One lane: one run at a time, as
 * the worker's tests ask, and no gate.
 */
function sharedServer(target: Target): Target {
  // The worker's target holds its share of the pool already: its lanes are those of one slot.
  return lanesOf(target.config, 1) < 2 ? target : { ...target, gate: new RoutingGate() };
}

/** Drives a run on a lane of the shared server's accounts. */
function onALane(run: ScenarioRun, target: Target, lanes: AccountLanes): Promise<Transcript> {
  const need = Math.ceil((run.agents?.(target.config) ?? RUN_ACCOUNTS) / RUN_ACCOUNTS);
  return lanes.on((agents) => run.drive({ ...target, config: { ...target.config, agents } }), need);
}

/**
 * What the worker that drove the runs side by side leaves for the one Playwright starts after a failed
 * test (in the run's private output folder): each run's transcript, and where it was saved once judged,
 * with its findings. The next worker reads them instead of driving every run again, as JSON: the worker
 * that drove them judged them as recorded, unchecked against the transcript schema, and so does the next
 * (a file cut short by a crash is no transcript: that run is driven again).
 */
class DriveCache {
  constructor(private readonly dir: string) {}
  private file = (name: string, kind: 'transcript' | 'saved') => join(this.dir, `${name}.${kind}.json`);
  transcript(name: string): Transcript | undefined {
    try {
      const kept = JSON.parse(readFileSync(this.file(name, 'transcript'), 'utf8')) as Transcript | null;
      return Array.isArray(kept?.events) ? kept : undefined;
    } catch {
      return undefined;
    }
  }
  keep(name: string, transcript: Transcript): void {
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(this.file(name, 'transcript'), JSON.stringify(transcript));
  }
  saved(name: string): Pick<JudgedRun, 'file' | 'setAside' | 'findings'> | undefined {
    return existsSync(this.file(name, 'saved'))
      ? (JSON.parse(readFileSync(this.file(name, 'saved'), 'utf8')) as Pick<JudgedRun, 'file' | 'setAside' | 'findings'>)
      : undefined;
  }
  /**
   * The run as judged: where it was saved, its findings (the judges are pure: the next worker would find
   * the same), and the transcript judged when it is not the one kept already (a re-run, where the first
   * attempt was set aside).
   */
  keepSaved(name: string, run: JudgedRun, driven: Transcript): void {
    if (run.transcript !== driven) this.keep(name, run.transcript);
    writeFileSync(this.file(name, 'saved'), JSON.stringify({ file: run.file, setAside: run.setAside, findings: run.findings }));
  }
}

/**
 * Playwright's browser layer sets up two fixtures around every test (trace and screenshot recording,
 * browser context options) and, through them, some thirty option fixtures, each a step with a
 * captured, source-mapped stack, set up and torn down per test. The conformance tests open no browser
 * and no API request context: these two do nothing here but cost a third of the worker's Playwright
 * time. They are replaced by fixtures without a step (box: 'self'). What of theirs a test needs is
 * kept: the test's timeout is the project's. Should a Playwright release rename them, these become
 * auto fixtures that do nothing and Playwright's own run again: slower, never different.
 */
type BrowserlessTestFixtures = { _setupArtifacts: undefined; _setupContextOptions: undefined };
/** Their `auto` kind, which an override must repeat (Playwright's own value; its typings say boolean). */
const BROWSER_LAYER_AUTO = 'all-hooks-included' as unknown as boolean;

export const test = base.extend<BrowserlessTestFixtures, WorkerFixtures>({
  _setupArtifacts: [
    async ({}, use, testInfo) => {
      testInfo.setTimeout(testInfo.project.timeout);
      await use(undefined);
    },
    { auto: BROWSER_LAYER_AUTO, box: 'self' },
  ],
  _setupContextOptions: [async ({}, use) => use(undefined), { auto: BROWSER_LAYER_AUTO, box: 'self' }],
  target: [
    async ({}, use, workerInfo) => {
      let resolving: Promise<{ target: Target; stop(): Promise<void> }> | undefined;
      const resolved = () =>
        (resolving ??= resolveTarget(process.env, SUITE.simulated).then((r) => ({
          stop: r.stop,
          // A staging target: this worker's slice of the account pool and its GMS service (shards take
          // disjoint slots). The simulator is the worker's own.
          target: r.embedded
            ? r.target
            : sharedServer(targetOfSlot(r.target, workerSlot(workerInfo.config, workerInfo.parallelIndex), slotsOf(workerInfo.config))),
        })));
      await use(async () => (await resolved()).target);
      await resolving?.then(
        (r) => r.stop(),
        () => undefined,
      );
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  runOf: [
    async ({ target: targetOf }, use, workerInfo) => {
      const config = readConfig(process.env);
      const embedded = config.baseUrl === undefined;
      // A server's lanes; the worker's own simulator is started only when a run is driven on it.
      const server = embedded ? undefined : await targetOf();
      const lanes = server?.gate ? new AccountLanes(server.config.agents, RUN_ACCOUNTS) : undefined;
      const alone = (run: ScenarioRun) => (server && lanes ? onALane(run, server, lanes) : onItsOwnSimulator(run));
      const sideBySide = (embedded && workerInfo.config.workers === 1) || lanes !== undefined;
      const cache = new DriveCache(join(workerInfo.project.outputDir, '.drives'));
      const drives = new Map<string, Promise<Transcript>>();
      const judging = new Map<string, Promise<JudgedRun>>();
      /** The judgements an earlier worker saved, of the runs whose transcript it kept (DriveCache). */
      const savedBefore = new Map<string, NonNullable<ReturnType<DriveCache['saved']>>>();
      const drive = (run: ScenarioRun) => (sideBySide ? alone(run) : targetOf().then((target) => run.drive(target)));
      const judgeOnce = async (t: Transcript, run: ScenarioRun): Promise<JudgedRun> => {
        // Where an earlier worker saved the run it judged: for the transcript it kept, not one driven again.
        const saved = savedBefore.get(run.name);
        if (saved) return { transcript: t, profile: config.profile, ...saved, findings: saved.findings ?? judgeTranscript(SUITE, t) };
        const result = await judgedRecovering(t, run.name, config, () => drive(run));
        if (sideBySide) cache.keepSaved(run.name, result, t);
        return result;
      };
      // Only the runs of the tests this run selects (its --grep) and of the operations not declared off.
      const selected = selection(process.env);
      const declaredOff = operationsDeclaredOff();
      if (sideBySide)
        // The longest first: on a shared server's lanes, what starts last ends last.
        for (const run of longestFirst(
          SUITE.scenarios
            .filter((s) => !declaredOff.has(s.operation))
            .flatMap((s) =>
              s.runs.filter((r) =>
                r.tests.some((t) => selected(`${s.title} ${t.title} ${t.requirements.map((id) => `@${id}`).join(' ')}`)),
              ),
            ),
        )) {
          const transcript = cache.transcript(run.name);
          const driving = transcript
            ? Promise.resolve(transcript)
            : alone(run).then((t) => {
                cache.keep(run.name, t);
                return t;
              });
          driving.catch(() => undefined); // awaited by the run's tests
          drives.set(run.name, driving);
          // Judged in an earlier worker of this run (Playwright starts a new one after a failed test): its
          // judgement, read once here, is given when one of its tests asks (most were reported already).
          const saved = transcript ? cache.saved(run.name) : undefined;
          if (saved) {
            savedBefore.set(run.name, saved);
            continue;
          }
          // Judged as soon as driven: a run whose evidence has a gap is driven again at once, beside the
          // others, not when its first test asks.
          const judgedRun = driving.then((t) => judgeOnce(t, run));
          judgedRun.catch(() => undefined);
          judging.set(run.name, judgedRun);
        }
      await use((run, fresh = false) => {
        let result = fresh ? undefined : judging.get(run.name);
        if (!result) {
          const driving = (!fresh && drives.get(run.name)) || drive(run);
          result = driving.then((t) => (fresh ? judgedRecovering(t, run.name, config, () => drive(run)) : judgeOnce(t, run)));
          judging.set(run.name, result);
        }
        return result;
      });
      // What no test asked for ends before the worker does.
      await Promise.allSettled([...drives.values(), ...judging.values()]);
    },
    { scope: 'worker' },
  ],
});
