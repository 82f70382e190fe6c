/**
 * The selection the side-by-side worker drives: the --grep and --grep-invert values read from the
 * command's arguments in each form Playwright takes, and matched against a test's titles and tags.
 */
import { expect, test } from '@playwright/test';
import { grepOf, selection } from './grep.ts';

test('reads --grep, -g, --grep=…, and --grep-invert from the arguments, ignoring the rest', () => {
  expect(grepOf(['--grep', '@ACCEPT-SEQ-02', '--reporter=line', '-g', 'Reject', '--grep=@X', '--grep-invert', 'slow'])).toEqual({
    grep: ['@ACCEPT-SEQ-02', 'Reject', '@X'],
    invert: ['slow'],
  });
  expect(grepOf(['--workers=1'])).toEqual({ grep: [], invert: [] });
});

test('selects the tests the patterns match, not those the inverted ones match; without a selection, everything', () => {
  const selects = (env: NodeJS.ProcessEnv, text: string) => selection(env)(text);
  const env = (g: { grep: string[]; invert: string[] }) => ({ GWS_RUN_GREP: JSON.stringify(g) });
  const text = 'Accept an offered chat the agent accepts @ACCEPT-SEQ-02 @ACCEPT-SEQ-03';
  expect(selects(env({ grep: ['@ACCEPT-SEQ-02'], invert: [] }), text)).toBe(true);
  expect(selects(env({ grep: ['@REJECT-SEQ-01'], invert: [] }), text)).toBe(false);
  expect(selects(env({ grep: [], invert: ['@ACCEPT-SEQ-03'] }), text)).toBe(false);
  expect(selects(env({ grep: [], invert: [] }), text)).toBe(true);
  expect(selects({}, text)).toBe(true);
  // A pattern that is no regular expression selects (the run is then driven on demand at worst).
  expect(selects(env({ grep: ['('], invert: [] }), text)).toBe(true);
});
