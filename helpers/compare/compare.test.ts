/**
 * Comparisons of real runs of the simulator (every scenario, judged offline), and the command on disk:
 * the same simulator twice is unchanged; a legal variant drifts without regressing unless a documented
 * thing vanished; a fault regresses on its requirement; unusable inputs exit 2 naming the file.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Transcript } from '../contract/generated/payloads.ts';
import { validate } from '../contract/validator.ts';
import { SCENARIO_DRIVES } from '../proof/scenario-list.ts';
import { SELF_TEST_ENV } from '../proof/self-test.ts';
import { resolveTarget } from '../target/resolve.ts';
import { compareSides } from './compare.ts';
import type { Run, Side } from './load.ts';
import { offlineRun } from './offline-run.ts';
import { comparisonJunit, comparisonMarkdown } from './render.ts';

async function transcriptsOf(env: Record<string, string> = {}): Promise<Transcript[]> {
  return Promise.all(
    SCENARIO_DRIVES.map(async ({ drive }) => {
      const { target, stop } = await resolveTarget({ ...SELF_TEST_ENV, GWS_BASE_URL: 'simulator', ...env });
      try {
        return await drive(target);
      } finally {
        await stop();
      }
    }),
  );
}

const side = (...runs: Run[]): Side => ({ folders: runs.map((r) => r.folder), runs });

let faithful: Promise<Transcript[]> | undefined;
async function baseline(): Promise<Run> {
  faithful ??= transcriptsOf();
  return offlineRun('faithful', await faithful);
}

test.describe.configure({ timeout: 60_000 });

test('the same simulator twice: unchanged, and the comparison is a valid compare.json', async () => {
  const c = compareSides(side(await baseline()), side(offlineRun('again', await transcriptsOf())));
  expect(c.verdicts).toEqual([]);
  expect(c.drift).toEqual([]);
  expect(c.timing.filter((t) => t.flagged)).toEqual([]);
  expect(c).toMatchObject({ outcome: 'unchanged', exitCode: 0, line: 'UNCHANGED: the same verdicts, no drift, no slowdown' });
  expect(validate('Comparison', c).errors).toEqual([]);
});

test('a legal variant drifts without regressing: undocumented properties appear, the timestamp form changes', async () => {
  const extra = compareSides(
    side(await baseline()),
    side(offlineRun('extra', await transcriptsOf({ GWS_SIMULATOR_VARIANTS: 'extra-properties' }))),
  );
  expect(extra).toMatchObject({ outcome: 'drift', exitCode: 0, verdicts: [] });
  expect(extra.drift.length).toBeGreaterThan(0);
  expect(new Set(extra.drift.map((d) => d.rule))).toEqual(new Set(['undocumented-added']));
  const form = compareSides(
    side(await baseline()),
    side(offlineRun('form', await transcriptsOf({ GWS_SIMULATOR_VARIANTS: 'timestamp-space-form' }))),
  );
  expect(form).toMatchObject({ outcome: 'drift', exitCode: 0 });
  expect(form.drift).toContainEqual(
    expect.objectContaining({ kind: 'notification MessageLogUpdated', rule: 'timestamp-form-changed', class: 'breaking' }),
  );
});

test('a legal variant that drops a documented optional field is a regression for its clients', async () => {
  const c = compareSides(
    side(await baseline()),
    side(offlineRun('no-ref', await transcriptsOf({ GWS_SIMULATOR_VARIANTS: 'no-referenceid-on-participants' }))),
  );
  expect(c.verdicts).toEqual([]);
  expect(c.regressions).toEqual(['documented, vanished: notification ParticipantsUpdated: field /referenceId vanished']);
});

test('a fault: its requirement got worse, with the reason; the drift shows what a client sees', async () => {
  const c = compareSides(
    side(await baseline()),
    side(offlineRun('fault', await transcriptsOf({ GWS_SIMULATOR_FAULTS: 'error-statuscodes-generic' }))),
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
    const worse = save(testInfo.outputPath('worse'), offlineRun('fault', await transcriptsOf({ GWS_SIMULATOR_FAULTS: 'wrong-channel' })));
    const bad = cli(base, worse);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/^REGRESSED: 1 requirements worse \(ACCEPT-CHANNEL-01\)/m);
    expect(JSON.parse(readFileSync(join(worse, 'compare.json'), 'utf8'))).toMatchObject({ outcome: 'regressed', exitCode: 1 });
    // Repeated runs, by comma: the same on each side is still unchanged.
    expect(cli(`${base},${same}`, `${same},${base}`, '--out', testInfo.outputPath('out2')).status).toBe(0);
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
