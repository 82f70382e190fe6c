/**
 * The project's long commands refuse what they do not know before they start: an unknown option, an
 * option without its value, a value that is not a number. Ignored, each would run minutes of the wrong
 * thing (the whole bench, the whole mutation run, two hundred chaos runs).
 */
import { spawn, spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { closedPort } from '../proof/run-conformance.ts';

const CASES: { command: string; args: string[]; env?: Record<string, string>; says: RegExp }[] = [
  { command: 'bench', args: ['--quick'], says: /^bench: npm run bench takes no arguments, got "--quick"\. usage: npm run bench/ },
  { command: 'bench', args: [], env: { BENCH_SCALES: '1,ten' }, says: /^bench: BENCH_SCALES: expected a comma-separated list/ },
  { command: 'mutate', args: ['--equivalent'], says: /^mutate: unknown option --equivalent\. usage: npm run mutate/ },
  { command: 'chaos', args: ['--only'], says: /^chaos: --only needs a value/ },
  { command: 'chaos', args: ['--runs', 'ten'], says: /^chaos: --runs must be a whole number \(got "ten"\)/ },
  { command: 'chaos', args: ['--only', 'x'], says: /^chaos: --only takes run numbers as printed/ },
  { command: 'self-test', args: ['--bogus'], says: /^self-test: unknown option --bogus/ },
];

test.describe.configure({ mode: 'parallel' });

for (const c of CASES)
  test(`npm run ${c.command} ${c.args.join(' ')}${c.env ? ` with ${Object.keys(c.env).join(', ')}` : ''}: refused, exit 2, before anything runs`, () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', `helpers/cli/${c.command}.ts`, ...c.args], {
      env: { ...process.env, ...c.env },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.stderr.trim()).toMatch(c.says);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
  });

test('npm run simulator piped to a reader that goes away keeps serving', async () => {
  const port = await closedPort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'simulator/cli.ts', '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Gone before the simulator writes anything (it is still loading).
  child.stdout.destroy();
  try {
    // It writes its banner to the closed pipe once it listens; then it must still answer.
    let answer: number | string = 'no answer';
    for (let i = 0; i < 40 && answer === 'no answer'; i++) {
      await new Promise((r) => setTimeout(r, 250));
      answer = await fetch(`http://127.0.0.1:${port}/api/v2/me`).then(
        (r) => r.status,
        () => 'no answer',
      );
    }
    await new Promise((r) => setTimeout(r, 500));
    const again = await fetch(`http://127.0.0.1:${port}/api/v2/me`).then(
      (r) => r.status,
      (err: Error) => `no answer (${err.message})`,
    );
    expect(again).toBe(401);
  } finally {
    child.kill('SIGTERM');
  }
});
