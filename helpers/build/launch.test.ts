import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { withoutSettings } from '../proof/run-conformance.ts';
import { CONFORMANCE_COMMAND } from './bundle.mjs';

test('npm run conformance starts the command from its bundle, and the tests and the bench run what it runs', () => {
  const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
  expect(scripts.conformance).toBe(`exec node ${CONFORMANCE_COMMAND.join(' ')}`);
});

test('the bundled command sees its arguments and settings as the command run through tsx does', () => {
  const env = { ...withoutSettings(), GWS_QUIET_WINDOW_MS: 'abc' };
  const run = (command: string[]) => spawnSync(process.execPath, [...command, '--workers=1'], { env, encoding: 'utf8' });
  const bundled = run([...CONFORMANCE_COMMAND]);
  const direct = run(['--import', 'tsx', 'helpers/cli/conformance.ts']);
  expect(bundled.status).toBe(2);
  expect(bundled.stderr).toContain('GWS_QUIET_WINDOW_MS');
  expect({ status: bundled.status, stdout: bundled.stdout, stderr: bundled.stderr }).toEqual({
    status: direct.status,
    stdout: direct.stdout,
    stderr: direct.stderr,
  });
});

test('a source that is not a command of the bundle is refused, naming those that are', () => {
  const run = spawnSync(process.execPath, ['helpers/build/launch.mjs', 'helpers/cli/judge.ts'], { encoding: 'utf8' });
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/^launch: helpers\/cli\/judge\.ts is not a command of the bundle; name one of: helpers\/cli\/conformance\.ts/);
});
