import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { asksForHelp, checkPassedOptions, commandUsage, PLAYWRIGHT_OPTIONS } from './command-options.ts';

test('the conformance command refuses --project, --config and --reporter by name, and passes the rest on', () => {
  expect(() => checkPassedOptions(['--project=unit'])).toThrow(
    /^--project: --project=unit: the conformance command runs the conformance project/,
  );
  expect(() => checkPassedOptions(['--workers=2', '--project', 'unit'])).toThrow(/^--project: /);
  expect(() => checkPassedOptions(['-c', 'other.config.ts'])).toThrow(
    /^-c: -c: the conformance command runs with the suite's own configuration/,
  );
  expect(() => checkPassedOptions(['--config=other.config.ts'])).toThrow(/^--config: /);
  expect(() => checkPassedOptions(['--reporter', 'dot'])).toThrow(/^--reporter: .*Use --add-reporter=<reporter>/);
  expect(() => checkPassedOptions(['--add-reporter=dot'])).not.toThrow();
  expect(() => checkPassedOptions(['--workers=2', '--grep', '@ACCEPT-SEQ-01', '--timeout=60000', '-x', 'accept'])).not.toThrow();
  // An option's value given apart is not an option: --grep-invert -x looks for "-x".
  expect(() => checkPassedOptions(['--grep-invert', '--bogus', '--shuffle'])).not.toThrow();
});

test('-h and --help ask for the usage, which lists the options passed on and those refused', () => {
  expect(asksForHelp(['--grep', 'x', '--help'])).toBe(true);
  expect(asksForHelp(['-h'])).toBe(true);
  expect(asksForHelp(['--grep', '--help-me'])).toBe(false);
  const usage = commandUsage();
  const section = usage.slice(usage.indexOf('Options passed on'), usage.indexOf('Refused'));
  const passedOn = section.slice(section.indexOf('\n'));
  expect(passedOn).toContain('--grep');
  expect(passedOn).toContain('--add-reporter');
  expect(passedOn).not.toMatch(/--project|--config|--reporter |--help/);
  for (const line of usage.split('\n')) expect(line.length, line).toBeLessThanOrEqual(110);
});

test('an option playwright test does not have is refused by name, with where to look', () => {
  expect(() => checkPassedOptions(['--workers=1', '--work=2'])).toThrow(
    /^--work: not an option of the conformance command or of playwright test\. See npx playwright test --help .* GWS_\* environment variables/,
  );
  expect(() => checkPassedOptions(['--projects-note'])).toThrow(/^--projects-note: not an option/);
  expect(() => checkPassedOptions(['--grep', 'x', '--GWS_WORKERS=2'])).toThrow(/^--GWS_WORKERS: not an option/);
});

test("the options the command knows are the installed Playwright's, each taking a value as its help says", () => {
  const help = spawnSync(process.execPath, [join('node_modules', '@playwright', 'test', 'cli.js'), 'test', '--help'], { encoding: 'utf8' });
  const listed: Record<string, string> = {};
  for (const m of help.stdout.matchAll(/^ {2}(?:(-\w), )?(--?[\w-]+)(?: ([<[]))?/gm)) {
    const kind = m[3] === '<' ? 'value' : m[3] === '[' ? 'optional' : 'none';
    if (m[1]) listed[m[1]] = kind;
    listed[m[2]] = kind;
  }
  expect(Object.keys(listed).length).toBeGreaterThan(30);
  expect(PLAYWRIGHT_OPTIONS).toEqual(listed);
});
