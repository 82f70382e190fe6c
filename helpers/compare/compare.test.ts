/**
 * Comparisons of real runs of the simulator (every scenario, judged offline), and the command on disk:
 * the same simulator twice is unchanged; a legal variant drifts without regressing unless a documented
 * thing vanished; a fault regresses on its requirement; unusable inputs exit 2 naming the file; what
 * was not compared (a side without transcripts, other scenarios) is named and exits 2, unless verdicts
 * only were asked; the transports compared are the ones used.
 */

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { SUITE } from '../../operations/index.ts';
import type { Transcript } from '../contract/generated/payloads.ts';
import { validate } from '../contract/validator.ts';
import { SCENARIO_DRIVES } from '../proof/scenario-list.ts';
import { SELF_TEST_ENV } from '../proof/self-test.ts';
import { resolveTarget } from '../target/resolve.ts';
import { compareSides } from './compare.ts';
import type { Run, Side } from './load.ts';
import { offlineRun } from './offline-run.ts';
import { comparisonJunit, comparisonMarkdown } from './render.ts';

async function transcriptsOf(env: Record<string, string> = {}, drives = SCENARIO_DRIVES): Promise<Transcript[]> {
  return Promise.all(
    drives.map(async ({ drive }) => {
      const { target, stop } = await resolveTarget({ ...SELF_TEST_ENV, GWS_BASE_URL: 'simulator', ...env }, SUITE.simulated);
      try {
        return await drive(target);
      } finally {
        await stop();
      }
    }),
  );
}

const side = (...runs: Run[]): Side => ({ folders: runs.map((r) => r.folder), runs, plan: SUITE });

let faithful: Promise<Transcript[]> | undefined;
async function baseline(): Promise<Run> {
  faithful ??= transcriptsOf();
  return offlineRun(SUITE, 'faithful', await faithful);
}

test.describe.configure({ timeout: 60_000 });

test('the same simulator twice: unchanged, and the comparison is a valid compare.json', async () => {
  // Timing is compared, but npm test's load can double a latency of simulators started side by side in
  // one process: a wide floor keeps this about drift; a slowdown being flagged is proven in rules.test.ts.
  const c = compareSides(side(await baseline()), side(offlineRun(SUITE, 'again', await transcriptsOf())), { timingFloorMs: 5_000 });
  expect(c.verdicts).toEqual([]);
  expect(c.drift).toEqual([]);
  expect(c.timing.filter((t) => t.flagged)).toEqual([]);
  expect(c).toMatchObject({ outcome: 'unchanged', exitCode: 0, line: 'UNCHANGED: the same verdicts, no drift, no slowdown' });
  expect(c).toMatchObject({ scope: 'all', notCompared: [] });
  expect(c.timing.length).toBeGreaterThan(0);
  expect(validate('Comparison', c).errors).toEqual([]);
});

