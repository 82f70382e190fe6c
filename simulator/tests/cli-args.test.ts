/** npm run simulator's options, read before anything starts: each bad one a usage error naming it. */
import { expect, test } from '@playwright/test';
import { SUITE } from '../../operations/index.ts';
import { parseCli as parse, UsageError } from '../cli-options.ts';

const parseCli = (argv: string[]) => parse(argv, SUITE.simulated);

test('npm run simulator reads its options, and refuses a port out of range, a count below one, an unknown fault or level by name', () => {
  const { options } = parseCli(['--port', '0', '--agents', '2', '--fault', 'wrong-channel']);
  expect(options).toMatchObject({ port: 0, agents: 2, faults: ['wrong-channel'], csrf: true });
  expect(parseCli([]).options.port).toBe(8090);
  for (const [argv, says] of [
    [['--port', '99999'], /^--port takes a whole number from 0 to 65535 \(got "99999"\)$/],
    [['--port', 'abc'], /^--port takes a whole number from 0 to 65535 \(got "abc"\)$/],
    [['--agents', '0'], /^--agents takes a whole number >= 1 \(got "0"\)$/],
    [['--fault', 'wrong-chanel'], /wrong-chanel/],
    [['--log-level', 'loud'], /^--log-level must be one of /],
  ] as const) {
    expect(() => parseCli([...argv]), argv.join(' ')).toThrow(UsageError);
    expect(() => parseCli([...argv]), argv.join(' ')).toThrow(says);
  }
});
