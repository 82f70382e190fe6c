/**
 * The two sides of a comparison, read from disk: each side is a reports folder of `npm run conformance`
 * (summary.json and transcripts/), a folder of such folders (repeated runs), or several folders named
 * one by one. Anything unusable stops the comparison with one message naming the file and what is
 * wrong (exit 2).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ConformanceSummary, Transcript } from '../contract/generated/payloads.ts';
import { validate } from '../contract/validator.ts';
import { readTranscriptFile } from '../evidence/transcript-file.ts';
import type { JudgingPlan } from '../judges/judge.ts';
import { observeRun, type RunObservation } from './observe.ts';

export const SUMMARY_FORMAT = 'gws-chat-conformance/summary@2';

export class CompareInputError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

export interface Run {
  folder: string;
  summary: ConformanceSummary;
  transcripts: Transcript[];
  observation: RunObservation;
}

export interface Side {
  folders: string[];
  runs: Run[];
  /** The suite that reads its transcripts (their scenarios, what each judges). */
  plan: JudgingPlan;
}

function readSummary(folder: string): ConformanceSummary {
  const file = join(folder, 'summary.json');
  if (!existsSync(file))
    throw new CompareInputError(
      file,
      'missing: a side is a reports folder of npm run conformance (summary.json and transcripts/), or a folder of them',
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new CompareInputError(file, `cannot read it as JSON (truncated?): ${(err as Error).message}`);
  }
  const format = (parsed as { format?: unknown } | null)?.format;
  if (format !== SUMMARY_FORMAT)
    throw new CompareInputError(
      file,
      `another format version (${JSON.stringify(format)}); this suite reads ${SUMMARY_FORMAT}: compare runs of suites that write the same format`,
    );
  const checked = validate('ConformanceSummary', parsed);
  if (!checked.ok)
    throw new CompareInputError(
      file,
      `not a summary of this suite: ${checked.errors
        .slice(0, 3)
        .map((e) => e.message)
        .join('; ')}`,
    );
  return checked.value;
}

function readTranscripts(folder: string): Transcript[] {
  const dir = join(folder, 'transcripts');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const read = readTranscriptFile(join(dir, f));
      if ('problem' in read) throw new CompareInputError(join(dir, f), read.problem.replace(`${join(dir, f)}: `, ''));
      return read.transcript;
    });
}

export function loadRun(folder: string, plan: JudgingPlan): Run {
  const summary = readSummary(folder);
  const transcripts = readTranscripts(folder);
  return { folder, summary, transcripts, observation: observeRun(transcripts, plan) };
}

/** The runs in a folder: the folder itself when it holds a summary, else each subfolder that does. */
function runFolders(folder: string): string[] {
  if (!existsSync(folder)) throw new CompareInputError(folder, 'no such folder');
  if (!statSync(folder).isDirectory())
    throw new CompareInputError(folder, 'not a folder: name the reports folder (summary.json and transcripts/)');
  if (existsSync(join(folder, 'summary.json'))) return [folder];
  const runs = readdirSync(folder)
    .sort()
    .map((f) => join(folder, f))
    .filter((f) => statSync(f).isDirectory() && existsSync(join(f, 'summary.json')));
  if (runs.length === 0)
    throw new CompareInputError(
      join(folder, 'summary.json'),
      'missing: a side is a reports folder of npm run conformance (summary.json and transcripts/), or a folder of them',
    );
  return runs;
}

/** One side: the folders named (comma-separated, or one by one), each a run or a folder of runs. */
export function loadSide(folders: string[], plan: JudgingPlan): Side {
  const named = folders.flatMap((f) => f.split(',')).filter(Boolean);
  if (named.length === 0) throw new CompareInputError('(none)', 'no folder named for this side');
  return { folders: named, runs: named.flatMap(runFolders).map((f) => loadRun(f, plan)), plan };
}
