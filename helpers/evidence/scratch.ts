/**
 * Scratch folders of the project's own tests and of the bench (a run's reports, a copied certificate):
 * made under the system's temporary folder, and removed when the process that made them exits, so that
 * `npm test` or `npm run bench` leaves nothing behind, however often a workspace runs them. A run that
 * wants its reports kept names its own folder (GWS_REPORTS_DIR).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

function removeAll(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A fresh folder named `<prefix>-XXXXXX`, removed when this process exits. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  if (made.length === 0) process.once('exit', removeAll);
  made.push(dir);
  return dir;
}
