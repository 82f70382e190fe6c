/**
 * `GWS_BASELINE=<folder> npm run conformance`: after the run, its reports folder is compared with the
 * baseline (npm run compare's engine), compare.md, compare.json and compare-junit.xml are written
 * beside the summary, and summary.md gets the comparison's headline, what was not compared and the
 * regressions. `verdictsOnly` (GWS_BASELINE_SCOPE=verdicts) compares the verdicts alone.
 */
import { appendFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { compareSides } from '../compare/compare.ts';
import { CompareInputError, loadRun, type Side } from '../compare/load.ts';
import { writeComparison } from '../compare/render.ts';

/** The lines to print (what was not compared, then the result) and the exit code of the comparison. */
export function compareWithBaseline(baseline: Side, reportsDir: string, verdictsOnly?: string): { lines: string[]; exitCode: number } {
  let comparison: ReturnType<typeof compareSides>;
  try {
    comparison = compareSides(
      baseline,
      { folders: [reportsDir], runs: [loadRun(reportsDir, baseline.plan)], plan: baseline.plan },
      { verdictsOnly },
    );
  } catch (err) {
    if (!(err instanceof CompareInputError)) throw err;
    return { lines: [`COMPARE: this run cannot be compared: ${err.message}`], exitCode: 2 };
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
        ...comparison.notCompared.map((n) => `- not compared: ${n.text}`),
        ...comparison.warnings.map((w) => `- warning: ${w}`),
        ...comparison.regressions.map((r) => `- regression: ${r}`),
        '',
        'Verdict changes, contract drift and timing side by side: [compare.md](compare.md) (and compare.json, compare-junit.xml).',
        '',
      ].join('\n'),
    );
  return {
    lines: [...comparison.notCompared.map((n) => `not compared: ${n.text}`), `Compared with the baseline: ${comparison.line}`],
    exitCode: comparison.exitCode,
  };
}
