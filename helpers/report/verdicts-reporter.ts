/**
 * Playwright reporter for the conformance specs. Collects the per-requirement verdicts the tests
 * annotate (every attempt: a requirement that failed and then passed on a retry keeps its FAIL and is
 * marked flaky, never hidden), prints one row per requirement and the one-line verdict, and writes:
 *
 *   GWS_VERDICTS_FILE                  rows + outcome, for the conformance command's exit code
 *   $GWS_REPORTS_DIR/summary.json      the conformance summary (schemas/summary.schema.json)
 *   $GWS_REPORTS_DIR/summary.md        the same, readable
 *
 * Silent when no test carried a requirement (the unit tests).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FullConfig, Reporter, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import type { SummaryRow, Verdict } from '../contract/generated/payloads.ts';
import { redactText } from '../evidence/redact.ts';
import { REQUIREMENTS } from '../judges/requirements.ts';
import { worse } from '../judges/verdicts.ts';
import { outcomeOf, type RequirementRow, type VerdictsFile } from './outcome.ts';
import { buildSummary, writeSummary } from './summary.ts';

export default class VerdictsReporter implements Reporter {
  private readonly seen = new Map<string, { verdict: Verdict; tests: Set<string>; reasons: Set<string>; flaky: boolean }>();
  private targets = new Set<string>();
  private startedAt = new Date();

  onBegin(_config: FullConfig, _suite: Suite): void {
    this.startedAt = new Date();
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const title = test.titlePath().slice(2).join(' › ');
    const flaky = test.outcome() === 'flaky';
    for (const a of result.annotations) {
      if (a.type === 'target' && a.description) this.targets.add(a.description);
      if (a.type !== 'requirement' || !a.description) continue;
      const [id, verdict, ...why] = a.description.split(' ') as [string, Verdict, ...string[]];
      const row = this.seen.get(id) ?? { verdict: 'INFO' as Verdict, tests: new Set<string>(), reasons: new Set<string>(), flaky: false };
      row.verdict = worse(row.verdict, verdict);
      row.tests.add(title);
      row.flaky ||= flaky;
      if (why.length > 0 && verdict !== 'PASS') row.reasons.add(why.join(' '));
      this.seen.set(id, row);
    }
  }

  printsToStdio(): boolean {
    return true;
  }

  onEnd(): void {
    if (this.seen.size === 0) return;
    const profile = process.env.GWS_PROFILE?.trim() || 'default';
    const rows: (SummaryRow & RequirementRow)[] = REQUIREMENTS.map((r) => {
      const s = this.seen.get(r.id);
      return {
        id: r.id,
        level: r.level,
        verdict: s ? s.verdict : 'NOT RUN',
        text: r.text,
        source: r.source,
        url: r.url,
        tests: s ? [...s.tests] : [],
        ...(s?.flaky ? { flaky: true } : {}),
        reason: redactText(s ? [...s.reasons].join('; ').slice(0, 400) : 'no test of this run decided it'),
      };
    });
    const { outcome, line } = outcomeOf(rows, profile);
    console.log('\nRequirement verdicts');
    for (const r of rows)
      console.log(
        `  ${r.id.padEnd(20)} ${r.level.padEnd(6)} ${(r.verdict + (r.flaky ? '*' : '')).padEnd(13)} ${r.verdict === 'PASS' ? '' : r.reason}`,
      );
    if (rows.some((r) => r.flaky)) console.log('  * flaky: decided by a test that passed only on a retry');
    console.log(`\n${line}`);

    const verdictsFile = process.env.GWS_VERDICTS_FILE;
    if (verdictsFile) {
      mkdirSync(dirname(verdictsFile), { recursive: true });
      const file: VerdictsFile = { rows, line, outcome, profile };
      writeFileSync(verdictsFile, `${JSON.stringify(file, null, 1)}\n`);
    }
    const reportsDir = process.env.GWS_REPORTS_DIR;
    if (!reportsDir) return;
    const target = [...this.targets].join(', ') || process.env.GWS_BASE_URL || 'embedded simulator';
    writeSummary(reportsDir, buildSummary({ rows, outcome, line, profile, target, startedAt: this.startedAt }));
  }
}
