/**
 * The linter and formatter `npm test` runs (Biome, biome.jsonc: npm run lint:code) can fail: with the
 * project's configuration, a clean module passes, an unformatted one and one that breaks a recommended
 * rule are each reported, by file and by what is wrong, with a non-zero exit.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIOME = join(ROOT, 'node_modules', '.bin', 'biome');

/** Runs `biome check` with the project's configuration on one module written into a scratch folder. */
function check(dir: string, source: string): { status: number | null; output: string } {
  mkdirSync(join(dir, 'helpers'), { recursive: true });
  copyFileSync(join(ROOT, 'biome.jsonc'), join(dir, 'biome.jsonc'));
  writeFileSync(join(dir, 'helpers', 'module.ts'), source);
  // The scratch folder is no git checkout: the ignore file is the project's business, not this test's.
  const run = spawnSync(BIOME, ['check', '--vcs-enabled=false', '--colors=off', 'helpers/module.ts'], { cwd: dir, encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

test.describe('the linter and formatter', () => {
  test('pass a clean module', ({}, testInfo) => {
    const result = check(testInfo.outputPath('clean'), 'export const next = (n: number): number => n + 1;\n');
    expect(result.status, result.output).toBe(0);
  });

  test('report a module that is not formatted', ({}, testInfo) => {
    const result = check(testInfo.outputPath('unformatted'), 'export const greeting = (name: string): string => "Hello " + name\n');
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toMatch(/helpers\/module\.ts format/);
  });

  test('report a module that breaks a recommended lint rule', ({}, testInfo) => {
    const result = check(
      testInfo.outputPath('lint'),
      'let count;\nexport const next = (): number => {\n  count = 1;\n  return count;\n};\n',
    );
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toMatch(/helpers\/module\.ts:1:5 lint\/suspicious\/noImplicitAnyLet/);
  });
});
