/**
 * How a conformance run ends, whatever ended it: the outcome is decided from what the reporter wrote
 * (if anything), how Playwright exited, and whether the run was interrupted; then the summary is
 * written, and a JUnit file when Playwright left none, so that every report says the same thing and
 * none says CONFORMANT when nothing was proven.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ConformanceSummary } from '../contract/generated/payloads.ts';
import { redactText } from '../evidence/redact.ts';
import { transportUsedIn } from '../evidence/transport-used.ts';
import { outcomeOf, type RequirementText, type VerdictsFile } from './outcome.ts';
import { buildSummary, writeSummary } from './summary.ts';

export interface Ending {
  reportsDir: string;
  /** The suite's requirement catalogue: the summary has a row for each. */
  requirements: readonly RequirementText[];
  startedAt: Date;
  profile: string;
  /** How reports name the target ("unknown (configuration error)" when the configuration could not be read). */
  target: string;
  settings: Record<string, string | number | boolean>;
  /** Every setting by variable, with its source (absent when the configuration could not be read). */
  settingsUsed?: ConformanceSummary['settingsUsed'];
  /** The declared profile (GWS_SERVER_WITHOUT). */
  declared?: ConformanceSummary['declared'];
  /** What the reporter wrote, or null when it wrote nothing (configuration error, crash, early interruption). */
  verdicts: VerdictsFile | null;
  /** The signal that interrupted the run, if one did. */
  interrupted?: string;
  /** Playwright's exit code (null when it was killed, undefined when it never ran). */
  playwrightExit?: number | null;
  /** Why the run could not even start or end (a configuration error, a crash). */
  cause?: string;
  /** The cause in a few words for the one-line verdict, when it is long (default: the cause). */
  headline?: string;
}

export interface Concluded {
  summary: ConformanceSummary;
  line: string;
  exitCode: 0 | 1 | 2 | 3;
  /** Causes the reporter did not already print. */
  newCauses: string[];
}

export function conclude(e: Ending): Concluded {
  const v = e.verdicts;
  // A run Playwright ended before its end: stopped (interrupted), or at its global timeout
  // (--global-timeout: status timedout). What it decided stands; the rest was not run.
  const interrupted =
    e.interrupted ??
    (v?.status === 'interrupted'
      ? 'Playwright stopped the run'
      : v?.status === 'timedout'
        ? "Playwright's global timeout, --global-timeout"
        : undefined);
  const causes = [...(v?.causes ?? [])];
  const newCauses: string[] = [];
  const addCause = (c: string) => {
    if (!causes.includes(c)) {
      causes.unshift(c);
      newCauses.push(c);
    }
  };
  if (e.cause) addCause(e.cause);
  if (!v && !e.cause) {
    addCause(
      interrupted
        ? `the run was interrupted (${interrupted}) before any requirement was decided`
        : `the run produced no verdicts (Playwright exited ${e.playwrightExit ?? 'by a signal'}); see the output above`,
    );
  }
  let { outcome, line, exitCode } = outcomeOf(v?.rows ?? [], e.profile, { interrupted, cause: causes[0], target: e.target });
  if (!v || e.cause) {
    // Nothing was decided: the line leads with why.
    outcome = 'inconclusive';
    exitCode = 2;
    line = `INCONCLUSIVE: ${e.headline ?? causes[0]}; target ${e.target}`;
  } else if ((exitCode === 0 || exitCode === 3) && e.playwrightExit !== 0 && !interrupted) {
    addCause(`Playwright exited ${e.playwrightExit ?? 'by a signal'} although every requirement that ran passed; see the output above`);
    outcome = 'inconclusive';
    exitCode = 2;
    line = `INCONCLUSIVE: ${causes[0]}; target ${e.target}`;
  }
  const summary = buildSummary({
    rows: v?.rows ?? [],
    outcome,
    exitCode,
    line,
    profile: e.profile,
    target: e.target,
    settings: e.settings,
    ...(e.settingsUsed ? { settingsUsed: e.settingsUsed } : {}),
    ...(e.declared ? { declared: e.declared } : {}),
    transportUsed: transportUsedIn(join(e.reportsDir, 'transcripts')),
    causes,
    information: v?.information ?? [],
    openChoices: v?.openChoices ?? [],
    startedAt: e.startedAt,
    requirements: e.requirements,
  });
  writeSummary(e.reportsDir, summary);
  if (exitCode === 2 && !existsSync(join(e.reportsDir, 'junit.xml')))
    writeJunitNotice(e.reportsDir, summary.line, causes[0] ?? summary.line);
  return { summary, line: summary.line, exitCode, newCauses };
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A JUnit file with one failed test that says why the run decided nothing, for CI systems that read JUnit. */
export function writeJunitNotice(reportsDir: string, line: string, cause: string): void {
  mkdirSync(reportsDir, { recursive: true });
  const message = xml(redactText(line));
  writeFileSync(
    join(reportsDir, 'junit.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="gws-chat-conformance" tests="1" failures="0" errors="1">\n  <testsuite name="gws-chat-conformance" tests="1" failures="0" errors="1">\n    <testcase name="conformance run" classname="gws-chat-conformance">\n      <error message="${message}">${xml(redactText(cause))}</error>\n    </testcase>\n  </testsuite>\n</testsuites>\n`,
  );
}

/** The reports a run left, relative to the working directory: only files that exist. */
export function existingReports(reportsDir: string): string[] {
  return ['summary.md', 'summary.json', 'allure-report/index.html', 'playwright-html/index.html', 'junit.xml', 'compare.md']
    .map((f) => join(reportsDir, f))
    .filter((f) => existsSync(f))
    .map((f) => relative(process.cwd(), f) || f);
}
