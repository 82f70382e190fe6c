/**
 * The fingerprint of the schemas a run judged against, so that two summaries (and two sides of a
 * comparison) say whether they used the same contract.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCHEMAS = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schemas');

/** sha256 over the schema files (name and content, in name order). */
export function schemasFingerprint(dir = SCHEMAS): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.schema.json'))
    .sort()) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(dir, file)))
      .update('\0');
  }
  return `sha256:${hash.digest('hex')}`;
}
