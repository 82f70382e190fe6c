/**
 * `GWS_BASELINE=<folder> npm run conformance`: after the run, its reports folder is compared with the
 * baseline (npm run compare's engine), compare.md, compare.json and compare-junit.xml are written
 * beside the summary, and summary.md gets the comparison's headline and regressions.
 */
import { appendFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { compareSides } from '../compare/compare.ts';
import { CompareInputError, loadRun, type Side } from '../compare/load.ts';
import { writeComparison } from '../compare/render.ts';

export function compareWithBaseline(baseline: Side, reportsDir: string): { line: string; exitCode: number } {
  let comparison: ReturnType<typeof compareSides>;
  try {
    comparison = compareSides(baseline, { folders: [reportsDir], runs: [loadRun(reportsDir)] });
  } catch (err) {
    if (!(err instanceof CompareInputError)) throw err;
    return { line: `COMPARE: this run cannot be compared: ${err.message}`, exitCode: 2 };
  }
  writeComparison(reportsDir, comparison);
  const md = join(reportsDir, 'summary.md');
  if (existsSync(md))
    appendFileSync(
      md,
      [
        '',
        `## Compared with the baseline (${baseline.folders.join(', ')})`,
        '',
        `**${comparison.line}**`,
        '',
        ...comparison.warnings.map((w) => `- warning: ${w}`),
        ...comparison.regressions.map((r) => `- regression: ${r}`),
        '',
        'Verdict changes, contract drift and timing side by side: [compare.md](compare.md) (and compare.json, compare-junit.xml).',
        '',
      ].join('\n'),
    );
  return { line: `Compared with the baseline: ${comparison.line}`, exitCode: comparison.exitCode };
}
