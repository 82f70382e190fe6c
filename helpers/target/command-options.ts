/**
 * Playwright options the conformance command cannot pass on: it runs the `conformance` project with the
 * suite's own configuration (its reporters write the verdicts the command concludes from), so an option
 * that picks another project or another configuration would run something else under its name: the
 * project's unit tests, say, reported as a conformance run; one that replaces the reporters would leave
 * the run without its verdicts. Refused as a configuration error, naming it.
 */
import { ConfigError } from './config-error.ts';

/** Each refused option (with its other names), why, the fix, and what to use instead where there is something. */
const REFUSED: { options: string[]; problem: string; fix: string; instead?: string }[] = [
  {
    options: ['--project'],
    problem: 'the conformance command runs the conformance project; another project is not a conformance run',
    fix: "Drop --project (npm test runs the project's own tests).",
  },
  {
    options: ['--reporter'],
    problem: "it replaces the suite's reporters, and the verdicts reporter's file is what the run's verdict comes from",
    fix: 'Use --add-reporter=<reporter> to add one beside them (the HTML, JUnit and Allure reports are written anyway: GWS_REPORT_FORMATS).',
    instead: '--add-reporter',
  },
  {
    options: ['--config', '-c'],
    problem: "the conformance command runs with the suite's own configuration (playwright.config.ts), whose reporters write the verdicts",
    fix: 'Drop it, and set the run with the GWS_* settings.',
  },
];

const refusedAs = (option: string) => REFUSED.find((r) => r.options.includes(option));

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
    const name = a.split('=')[0];
    const refused = refusedAs(name);
    if (refused) throw new ConfigError(name, `${a}: ${refused.problem}`, refused.fix);
    if (!a.startsWith('-') || a === '-' || a === '--') continue;
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

/** Whether the command was asked for its usage (-h, --help): it prints it and runs nothing. */
export const asksForHelp = (args: readonly string[]): boolean => args.some((a) => a === '-h' || a === '--help');

/** The command's usage: what it does, where its settings are, and the options it passes on to Playwright. */
export function commandUsage(): string {
  const passed = Object.keys(PLAYWRIGHT_OPTIONS).filter((o) => !refusedAs(o) && o !== '-h' && o !== '--help');
  return [
    'Usage: npm run conformance [-- <playwright test options>]',
    '',
    'Runs the conformance suite against the target the GWS_* settings name (none: the embedded simulator),',
    'writes the reports (summary.md, summary.json, the HTML, JUnit and Allure reports, the transcripts) in',
    'GWS_REPORTS_DIR (default reports/), and ends with one line: the verdict. Exit 0 conformant,',
    '1 non-conformant, 2 inconclusive (a setting, the target or the network), 3 partial (some tests selected).',
    '',
    'Settings: environment variables, each in the README (Settings); a misspelled one is an error.',
    '  GWS_BASE_URL, GWS_AGENTS, GMS_BASE_URL, GMS_SERVICE   the server under test and its accounts',
    '  GWS_SERVER_WITHOUT                                     operations the server does not offer',
    '  GWS_BASELINE                                           an earlier run to compare with',
    '',
    'Options passed on to playwright test (npx playwright test --help says what each does):',
    ...wrapped(passed, 100),
    'Refused (each would run something else, or leave the run without its verdicts):',
    `  ${REFUSED.map((r) => `${r.options.join(' / ')}${r.instead ? ` (use ${r.instead})` : ''}`).join(', ')}`,
    '',
    'Examples:',
    '  npm run conformance -- --grep @ACCEPT-SEQ-02     the tests of one requirement (PARTIAL)',
    '  GWS_BASE_URL=https://gws.example.com GWS_AGENTS=... GMS_BASE_URL=... npm run conformance',
  ].join('\n');
}

/** `words` on lines of at most `width` characters, each indented by two spaces. */
function wrapped(words: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width - 2) {
      lines.push(`  ${line}`);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(`  ${line}`);
  return lines;
}
