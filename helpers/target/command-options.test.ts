import { expect, test } from '@playwright/test';
import { checkPassedOptions } from './command-options.ts';

test('the conformance command refuses --project and --config by name, and passes the rest on', () => {
  expect(() => checkPassedOptions(['--project=unit'])).toThrow(
    /^--project: --project=unit: the conformance command runs the conformance project/,
  );
  expect(() => checkPassedOptions(['--workers=2', '--project', 'unit'])).toThrow(/^--project: /);
  expect(() => checkPassedOptions(['-c', 'other.config.ts'])).toThrow(
    /^-c: -c: the conformance command runs with the suite's own configuration/,
  );
  expect(() => checkPassedOptions(['--config=other.config.ts'])).toThrow(/^--config: /);
  expect(() => checkPassedOptions(['--workers=2', '--grep', '@ACCEPT-SEQ-01', '--timeout=60000', '--projects-note'])).not.toThrow();
});
