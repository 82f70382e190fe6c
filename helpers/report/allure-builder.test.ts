/**
 * Allure's builder in its own process (helpers/report/allure-builder.mjs): it builds only when asked,
 * and says why when it cannot, in the one line the conformance command reads.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { scratchDir } from '../evidence/scratch.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const BUILDER = join(HERE, 'allure-builder.mjs');
const CONFIG = join(HERE, 'allurerc.mjs');

function builder(config: string, dir: string, input: string) {
  return spawnSync(
    process.execPath,
    [BUILDER, config, join(dir, 'allure-results'), join(dir, 'allure-report'), join(dir, 'history.jsonl')],
    {
      input,
      encoding: 'utf8',
    },
  );
}

test('not asked (its input closed without "build"), it ends without building', () => {
  const dir = scratchDir('gws-allure-builder');
  const r = builder(CONFIG, dir, '');
  expect(r.status).toBe(0);
  expect(r.stdout).toBe('');
  expect(existsSync(join(dir, 'allure-report'))).toBe(false);
});

test('asked, it builds the report, or says why it could not', () => {
  const dir = scratchDir('gws-allure-builder');
  const built = builder(CONFIG, dir, 'build\n');
  expect(JSON.parse(built.stdout.trim())).toEqual({ built: true });
  expect(existsSync(join(dir, 'allure-report', 'index.html'))).toBe(true);
  const failed = builder(join(dir, 'no-such-allurerc.mjs'), dir, 'build\n');
  expect(JSON.parse(failed.stdout.trim())).toEqual({ built: false, why: expect.stringContaining('no-such-allurerc.mjs') });
});
