/**
 * Playwright reporter for the conformance specs. Collects what the tests annotate (specs/fixtures.ts):
 * the decision on each requirement (every attempt: a requirement that failed and then passed on a retry
 * keeps its FAIL and is marked flaky, never hidden), the causes of what could not be decided, and the
 * information found. Prints one row per requirement, each cause once, and the information; writes
 * GWS_VERDICTS_FILE for the conformance command, which decides the outcome and writes the summary.
 * Run without that command (npx playwright test --project=conformance), it prints the one-line verdict
 * itself.
 *
 * Silent when no test carried a requirement (the unit tests).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { redactText } from '../evidence/redact.ts';
import type { OpenChoice } from '../judges/catalogue/open-choice.ts';
import type { Requirement } from '../judges/catalogue/requirement.ts';
import { foldInformation } from './information.ts';
import { foldOpenChoices, parseChoiceAnnotation, type SeenChoice } from './open-choices.ts';
import { outcomeOf, type RequirementRow, type RowVerdict, type VerdictsFile, worseRow } from './outcome.ts';
import { completeRows } from './summary.ts';

/** The decision tokens specs/fixtures.ts annotates (one word each), and the row verdict they stand for. */
const TOKENS: Record<string, RowVerdict> = {
  PASS: 'PASS',
  FAIL: 'FAIL',
  'NON-STRICT': 'NON-STRICT',
  INCONCLUSIVE: 'INCONCLUSIVE',
  'NOT-DECIDED': 'NOT DECIDED',
  'NOT-APPLICABLE': 'NOT APPLICABLE',
};

/** A run driven again (specs/verdicts.ts attemptAnnotations): what the Information calls it. */
const ATTEMPTS: Record<string, string> = { recovered: 'RECOVERED', 'tried-again': 'TRIED AGAIN' };

interface Seen {
  verdict: RowVerdict;
  tests: Set<string>;
  reasons: Set<string>;
  flaky: boolean;
}

/** What the reporter is given (playwright.config.ts): the suite's catalogue, to list every requirement and open choice. */
export interface VerdictsReporterOptions {
  requirements: readonly Pick<Requirement, 'id' | 'level' | 'text' | 'source' | 'url'>[];
  openChoices: readonly OpenChoice[];
}

export default class VerdictsReporter implements Reporter {
  constructor(private readonly options: VerdictsReporterOptions) {}

  private readonly seen = new Map<string, Seen>();
  private readonly causes: string[] = [];
  private readonly information: { requirement: string; text: string }[] = [];
  private readonly choices: SeenChoice[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    const title = test.titlePath().slice(2).join(' › ');
    const flaky = test.outcome() === 'flaky';
    for (const a of result.annotations) {
      if (!a.description) continue;
      if (a.type === 'cause' && !this.causes.includes(a.description)) this.causes.push(a.description);
      if (a.type === 'info') {
        const [requirement, ...text] = a.description.split(' ');
        this.information.push({ requirement, text: text.join(' ') });
      }
      if (a.type === 'open-choice') this.choices.push(parseChoiceAnnotation(a.description));
      // A run driven again (an attempt set aside), recovered or not: said once per run, whatever its number of tests.
      const attempt = ATTEMPTS[a.type];
      if (attempt && !this.information.some((i) => i.requirement === attempt && i.text === a.description))
        this.information.push({ requirement: attempt, text: a.description });
      if (a.type !== 'requirement') continue;
      const [id, token, ...why] = a.description.split(' ');
      const verdict = TOKENS[token];
      if (!verdict) continue;
      const row = this.seen.get(id) ?? { verdict: 'NOT RUN', tests: new Set<string>(), reasons: new Set<string>(), flaky: false };
      row.verdict = worseRow(row.verdict, verdict);
      row.tests.add(title);
      row.flaky ||= flaky;
      let reason = why.join(' ');
      // An INCONCLUSIVE requirement refers to its cause, stated once (printed and in the summary).
      if (verdict === 'INCONCLUSIVE' && this.causes.includes(reason)) reason = `see cause ${this.causes.indexOf(reason) + 1}`;
      if (reason && verdict !== 'PASS') row.reasons.add(reason);
      this.seen.set(id, row);
    }
    this.unjudged(test, result, title, flaky);
  }

