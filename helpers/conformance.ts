/**
 * `npm run conformance`: runs the conformance specs in specs/ with Playwright (project "conformance").
 * While no spec exists yet, it says so and lists the payload schemas the suite validates against.
 */
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { PAYLOAD_SCHEMAS } from './validator.ts';

function specs(): string[] {
  try {
    return readdirSync('specs', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.spec.ts'));
  } catch {
    return [];
  }
}

const found = specs();
if (found.length === 0) {
  console.log('gws-chat-conformance: no conformance specs in specs/ yet, so there is nothing to run against a target.');
  console.log('Payload schemas the suite validates (schemas/):');
  for (const [kind, file] of Object.entries(PAYLOAD_SCHEMAS)) console.log(`  ${kind.padEnd(24)} ${file}`);
  process.exit(0);
}
const run = spawnSync('npx', ['playwright', 'test', '--project=conformance', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 2);
