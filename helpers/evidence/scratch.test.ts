import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { scratchDir } from './scratch.ts';

test('a scratch folder exists while its process runs and is gone once it exits', () => {
  const script = [
    "import { scratchDir } from './helpers/evidence/scratch.ts';",
    "import { existsSync, writeFileSync } from 'node:fs';",
    "const a = scratchDir('gws-scratch-test'); const b = scratchDir('gws-scratch-test');",
    "writeFileSync(a + '/kept-until-exit.txt', 'x');",
    'console.log(JSON.stringify([a, b, existsSync(a), existsSync(b)]));',
  ].join('\n');
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const [a, b, aLived, bLived] = JSON.parse(run.stdout) as [string, string, boolean, boolean];
  expect([aLived, bLived]).toEqual([true, true]);
  expect(a).not.toBe(b);
  expect([existsSync(a), existsSync(b)]).toEqual([false, false]);
});

test('a scratch folder of this process is a fresh one, named by its prefix', () => {
  const dir = scratchDir('gws-scratch-test');
  expect(existsSync(dir)).toBe(true);
  expect(dir).toMatch(/gws-scratch-test-[^/]+$/);
});