test('different scenario sets: drift and timing not compared, naming the scenarios and the run; a regression on the common ones stands', async () => {
  const all = (await baseline()).transcripts;
  const subset = offlineRun(
    SUITE,
    'grep-run',
    all.filter((t) => t.scenario.kind === 'accept' || t.scenario.probe === 'unknown-id'),
  );
  const c = compareSides(side(subset), side(await baseline()));
  expect(c).toMatchObject({ outcome: 'not-compared', exitCode: 2, drift: [], timing: [] });
  expect(c.notCompared).toEqual([
    expect.objectContaining({ parts: ['contract', 'timing'], reason: 'different-scenarios', folders: ['grep-run'] }),
  ]);
  expect(c.notCompared[0].scenarios).toEqual(
    expect.arrayContaining(['concurrency', 'params', 'error accepted-twice', 'validation empty-nickname', 'security wrong-csrf-token']),
  );
  expect(c.notCompared[0].scenarios).not.toContain('accept');
  expect(c.notCompared[0].text).toMatch(/^contract drift and timing: the sides ran different scenarios: baseline grep-run did not run /);
  expect(c.line).toMatch(
    /^NOT COMPARED: contract drift and timing \(the sides ran different scenarios: .* not run by grep-run\); no regression/,
  );
  expect(c.line).not.toMatch(/UNCHANGED|no drift|slower/);
  expect(comparisonMarkdown(c)).toMatch(/## Not compared\n\n- contract drift and timing: the sides ran different scenarios/);
  expect(comparisonMarkdown(c)).toContain('## Timing\n\nNot compared: ');
  expect(comparisonJunit(c)).toMatch(
    /errors="1"[\s\S]*<testcase classname="compare.not-compared" [^>]*><error message="contract drift and timing: the sides ran/,
  );
  expect(comparisonJunit(c)).not.toContain('no regression, no drift');
  expect(validate('Comparison', c).errors).toEqual([]);
  // One run of a side that ran fewer scenarios than its others is named too.
  expect(compareSides(side(await baseline(), subset), side(await baseline())).notCompared[0]).toMatchObject({ folders: ['grep-run'] });
  // Drift over the scenarios both ran is still listed, and a documented field that vanished there regresses (exit 1).
  const noRef = offlineRun(SUITE, 'no-ref', await transcriptsOf({ GWS_SIMULATOR_VARIANTS: 'no-referenceid-on-participants' }));
  const regressed = compareSides(side(subset), side(noRef));
  expect(regressed).toMatchObject({ outcome: 'regressed', exitCode: 1 });
  expect(regressed.regressions).toEqual(['documented, vanished: notification ParticipantsUpdated: field /referenceId vanished']);
  expect(regressed.line).toMatch(/; NOT COMPARED: contract drift and timing \(the sides ran different scenarios/);
  // Asked for verdicts only: the same sides, compared by their verdicts alone.
  const verdicts = compareSides(side(subset), side(await baseline()), { verdictsOnly: '--verdicts-only' });
  expect(verdicts).toMatchObject({ scope: 'verdicts', outcome: 'drift', exitCode: 0, drift: [], timing: [] });
  expect(verdicts.notCompared).toEqual([expect.objectContaining({ reason: 'verdicts-only' })]);
});

test('the transports compared are the ones used: a WebSocket upgrade that fell back is long-polling', async () => {
  const accept = SCENARIO_DRIVES.filter((d) => d.name === 'accept');
  const fellBack = offlineRun(
    SUITE,
    'fell-back',
    await transcriptsOf({ GWS_COMETD_TRANSPORT: 'websocket', GWS_SIMULATOR_VARIANTS: 'websocket-refused' }, accept),
  );
  const websocket = offlineRun(SUITE, 'websocket', await transcriptsOf({ GWS_COMETD_TRANSPORT: 'websocket' }, accept));
  const polled = offlineRun(SUITE, 'long-polling', await transcriptsOf({}, accept));
  // Summaries that say what was asked (websocket) and, or not (written before transportUsed), what was used.
  fellBack.summary.settings.transport = 'websocket';
  websocket.summary.settings.transport = 'websocket';
  polled.summary.settings.transport = 'long-polling';
  const transportWarning = (b: Run, c: Run) => compareSides(side(b), side(c)).warnings.filter((w) => w.includes('transport'));
  expect(compareSides(side(polled), side(fellBack)).current).toMatchObject({ transport: 'long-polling', transportAsked: 'websocket' });
  expect(transportWarning(polled, fellBack)).toEqual([]);
  expect(transportWarning(fellBack, { ...fellBack, summary: { ...fellBack.summary, transportUsed: 'long-polling' } })).toEqual([]);
  // What was used differs: said.
  expect(transportWarning(websocket, fellBack)).toEqual(['the CometD transports used differ (websocket vs long-polling)']);
  expect(transportWarning(polled, { ...polled, summary: { ...polled.summary, transportUsed: 'websocket' } })).toEqual([
    'the CometD transports used differ (long-polling vs websocket)',
  ]);
  // An old summary, no transcripts to read it from: the setting.
  const bare = { ...fellBack, transcripts: [], summary: { ...fellBack.summary } };
  expect(compareSides(side(bare), side(bare)).baseline.transport).toBe('websocket');
});

test('a legal variant drifts without regressing: undocumented properties appear, the timestamp form changes', async () => {
  const extra = compareSides(
    side(await baseline()),
    side(offlineRun(SUITE, 'extra', await transcriptsOf({ GWS_SIMULATOR_VARIANTS: 'extra-properties' }))),
  );
  expect(extra).toMatchObject({ outcome: 'drift', exitCode: 0, verdicts: [] });
  expect(extra.drift.length).toBeGreaterThan(0);
  expect(new Set(extra.drift.map((d) => d.rule))).toEqual(new Set(['undocumented-added']));
  const form = compareSides(
    side(await baseline()),
    side(offlineRun(SUITE, 'form', await transcriptsOf({ GWS_SIMULATOR_VARIANTS: 'timestamp-space-form' }))),
  );
  expect(form).toMatchObject({ outcome: 'drift', exitCode: 0 });
  expect(form.drift).toContainEqual(
    expect.objectContaining({ kind: 'notification MessageLogUpdated', rule: 'timestamp-form-changed', class: 'breaking' }),
  );
});

test('a legal variant that drops a documented optional field is a regression for its clients', async () => {
  const c = compareSides(
    side(await baseline()),
    side(offlineRun(SUITE, 'no-ref', await transcriptsOf({ GWS_SIMULATOR_VARIANTS: 'no-referenceid-on-participants' }))),
  );
  expect(c.verdicts).toEqual([]);
  expect(c.regressions).toEqual(['documented, vanished: notification ParticipantsUpdated: field /referenceId vanished']);
});

test('a fault: its requirement got worse, with the reason; the drift shows what a client sees', async () => {
  const c = compareSides(
    side(await baseline()),
    side(offlineRun(SUITE, 'fault', await transcriptsOf({ GWS_SIMULATOR_FAULTS: 'error-statuscodes-generic' }))),
  );
  expect(c.outcome).toBe('regressed');
  expect(c.verdicts).toContainEqual(
    expect.objectContaining({ id: 'ACCEPT-CODE-01', change: 'worse', before: 'PASS', after: 'NON-STRICT' }),
  );
  expect(c.drift).toContainEqual(
    expect.objectContaining({ kind: 'error unknown-id', aspect: 'status-code', before: '6', after: '4', rule: 'status-code-changed' }),
  );
  const md = comparisonMarkdown(c);
  expect(md).toContain('| ACCEPT-CODE-01 | worse | PASS | NON-STRICT |');
  expect(comparisonJunit(c)).toMatch(/<testsuites [^>]*failures="1"[\s\S]*<failure message="ACCEPT-CODE-01 SHOULD got worse/);
});

test.describe('the command', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', resolve('helpers/cli/compare.ts'), ...args], { encoding: 'utf8' });

  function save(dir: string, run: Run): string {
    mkdirSync(join(dir, 'transcripts'), { recursive: true });
    writeFileSync(join(dir, 'summary.json'), JSON.stringify(run.summary));
    run.transcripts.forEach((t, i) => {
      writeFileSync(join(dir, 'transcripts', `t${i}.json`), JSON.stringify(t));
    });
    return dir;
  }

  test('compares reports folders, writes compare.md, compare.json and JUnit, exits 0 or 1', async ({}, testInfo) => {
    const base = save(testInfo.outputPath('base'), await baseline());
    const same = save(testInfo.outputPath('same'), await baseline());
    const ok = cli(base, same, '--out', testInfo.outputPath('out'));
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout.trim().split('\n').at(-1)).toBe('UNCHANGED: the same verdicts, no drift, no slowdown');
    for (const f of ['compare.md', 'compare.json', 'compare-junit.xml'])
      expect(readFileSync(join(testInfo.outputPath('out'), f), 'utf8').length).toBeGreaterThan(50);
    const worse = save(
      testInfo.outputPath('worse'),
      offlineRun(SUITE, 'fault', await transcriptsOf({ GWS_SIMULATOR_FAULTS: 'wrong-channel' })),
    );
    const bad = cli(base, worse);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/^REGRESSED: 1 requirements worse \(ACCEPT-CHANNEL-01\)/m);
    expect(JSON.parse(readFileSync(join(worse, 'compare.json'), 'utf8'))).toMatchObject({ outcome: 'regressed', exitCode: 1 });
    // Repeated runs, by comma: the same on each side is still unchanged.
    expect(cli(`${base},${same}`, `${same},${base}`, '--out', testInfo.outputPath('out2')).status).toBe(0);
  });

  test('a side without transcripts: contract and timing not compared, named with the folder, exit 2; --verdicts-only compares the verdicts alone', async ({}, testInfo) => {
    const base = save(testInfo.outputPath('base'), await baseline());
    const same = save(testInfo.outputPath('same'), await baseline());
    // With its transcripts, the same run is unchanged: what follows comes from the transcripts alone.
    expect(cli(base, same, '--out', testInfo.outputPath('with'))).toMatchObject({ status: 0 });
    const bare = save(testInfo.outputPath('bare'), await baseline());
    rmSync(join(bare, 'transcripts'), { recursive: true });
    const empty = save(testInfo.outputPath('empty-transcripts'), await baseline());
    for (const f of ['t0.json', ...(await baseline()).transcripts.map((_, i) => `t${i}.json`)])
      rmSync(join(empty, 'transcripts', f), { force: true });
    for (const [folder, side] of [
      [bare, 'current'],
      [empty, 'current'],
    ] as const) {
      const out = testInfo.outputPath(`out-${side}-${folder.split('/').at(-1)}`);
      const r = cli(base, folder, '--out', out);
      expect(r.status, r.stdout + r.stderr).toBe(2);
      const lines = r.stdout.trim().split('\n');
      expect(lines[0]).toBe(
        `not compared: contract drift and timing: no transcripts in ${side} ${folder} (transcripts/ missing or empty: keep the whole reports folder of a run, or ask for verdicts only)`,
      );
      expect(lines.at(-1)).toBe(
        `NOT COMPARED: contract drift and timing (no transcripts in ${folder}); no regression in what was compared: 0 verdict changes`,
      );
      expect(r.stdout).not.toMatch(/UNCHANGED|no drift|timing threshold/);
      const json = JSON.parse(readFileSync(join(out, 'compare.json'), 'utf8'));
      expect(validate('Comparison', json).errors).toEqual([]);
      expect(json).toMatchObject({ outcome: 'not-compared', exitCode: 2, notCompared: [{ reason: 'no-transcripts', folders: [folder] }] });
      expect(readFileSync(join(out, 'compare.md'), 'utf8')).toMatch(
        /^# Comparison: NOT COMPARED\n[\s\S]*## Contract drift\n\nNot compared: contract drift and timing: no transcripts in /,
      );
      expect(readFileSync(join(out, 'compare-junit.xml'), 'utf8')).toMatch(
        /errors="1"[\s\S]*<error message="contract drift and timing: no transcripts in /,
      );
    }
    // The baseline side, and a side of several runs of which one has none, are named the same way.
    expect(cli(bare, base, '--out', testInfo.outputPath('o1')).stdout).toContain(`no transcripts in baseline ${bare} (`);
    expect(cli(base, `${same},${bare}`, '--out', testInfo.outputPath('o2'))).toMatchObject({
      status: 2,
      stdout: expect.stringContaining(`NOT COMPARED: contract drift and timing (no transcripts in ${bare})`),
    });
    // Verdicts only, asked: compared by the verdicts alone, said so; the exit follows the verdicts.
    const asked = cli(base, bare, '--verdicts-only', '--out', testInfo.outputPath('o3'));
    expect(asked.status, asked.stdout + asked.stderr).toBe(0);
    expect(asked.stdout).toContain('not compared: contract drift and timing, on purpose: verdicts only were asked (--verdicts-only)');
    expect(asked.stdout.trim().split('\n').at(-1)).toBe(
      'UNCHANGED VERDICTS: the same verdicts; contract and timing not compared: verdicts only, as asked (--verdicts-only)',
    );
    const worse = save(
      testInfo.outputPath('worse'),
      offlineRun(SUITE, 'fault', await transcriptsOf({ GWS_SIMULATOR_FAULTS: 'wrong-channel' })),
    );
    rmSync(join(worse, 'transcripts'), { recursive: true });
    const regressed = cli(base, worse, '--verdicts-only');
    expect(regressed.status).toBe(1);
    expect(regressed.stdout).toMatch(
      /^REGRESSED: 1 requirements worse \(ACCEPT-CHANNEL-01\); 1 verdict changes; contract and timing not compared: verdicts only/m,
    );
    expect(readFileSync(join(worse, 'compare-junit.xml'), 'utf8')).toMatch(/failures="1" errors="0"[\s\S]*<skipped message=/);
  });

  test('unusable inputs exit 2 with the file and what is wrong', async ({}, testInfo) => {
    const good = save(testInfo.outputPath('good'), await baseline());
    const empty = testInfo.outputPath('empty');
    mkdirSync(empty, { recursive: true });
    expect(cli(good, empty)).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/empty\/summary\.json: missing: a side is a reports folder/),
    });
    expect(cli(good, testInfo.outputPath('nowhere'))).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/nowhere: no such folder/),
    });
    const truncated = save(testInfo.outputPath('truncated'), await baseline());
    writeFileSync(join(truncated, 'summary.json'), readFileSync(join(truncated, 'summary.json'), 'utf8').slice(0, 200));
    expect(cli(good, truncated)).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/truncated\/summary\.json: cannot read it as JSON \(truncated\?\)/),
    });
    const old = save(testInfo.outputPath('old'), await baseline());
    writeFileSync(
      join(old, 'summary.json'),
      JSON.stringify({ ...JSON.parse(readFileSync(join(good, 'summary.json'), 'utf8')), format: 'gws-chat-conformance/summary@1' }),
    );
    expect(cli(good, old)).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/old\/summary\.json: another format version \("gws-chat-conformance\/summary@1"\)/),
    });
    const broken = save(testInfo.outputPath('broken'), await baseline());
    writeFileSync(join(broken, 'transcripts', 't0.json'), '{"format": "gws-chat-conformance/transcript@1", "events": [');
    expect(cli(good, broken)).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/broken\/transcripts\/t0\.json: cannot read it as JSON/),
    });
    expect(cli(good)).toMatchObject({ status: 2, stderr: expect.stringMatching(/name a baseline and a current side \(got 1\)\nusage:/) });
    expect(cli(good, good, '--timing-ratio', 'x')).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/--timing-ratio must be a non-negative number/),
    });
  });
});
