/**
 * npm run merge -- <shard reports folder>... [--out DIR]
 *
 * Merges the reports of the shards of one run (npm run conformance -- --shard=i/n, each with its own
 * GWS_REPORTS_DIR) into one: summary, Playwright HTML and JUnit, Allure, transcripts. Prints the one-line
 * verdict and exits with the code a single run would give (0 conformant, 1 non-conformant,
 * 2 inconclusive, 3 partial); 2 too when a shard's folder is unusable.
 */

import { dropOutputWhenReaderGoes } from '../report/child-output.ts';
import { MergeInputError, mergeShards } from '../report/merge.ts';

// Its output piped to a reader that goes away (| head): dropped, never an EPIPE stack trace.
dropOutputWhenReaderGoes();

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : 'reports';
try {
  if (outAt >= 0 && !out) throw new MergeInputError('--out needs a folder');
  const shards = outAt >= 0 ? args.filter((_, i) => i !== outAt && i !== outAt + 1) : args;
  const { line, exitCode } = await mergeShards(shards, out);
  console.log(`merged ${shards.length} shards into ${out}/`);
  console.log(line);
  process.exit(exitCode);
} catch (err) {
  console.error(`merge: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(2);
}
