/**
 * Merging the shards of one run (npm run conformance -- --shard=i/n on n machines) into one verdict,
 * with the exit code a single run would give: the summary (each requirement's worst decision over the
 * shards that decided it), the Playwright HTML and JUnit reports (Playwright's merge-reports over the
 * shards' blob reports), the Allure results and report, and the transcripts.
 */

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ConformanceSummary } from '../contract/generated/payloads.ts';
import { validate } from '../contract/validator.ts';
import { transportUsedIn } from '../evidence/transport-used.ts';
import { foldOpenChoices } from './open-choices.ts';
import { outcomeOf, type RequirementRow, worseRow } from './outcome.ts';
import { buildAllureReport, clearReports } from './report-files.ts';
import { buildSummary, writeSummary } from './summary.ts';

export class MergeInputError extends Error {}

function readShard(dir: string): ConformanceSummary {
  const file = join(dir, 'summary.json');
  if (!existsSync(file))
    throw new MergeInputError(`${file}: missing: name the reports folder of each shard (npm run conformance -- --shard=i/n)`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new MergeInputError(`${file}: cannot read it as JSON (truncated?): ${(err as Error).message}`);
  }
  const checked = validate('ConformanceSummary', parsed);
  if (!checked.ok) throw new MergeInputError(`${file}: not a summary of this suite: ${checked.errors[0]?.message}`);
  return checked.value;
}

/** Each requirement's worst decision over the shards (a shard that did not reach it says NOT RUN). */
export function mergeRows(summaries: ConformanceSummary[]): RequirementRow[] {
  const rows = new Map<string, RequirementRow>();
  for (const s of summaries)
    for (const r of s.requirements) {
      const seen = rows.get(r.id);
      if (!seen) {
        rows.set(r.id, {
          id: r.id,
          level: r.level,
          verdict: r.verdict,
          tests: [...r.tests],
          reason: r.reason,
          ...(r.flaky ? { flaky: true } : {}),
        });
        continue;
      }
      const verdict = worseRow(seen.verdict, r.verdict);
      rows.set(r.id, {
        ...seen,
        verdict,
        tests: [...seen.tests, ...r.tests],
        reason: verdict === seen.verdict ? seen.reason : r.reason,
        ...(seen.flaky || r.flaky ? { flaky: true } : {}),
      });
    }
  return [...rows.values()];
}

/**
 * The verdict of the shards together: each requirement's worst decision (mergeRows), the causes of
 * every shard once (an INCONCLUSIVE row's "see cause N" renumbered to the merged list), and a shard
 * that ended inconclusive without an INCONCLUSIVE row (interrupted, crashed) keeps the whole run from
 * being conformant, as it would a single run. `names` name the shards in that line.
 */
export function mergeVerdict(
  summaries: ConformanceSummary[],
  names: string[],
): { rows: RequirementRow[]; causes: string[]; outcome: ConformanceSummary['outcome']; line: string; exitCode: 0 | 1 | 2 | 3 } {
  const causes = [...new Set(summaries.flatMap((s) => s.causes))];
  const renumbered = summaries.map((s) => ({
    ...s,
    requirements: s.requirements.map((r) => {
      const m = /^see cause (\d+)$/.exec(r.reason ?? '');
      const cause = m ? s.causes[Number(m[1]) - 1] : undefined;
      return cause === undefined ? r : { ...r, reason: `see cause ${causes.indexOf(cause) + 1}` };
    }),
  }));
  const rows = mergeRows(renumbered);
  const broken = summaries.findIndex(
    (s) => (s.outcome === 'inconclusive' || s.outcome === 'nothing-run') && !s.requirements.some((r) => r.verdict === 'INCONCLUSIVE'),
  );
  const first = summaries[0];
  const { outcome, line, exitCode } = outcomeOf(rows, first.profile, {
    target: first.target,
    cause: causes[0],
    ...(broken >= 0 ? { interrupted: `shard ${names[broken]} ended: ${summaries[broken].line}` } : {}),
  });
  return { rows, causes, outcome, line, exitCode };
}

