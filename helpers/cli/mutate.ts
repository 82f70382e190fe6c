/**
 * npm run mutate [-- FILE.json ...] [--equivalents]
 *
 * Records a faithful transcript of every scenario from the embedded simulator (or reads the
 * transcripts named), derives mutants of them with every operator, judges each offline, and prints the
 * score per operator and per requirement, the survivors, and one closing line:
 *   mutants: N generated, K killed (P%), S equivalent, U unclassified
 * P = K / (N − S). Writes reports/mutation.json (every mutant's id, outcome and flagged requirements).
 * Exit 0 when the bar is met (at least 300 mutants, at least 95% killed, no unclassified survivor, no
 * false alarm, no stale equivalent), 1 when not, 2 when the run itself broke.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readTranscriptFile } from '../evidence/transcript-file.ts';
import { CORPUS_SCENARIOS, recordCorpus } from '../proof/mutation/corpus.ts';
import { runMutants } from '../proof/mutation/engine.ts';
import { formatMutationReport, problems } from '../proof/mutation/report.ts';
import type { CorpusEntry } from '../proof/mutation/types.ts';
import { dropOutputWhenReaderGoes } from '../report/child-output.ts';

// Its output piped to a reader that goes away (| head): dropped, never an EPIPE stack trace.
dropOutputWhenReaderGoes();

async function corpusFrom(files: string[]): Promise<CorpusEntry[]> {
  if (files.length === 0) {
    console.log(`recording the corpus from the embedded simulator: seed, ${CORPUS_SCENARIOS.join(', ')} ...`);
    return recordCorpus();
  }
  return files.map((file) => {
    const read = readTranscriptFile(file);
    if ('problem' in read) throw new Error(`${file}: ${read.problem}`);
    return { name: basename(file).replace(/\.json$/, ''), transcript: read.transcript };
  });
}

const USAGE = 'usage: npm run mutate [-- FILE.json ...] [--equivalents]';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--equivalents');
  if (unknown.length > 0) {
    console.error(`mutate: unknown option ${unknown.join(', ')}. ${USAGE}`);
    return 2;
  }
  const started = Date.now();
  const corpus = await corpusFrom(args.filter((a) => !a.startsWith('--')));
  const recorded = Date.now();
  const report = runMutants(corpus);
  console.log(formatMutationReport(report, { equivalents: args.includes('--equivalents') }));
  const dir = process.env.GWS_REPORTS_DIR ?? 'reports';
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'mutation.json'),
    `${JSON.stringify({ line: report.line, score: report.score, total: report.total, byOperator: report.byOperator, byRequirement: report.byRequirement, results: report.results }, null, 1)}\n`,
  );
  console.log(
    `(corpus ${((recorded - started) / 1000).toFixed(1)} s, mutants ${((Date.now() - recorded) / 1000).toFixed(1)} s; every mutant in ${join(dir, 'mutation.json')})`,
  );
  return problems(report).length === 0 ? 0 : 1;
}

main()
  .then((code) => process.exit(code))
  .catch((err: unknown) => {
    console.error(`mutate broke: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  });
