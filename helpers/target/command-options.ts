/**
 * Playwright options the conformance command cannot pass on: it runs the `conformance` project with the
 * suite's own configuration (its reporters write the verdicts the command concludes from), so an option
 * that picks another project or another configuration would run something else under its name: the
 * project's unit tests, say, reported as a conformance run. Refused as a configuration error, naming it.
 */
import { ConfigError } from './config-error.ts';

const REFUSED: [RegExp, string, string][] = [
  [
    /^--project(=|$)/,
    'the conformance command runs the conformance project; another project is not a conformance run',
    "Drop --project (npm test runs the project's own tests).",
  ],
  [
    /^(--config|-c)(=|$)/,
    "the conformance command runs with the suite's own configuration (playwright.config.ts), whose reporters write the verdicts",
    'Drop it, and set the run with the GWS_* settings.',
  ],
];

/** Throws a ConfigError for the first option of `args` the command cannot pass on to Playwright. */
export function checkPassedOptions(args: readonly string[]): void {
  for (const a of args) {
    const refused = REFUSED.find(([re]) => re.test(a));
    if (refused) throw new ConfigError(a.split('=')[0], `${a}: ${refused[1]}`, refused[2]);
  }
}
