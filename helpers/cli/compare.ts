/**
 * npm run compare -- <baseline> <current> [--out DIR] [--verdicts-only] [--fail-on-drift] [--timing-ratio R] [--timing-floor-ms MS]
 *
 * Each side is a reports folder of `npm run conformance` (summary.json and transcripts/), a folder of
 * such folders, or several separated by commas (repeated runs, to tell flaky from changed). Writes
 * compare.md, compare.json and compare-junit.xml into --out (default: the current side's first folder)
 * and prints what was not compared, the warnings, the regressions and the one-line result. Exit 0
 * nothing regressed (drift is listed as warnings), 1 regressed, 2 the inputs are unusable (the message
 * names the file and what is wrong) or contract drift and timing could not be compared (a side without
 * transcripts, different scenarios; --verdicts-only compares the verdicts alone, on purpose).
 */
import { SUITE } from '../../operations/index.ts';
import { type CompareOptions, compareSides, DEFAULT_TIMING } from '../compare/compare.ts';
import { CompareInputError, loadSide } from '../compare/load.ts';
import { writeComparison } from '../compare/render.ts';
import { dropOutputWhenReaderGoes } from '../report/child-output.ts';

// Its output piped to a reader that goes away (| head): dropped, never an EPIPE stack trace.
dropOutputWhenReaderGoes();

const USAGE =
  'usage: npm run compare -- <baseline> <current> [--out DIR] [--verdicts-only] [--fail-on-drift] [--timing-ratio R] [--timing-floor-ms MS]\n' +
  '  each side: a reports folder (summary.json, transcripts/), a folder of them, or several separated by commas\n' +
  '  --verdicts-only: compare the verdicts alone (contract drift and timing not compared, on purpose)';

function parse(argv: string[]): { sides: string[]; out?: string; options: CompareOptions } {
  const sides: string[] = [];
  const options: CompareOptions = {};
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    const number = (name: string) => {
      const v = Number(value());
      if (!Number.isFinite(v) || v < 0) throw new Error(`${name} must be a non-negative number\n${USAGE}`);
      return v;
    };
    if (a === '--out') out = value();
    else if (a === '--fail-on-drift') options.failOnDrift = true;
    else if (a === '--verdicts-only') options.verdictsOnly = '--verdicts-only';
    else if (a === '--timing-ratio') options.timingRatio = number('--timing-ratio');
    else if (a === '--timing-floor-ms') options.timingFloorMs = number('--timing-floor-ms');
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}\n${USAGE}`);
    else sides.push(a);
  }
  if (sides.length !== 2) throw new Error(`name a baseline and a current side (got ${sides.length})\n${USAGE}`);
  return { sides, out, options };
}

try {
  const { sides, out, options } = parse(process.argv.slice(2));
  const baseline = loadSide([sides[0]], SUITE);
  const current = loadSide([sides[1]], SUITE);
  const comparison = compareSides(baseline, current, options);
  const files = writeComparison(out ?? current.folders[0], comparison);
  for (const n of comparison.notCompared) console.log(`not compared: ${n.text}`);
  for (const w of comparison.warnings) console.log(`warning: ${w}`);
  for (const r of comparison.regressions) console.log(`regression: ${r}`);
  const timed = !comparison.notCompared.some((n) => n.parts.includes('timing'));
  const threshold = `timing threshold: ${options.timingRatio ?? DEFAULT_TIMING.ratio}x and +${options.timingFloorMs ?? DEFAULT_TIMING.floorMs} ms; `;
  console.log(`${timed ? threshold : ''}written: ${files.join(', ')}`);
  console.log(comparison.line);
  process.exit(comparison.exitCode);
} catch (err) {
  console.error(`compare: ${err instanceof CompareInputError || err instanceof Error ? err.message : String(err)}`);
  process.exit(2);
}