export async function mergeShards(dirs: string[], out: string): Promise<{ line: string; exitCode: 0 | 1 | 2 | 3 }> {
  if (dirs.length === 0) throw new MergeInputError('name the reports folder of each shard');
  const summaries = dirs.map(readShard);
  const first = summaries[0];
  for (const [i, s] of summaries.entries())
    if (s.target !== first.target || s.profile !== first.profile || s.schemasFingerprint !== first.schemasFingerprint)
      throw new MergeInputError(
        `${join(dirs[i], 'summary.json')}: another target, profile or schema set than ${join(dirs[0], 'summary.json')} (shards of one run share them); it says: ${s.line}`,
      );
  clearReports(out);
  const { rows, causes, outcome, line, exitCode } = mergeVerdict(summaries, dirs);
  // The open choices the shards met, each with the question, reasoning and gap its summary gives.
  const seenChoices = summaries.flatMap((s) => s.openChoices ?? []).map((c) => ({ ...c, name: c.choice }));
  const summary = buildSummary({
    rows,
    outcome,
    exitCode,
    line,
    profile: first.profile,
    target: first.target,
    settings: { ...first.settings, shards: dirs.length },
    transportUsed: transportUsedIn(...dirs.map((d) => join(d, 'transcripts'))),
    causes,
    information: summaries.flatMap((s) => s.information),
    openChoices: foldOpenChoices(seenChoices, seenChoices),
    startedAt: new Date(Math.min(...summaries.map((s) => Date.parse(s.startedAt)))),
    // The shards' catalogue, as their summaries give it.
    requirements: first.requirements.map(({ id, level, text, source, url }) => ({
      id,
      level: level as 'MUST' | 'SHOULD',
      text,
      source,
      url: url ?? '',
    })),
  });
  writeSummary(out, summary);
  // Evidence and Allure results, side by side.
  for (const dir of dirs) {
    for (const sub of ['transcripts', 'allure-results'])
      if (existsSync(join(dir, sub))) cpSync(join(dir, sub), join(out, sub), { recursive: true });
  }
  mergePlaywrightReports(dirs, out);
  const allure = await buildAllureReport(out);
  if (allure && !allure.built) console.error(`merge: the Allure report could not be built (${allure.why})`);
  return { line: summary.line, exitCode };
}

/**
 * Playwright's own merge of the shards' blob reports: the HTML report and JUnit of the whole run. A run
 * writes its blob report when it is a shard (--shard=i/n).
 */
function mergePlaywrightReports(dirs: readonly string[], out: string): void {
  const withoutBlob = dirs.filter((dir) => !existsSync(join(dir, 'blob')));
  if (withoutBlob.length > 0)
    console.error(
      `merge: ${withoutBlob.join(', ')}: no blob report (a run writes one when run with --shard=i/n), so the merged Playwright HTML report and JUnit leave its tests out`,
    );
  if (withoutBlob.length === dirs.length) return;
  const blobs = join(out, 'blob');
  mkdirSync(blobs, { recursive: true });
  for (const dir of dirs)
    if (existsSync(join(dir, 'blob'))) for (const f of readdirSync(join(dir, 'blob'))) cpSync(join(dir, 'blob', f), join(blobs, f));
  const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
  const merged = spawnSync(process.execPath, [cli, 'merge-reports', '--reporter', 'html,junit', blobs], {
    encoding: 'utf8',
    env: {
      ...process.env,
      PLAYWRIGHT_HTML_OUTPUT_DIR: join(out, 'playwright-html'),
      PLAYWRIGHT_HTML_OPEN: 'never',
      PLAYWRIGHT_JUNIT_OUTPUT_FILE: join(out, 'junit.xml'),
    },
  });
  if (merged.status !== 0)
    console.error(`merge: Playwright could not merge the blob reports: ${(merged.stderr || merged.stdout).slice(0, 500)}`);
}
