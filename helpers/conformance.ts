/**
 * `npm run conformance [-- playwright args]`: checks the configuration (a bad setting stops here, with
 * one message naming the variable and the fix), runs the conformance specs with Playwright, prints the
 * verdict, and exits 0 conformant, 1 non-conformant, 2 inconclusive or not run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { ConfigError, readConfig } from './config.ts';
import type { VerdictsFile } from './reporters/verdicts.ts';

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The reporter writes the verdicts here; a private file, so parallel runs do not read each other's.
const VERDICTS = join(mkdtempSync(join(tmpdir(), 'gws-conformance-')), 'verdicts.json');

let config;
try {
  config = readConfig();
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(`gws-chat-conformance: configuration error: ${err.message}`);
    process.exit(2);
  }
  throw err;
}
console.log(`gws-chat-conformance: target ${config.baseUrl ?? 'embedded simulator'}${config.simulatorFaults.length ? ` with faults ${config.simulatorFaults.join(', ')}` : ''}${config.simulatorVariants.length ? ` with variants ${config.simulatorVariants.join(', ')}` : ''}, profile ${config.profile}`);

// A real target's agents are shared by all tests: one worker. Each worker gets its own embedded simulator.
const workers = config.baseUrl ? ['--workers=1'] : [];
const run = spawnSync('npx', ['playwright', 'test', '--project=conformance', ...workers, ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, GWS_VERDICTS_FILE: VERDICTS } });
if (!existsSync(VERDICTS)) {
  console.error(`gws-chat-conformance: no verdicts were written (Playwright exited ${run.status}; a --reporter option replaces the verdicts reporter: add it, e.g. --reporter=list,./helpers/reporters/verdicts.ts); see the output above`);
  process.exit(2);
}
const verdicts = JSON.parse(readFileSync(VERDICTS, 'utf8')) as VerdictsFile;
const code = verdicts.outcome === 'conformant' ? 0 : verdicts.outcome === 'non-conformant' ? 1 : 2;
if (code === 0 && run.status !== 0) {
  console.error(`gws-chat-conformance: Playwright exited ${run.status} although every requirement passed; see the output above`);
  process.exit(2);
}
process.exit(code);