  /**
   * A test that ended before its run was judged (it timed out, or the suite threw): it decided nothing,
   * and that is not the target's failure. The requirements it is tagged with are INCONCLUSIVE, with why.
   * An interrupted test is the run's interruption, said once for the run.
   */
  private unjudged(test: TestCase, result: TestResult, title: string, flaky: boolean): void {
    if (result.status !== 'timedOut' && result.status !== 'failed') return;
    if (result.annotations.some((a) => a.type === 'requirement')) return;
    const known = new Set(this.options.requirements.map((r) => r.id));
    const ids = test.tags.map((t) => t.replace(/^@/, '')).filter((id) => known.has(id));
    if (ids.length === 0) return;
    const cause = redactText(
      result.status === 'timedOut'
        ? `a test timed out after ${(result.duration / 1000).toFixed(1)} s, before its run was judged: Playwright's test timeout (--timeout; the conformance project's is 180 s) is shorter than driving the run took; give it more time`
        : `a test failed before its run was judged, a fault of the suite or of the machine it ran on, not of the target: ${(result.error?.message ?? 'no error given').split('\n')[0].slice(0, 300)}`,
    );
    if (!this.causes.includes(cause)) this.causes.push(cause);
    for (const id of ids) {
      const row = this.seen.get(id) ?? { verdict: 'NOT RUN', tests: new Set<string>(), reasons: new Set<string>(), flaky: false };
      row.verdict = worseRow(row.verdict, 'INCONCLUSIVE');
      row.tests.add(title);
      row.flaky ||= flaky;
      row.reasons.add(`see cause ${this.causes.indexOf(cause) + 1}`);
      this.seen.set(id, row);
    }
  }

  printsToStdio(): boolean {
    return true;
  }

  onEnd(result: FullResult): void {
    const verdictsFile = process.env.GWS_VERDICTS_FILE;
    // No test ended (a global timeout or a stop before the first, no test found): nothing to print, but
    // the command is told how Playwright ended, every requirement not run.
    if (this.seen.size === 0) {
      if (verdictsFile) this.write(verdictsFile, completeRows(this.options.requirements, []), result, [], []);
      return;
    }
    const profile = process.env.GWS_PROFILE?.trim() || 'default';
    const rows: RequirementRow[] = completeRows(
      this.options.requirements,
      this.options.requirements
        .filter((r) => this.seen.has(r.id))
        .map((r) => {
          const s = this.seen.get(r.id)!;
          return {
            id: r.id,
            level: r.level,
            verdict: s.verdict,
            tests: [...s.tests],
            ...(s.flaky ? { flaky: true } : {}),
            reason: redactText([...s.reasons].join('; ').slice(0, 400)),
          };
        }),
    );
    console.log('\nRequirement verdicts');
    for (const r of rows)
      console.log(
        `  ${r.id.padEnd(20)} ${r.level.padEnd(6)} ${(r.verdict + (r.flaky ? '*' : '')).padEnd(15)} ${r.verdict === 'PASS' ? '' : r.reason}`,
      );
    if (rows.some((r) => r.flaky)) console.log('  * flaky: decided by a test that passed only on a retry');
    this.causes.forEach((c, i) => {
      console.log(`${i === 0 ? '\n' : ''}cause ${i + 1}: ${c}`);
    });
    const information = foldInformation(this.information);
    if (information.length > 0) {
      console.log(`\nInformation (${information.length} kinds, never failures):`);
      for (const i of information.slice(0, 10)) console.log(`  ${i.requirement}: ${i.text}${i.count > 1 ? ` (${i.count} times)` : ''}`);
      if (information.length > 10) console.log(`  ... ${information.length - 10} more in summary.md`);
    }
    const openChoices = foldOpenChoices(this.options.openChoices, this.choices);
    if (openChoices.length > 0) {
      console.log(`\nOpen choices (${openChoices.length}: the docs leave them open, never failures):`);
      for (const c of openChoices)
        console.log(`  ${c.requirement} (${c.choice}): ${c.answer}${c.count && c.count > 1 ? ` (${c.count} times)` : ''}`);
    }
    if (!verdictsFile) {
      const interrupted = result.status === 'interrupted' ? 'interrupted' : undefined;
      console.log(`\n${outcomeOf(rows, profile, { interrupted, cause: this.causes[0] }).line}`);
      return;
    }
    this.write(verdictsFile, rows, result, information, openChoices);
  }

  /** The verdicts file the conformance command concludes from (GWS_VERDICTS_FILE). */
  private write(
    verdictsFile: string,
    rows: RequirementRow[],
    result: FullResult,
    information: VerdictsFile['information'],
    openChoices: VerdictsFile['openChoices'],
  ): void {
    mkdirSync(dirname(verdictsFile), { recursive: true });
    const profile = process.env.GWS_PROFILE?.trim() || 'default';
    const requirements = this.options.requirements;
    const file: VerdictsFile = { rows, status: result.status, causes: this.causes, information, openChoices, profile, requirements };
    writeFileSync(verdictsFile, `${JSON.stringify(file, null, 1)}\n`);
  }
}
