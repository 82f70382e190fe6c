/**
 * Playwright options the conformance command cannot pass on: it runs the `conformance` project with the
 * suite's own configuration (its reporters write the verdicts the command concludes from), so an option
 * that picks another project or another configuration would run something else under its name: the
 * project's unit tests, say, reported as a conformance run; one that replaces the reporters would leave
 * the run without its verdicts. Refused as a configuration error, naming it.
 */
import { ConfigError } from './config-error.ts';

const REFUSED: [RegExp, string, string][] = [
  [
    /^--project(=|$)/,
    'the conformance command runs the conformance project; another project is not a conformance run',
    "Drop --project (npm test runs the project's own tests).",
  ],
  [
    /^--reporter(=|$)/,
    "it replaces the suite's reporters, and the verdicts reporter's file is what the run's verdict comes from",
    'Use --add-reporter=<reporter> to add one beside them (the HTML, JUnit and Allure reports are written anyway: GWS_REPORT_FORMATS).',
  ],
  [
    /^(--config|-c)(=|$)/,
    "the conformance command runs with the suite's own configuration (playwright.config.ts), whose reporters write the verdicts",
    'Drop it, and set the run with the GWS_* settings.',
  ],
];

/**
 * The options of `playwright test` (Playwright 1.65, `npx playwright test --help`), each with what follows
 * it: `value` a value it needs (`--grep <grep>`), `optional` one it may take (`--debug [mode]`), `none`.
 * command-options.test.ts holds the list to the installed Playwright's help. An option not in it is a
 * typo or a setting meant as an environment variable: refused before anything runs, where Playwright
 * would end the run with an error no verdict explains.
 */
export const PLAYWRIGHT_OPTIONS: Readonly<Record<string, 'value' | 'optional' | 'none'>> = {
  '--add-reporter': 'value',
  '--browser': 'value',
  '-c': 'value',
  '--config': 'value',
  '--debug': 'optional',
  '--fail-on-flaky-tests': 'none',
  '--forbid-only': 'none',
  '--fully-parallel': 'none',
  '-g': 'value',
  '--grep': 'value',
  '-G': 'value',
  '--grep-invert': 'value',
  '--global-timeout': 'value',
  '--headed': 'none',
  '--ignore-snapshots': 'none',
  '-j': 'value',
  '--workers': 'value',
  '--last-failed': 'none',
  '--last-failed-file': 'value',
  '--list': 'none',
  '--max-failures': 'value',
  '--no-deps': 'none',
  '--only-changed': 'optional',
  '--output': 'value',
  '--pass-with-no-tests': 'none',
  '--project': 'value',
  '--quiet': 'none',
  '--repeat-each': 'value',
  '--reporter': 'value',
  '--retries': 'value',
  '--run-agents': 'value',
  '--shard': 'value',
  '--shuffle': 'optional',
  '--test-list': 'value',
  '--test-list-invert': 'value',
  '--timeout': 'value',
  '--trace': 'value',
  '--tsconfig': 'value',
  '-u': 'optional',
  '--update-snapshots': 'optional',
  '--ui': 'none',
  '--ui-host': 'value',
  '--ui-port': 'value',
  '--update-source-method': 'value',
  '-x': 'none',
  '-h': 'none',
  '--help': 'none',
};

/**
 * Throws a ConfigError for the first option of `args` the command cannot pass on to Playwright: one that
 * runs something else, or one `playwright test` does not have.
 */
export function checkPassedOptions(args: readonly string[]): void {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const refused = REFUSED.find(([re]) => re.test(a));
    if (refused) throw new ConfigError(a.split('=')[0], `${a}: ${refused[1]}`, refused[2]);
    if (!a.startsWith('-') || a === '-' || a === '--') continue;
    const name = a.split('=')[0];
    const kind = PLAYWRIGHT_OPTIONS[name];
    if (kind === undefined)
      throw new ConfigError(
        name,
        'not an option of the conformance command or of playwright test',
        "See npx playwright test --help for the options it passes on; the suite's own settings are GWS_* environment variables (README, Settings).",
      );
    // The option's value, given apart: not an option itself (--grep -x looks for "-x").
    if (kind === 'value' && !a.includes('=')) i++;
  }
}
