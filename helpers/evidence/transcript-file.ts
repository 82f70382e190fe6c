/**
 * Transcripts as files: saved under the reports folder (reports/transcripts/<scenario>.json, one
 * layout), and read back, checked against schemas/transcript.schema.json, before anything re-judges them.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Transcript } from '../contract/generated/payloads.ts';
import { validate } from '../contract/validator.ts';
import { TRANSCRIPT_FORMAT_V1, upgradeV1 } from './transcript-upgrade.ts';

/** The transcript in `file`, or a one-message problem naming the file and what is wrong. */
export function readTranscriptFile(file: string): { transcript: Transcript } | { problem: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    return { problem: `${file}: cannot read it: ${(err as Error).message}` };
  }
  return parseTranscript(text, file);
}

/** The transcript in `text` (the content of `name`, a file or an archive's entry), or the problem. */
export function parseTranscript(text: string, name: string): { transcript: Transcript } | { problem: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    return { problem: `${name}: cannot read it as JSON: ${(err as Error).message}` };
  }
  // A transcript of format 1 (a baseline saved before operations were declared as data) is read as format 2.
  if ((parsed as { format?: unknown } | null)?.format === TRANSCRIPT_FORMAT_V1) {
    const v1 = validate('TranscriptV1', parsed);
    if (v1.ok) return { transcript: upgradeV1(v1.value) };
    return { problem: problemOf(name, v1.errors) };
  }
  const checked = validate('Transcript', parsed);
  if (!checked.ok) return { problem: problemOf(name, checked.errors) };
  return { transcript: checked.value };
}

function problemOf(name: string, errors: readonly { message: string }[]): string {
  return `${name}: not a transcript of this suite:\n${errors
    .slice(0, 5)
    .map((e) => `  ${e.message}`)
    .join('\n')}`;
}

/**
 * Saves a transcript (already redacted by the recorder) as `<dir>/<name>.json`, or `<name>-2.json`, ...
 * when a worker or a retry saved one of that name already. Returns the file's path.
 */
export function saveTranscript(dir: string, name: string, transcript: Transcript): string {
  mkdirSync(dir, { recursive: true });
  const text = `${JSON.stringify(transcript, null, 1)}\n`;
  for (let n = 1; ; n++) {
    const file = join(dir, `${name}${n === 1 ? '' : `-${n}`}.json`);
    try {
      writeFileSync(file, text, { flag: 'wx' });
      return file;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
}
