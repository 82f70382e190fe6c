/**
 * A transcript saved to a file: read back and checked against schemas/transcript.schema.json before
 * anything judges it.
 */
import { readFileSync } from 'node:fs';
import type { Transcript } from '../contract/generated/payloads.ts';
import { validate } from '../contract/validator.ts';

/** The transcript in `file`, or a one-message problem naming the file and what is wrong. */
export function readTranscriptFile(file: string): { transcript: Transcript } | { problem: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    return { problem: `${file}: cannot read it as JSON: ${(err as Error).message}` };
  }
  const checked = validate('Transcript', parsed);
  if (!checked.ok)
    return {
      problem: `${file}: not a transcript of this suite:\n${checked.errors
        .slice(0, 5)
        .map((e) => `  ${e.message}`)
        .join('\n')}`,
    };
  return { transcript: checked.value };
}
