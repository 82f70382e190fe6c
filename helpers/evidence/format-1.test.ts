/**
 * A run saved before transcript format 2 (helpers/evidence/fixtures/format-1-run/: a baseline kept from
 * staging, say) is still evidence: read as format 2 (its operation named on the scenario and on every
 * step), judged again by `npm run judge` to exactly what the release that saved it printed, and usable as
 * the baseline of `npm run compare` against a run of today.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { SUITE } from '../../operations/index.ts';
import { compareSides } from '../compare/compare.ts';
import { loadSide } from '../compare/load.ts';
import { offlineRun } from '../compare/offline-run.ts';
import type { NoteEvent, TranscriptV1 } from '../contract/generated/payloads.ts';
import { validate } from '../contract/validator.ts';
import { SCENARIO_DRIVES } from '../proof/scenario-list.ts';
import { SELF_TEST_ENV } from '../proof/self-test.ts';
import { resolveTarget } from '../target/resolve.ts';
import { readTranscriptFile } from './transcript-file.ts';
import { TRANSCRIPT_FORMAT, TRANSCRIPT_FORMAT_V1 } from './transcript-upgrade.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const RUN = join(import.meta.dirname, 'fixtures', 'format-1-run');
const FILES = readdirSync(join(RUN, 'transcripts'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => join(RUN, 'transcripts', f));
/** What the run was: the faults and the variant of the embedded simulator it ran against (its README). */
const RUN_ENV = {
  GWS_SIMULATOR_FAULTS: 'order-participants-first,accept-response-text-plain,wrong-chat-uri,password-not-checked,error-statuscodes-generic',
  GWS_SIMULATOR_VARIANTS: 'timestamp-seconds',
};

test('a format-1 transcript is read as format 2: the operation named on its scenario and on every step, nothing else changed', () => {
  expect(FILES.length).toBeGreaterThan(10);
  for (const file of FILES) {
    const v1 = JSON.parse(readFileSync(file, 'utf8')) as TranscriptV1;
    expect(v1.format, file).toBe(TRANSCRIPT_FORMAT_V1);
    const read = readTranscriptFile(file);
    if (!('transcript' in read)) throw new Error(read.problem);
    const t = read.transcript;
    expect(validate('Transcript', t).errors, file).toEqual([]);
    expect(t.format).toBe(TRANSCRIPT_FORMAT);
    const { acceptors, ...rest } = v1.scenario;
    expect(t.scenario).toEqual({ operation: 'Accept', ...rest, actors: acceptors });
    const steps = t.events.filter((e): e is NoteEvent => e.kind === 'note' && typeof (e.data as { step?: unknown })?.step === 'string');
    expect(steps.length, file).toBeGreaterThan(0);
    for (const s of steps) expect((s.data as { operation?: unknown }).operation, `${file}: ${s.text}`).toBe('Accept');
    // Every other event as it was.
    expect(t.events.filter((e) => !steps.includes(e as NoteEvent))).toEqual(
      v1.events.filter((e) => !(e.kind === 'note' && typeof (e.data as { step?: unknown })?.step === 'string')),
    );
  }
});

test('a broken format-1 transcript is refused, naming the file and what is wrong', ({}, testInfo) => {
  const broken = JSON.parse(readFileSync(FILES[0], 'utf8')) as Record<string, unknown>;
  delete (broken.scenario as Record<string, unknown>).acceptors;
  const file = testInfo.outputPath('broken.json');
  writeFileSync(file, JSON.stringify(broken));
  expect(readTranscriptFile(file)).toEqual({
    problem: expect.stringMatching(/broken\.json: not a transcript of this suite:\n.*acceptors/),
  });
});

test('npm run judge of a format-1 run prints what the release that saved it printed: every finding, the same verdict, and what it did not run', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'helpers/cli/judge.ts', ...FILES], {
    cwd: ROOT,
    encoding: 'utf8',
    // The default profile, as the run had: no GWS_ setting of whoever runs the tests.
    env: Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GWS_'))),
  });
  expect(run.status, run.stderr).toBe(1);
  const [now, then] = [run.stdout.replaceAll(`${RUN}/`, '<run>/'), readFileSync(join(RUN, 'judged.txt'), 'utf8')].map((text) =>
    text.trimEnd().split('\n'),
  );
  // Every transcript's findings, and the open choices, line for line.
  expect(now.slice(0, -1)).toEqual(then.slice(0, -1));
  // The verdict line: the same counts and outcome; the requirements of operations added since are named as not run.
  const thenLine = then.at(-1)!;
  const nowLine = now.at(-1)!;
  expect(nowLine.startsWith(thenLine.slice(0, thenLine.indexOf(';')))).toBe(true);
  const added = SUITE.requirements.map((r) => r.id).filter((id) => !then.join('\n').includes(id));
  if (added.length === 0) expect(nowLine).toBe(thenLine);
  else expect(nowLine).toContain(`, ${added.length} not run (${added[0]}, `);
});

test('a format-1 run is the baseline of a comparison with a run of today against the same server: the same verdicts, no drift', async () => {
  test.setTimeout(120_000);
  const baseline = loadSide([RUN], SUITE);
  const judgedThen = new Set(baseline.runs[0].summary.requirements.map((r) => r.id));
  expect(judgedThen.size).toBeGreaterThan(50);
  const transcripts = [];
  // The scenarios the baseline ran: those of the operation it drove (Accept; format 1 knew no other), not the
  // conversation of all, nor those judging the rules across a conversation.
  const acceptOnly = (s: (typeof SUITE.scenarios)[number]) =>
    s.runs.every((r) =>
      r.tests.every((t) => (t.operation ?? s.operation) === 'Accept' && t.requirements.every((id) => id.startsWith('ACCEPT-'))),
    );
  const ran = new Set(SUITE.scenarios.filter(acceptOnly).flatMap((s) => s.whole.map((w) => w.name)));
  for (const { drive } of SCENARIO_DRIVES.filter((d) => ran.has(d.name))) {
    const { target, stop } = await resolveTarget({ ...SELF_TEST_ENV, GWS_BASE_URL: 'simulator', ...RUN_ENV }, SUITE.simulated);
    try {
      transcripts.push(await drive(target));
    } finally {
      await stop();
    }
  }
  const today = offlineRun(SUITE, 'today', transcripts);
  const c = compareSides(baseline, { folders: ['today'], runs: [today], plan: SUITE });
  expect(c.notCompared).toEqual([]);
  // Every requirement the baseline judged has the verdict it had; those added since are new, not run.
  expect(c.verdicts.filter((v) => v.change !== 'new')).toEqual([]);
  expect(c.verdicts.map((v) => `${v.id} ${v.before} → ${v.after}`)).toEqual(
    SUITE.requirements.filter((r) => !judgedThen.has(r.id)).map((r) => `${r.id} (absent) → NOT RUN`),
  );
  expect(c.regressions).toEqual([]);
  expect(c.drift).toEqual([]);
  expect(c.scope).toBe('all');
});
