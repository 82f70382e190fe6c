/**
 * Playwright reporter for the conformance specs: collects the per-requirement verdicts the tests
 * annotate, prints one row per requirement and a one-line verdict, and writes them to
 * GWS_VERDICTS_FILE (set by the conformance command; default <outputDir>/conformance-verdicts.json). Silent when no test carried a
 * requirement (the unit tests).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FullConfig, Reporter, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import type { Verdict } from '../generated/payloads.ts';
import { REQUIREMENTS } from '../requirements.ts';

const RANK: Record<Verdict, number> = { FAIL: 4, 'NON-STRICT': 3, INCONCLUSIVE: 2, PASS: 1, INFO: 0 };

export interface RequirementRow {
  id: string;
  level: string;
  verdict: Verdict | 'NOT RUN';
  tests: string[];
  reason: string;
}

export interface VerdictsFile {
  rows: RequirementRow[];
  line: string;
  outcome: 'conformant' | 'non-conformant' | 'inconclusive' | 'nothing-run';
  profile: string;
}

export function outcomeOf(rows: RequirementRow[], profile: string): { outcome: VerdictsFile['outcome']; line: string } {
  const count = (v: RequirementRow['verdict']) => rows.filter((r) => r.verdict === v).length;
  const ids = (v: RequirementRow['verdict']) => rows.filter((r) => r.verdict === v).map((r) => r.id).join(', ');
  const run = rows.filter((r) => r.verdict !== 'NOT RUN');
  if (run.length === 0) return { outcome: 'nothing-run', line: 'NOTHING RUN: no conformance test decided a requirement' };
  const failed = count('FAIL') + (profile === 'strict' ? count('NON-STRICT') : 0);
  const rest = `${count('PASS')} passed${count('NON-STRICT') && profile !== 'strict' ? `, ${count('NON-STRICT')} non-strict` : ''}${count('INCONCLUSIVE') ? `, ${count('INCONCLUSIVE')} inconclusive` : ''}${count('INFO') ? `, ${count('INFO')} not judged (info)` : ''}`;
  if (failed > 0) return { outcome: 'non-conformant', line: `NON-CONFORMANT: ${failed} failed (${[ids('FAIL'), profile === 'strict' ? ids('NON-STRICT') : ''].filter(Boolean).join(', ')}), ${rest}` };
  if (count('INCONCLUSIVE') > 0) return { outcome: 'inconclusive', line: `INCONCLUSIVE: ${count('INCONCLUSIVE')} requirements could not be decided (${ids('INCONCLUSIVE')}), ${count('PASS')} passed` };
  return { outcome: 'conformant', line: `CONFORMANT: ${count('PASS')} requirements passed, ${count('NON-STRICT')} non-strict${count('INFO') ? `, ${count('INFO')} info` : ''}${count('NOT RUN') ? `, ${count('NOT RUN')} not run` : ''}` };
}

export default class VerdictsReporter implements Reporter {
  private readonly seen = new Map<string, { verdict: Verdict; tests: Set<string>; reasons: string[] }>();
  private outputDir = 'test-results';

  onBegin(config: FullConfig, _suite: Suite): void {
    this.outputDir = config.projects.find((p) => p.name === 'conformance')?.outputDir ?? this.outputDir;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const title = test.titlePath().slice(2).join(' › ');
    const inconclusive = result.annotations.find((a) => a.type === 'verdict')?.description;
    for (const a of result.annotations) {
      if (a.type !== 'requirement' || !a.description) continue;
      const [id, verdict] = a.description.split(' ') as [string, Verdict];
      const row = this.seen.get(id) ?? { verdict: 'INFO' as Verdict, tests: new Set<string>(), reasons: [] };
      if (RANK[verdict] >= RANK[row.verdict]) row.verdict = verdict;
      row.tests.add(title);
      if (verdict === 'INCONCLUSIVE' && inconclusive) row.reasons.push(inconclusive);
      if ((verdict === 'FAIL' || verdict === 'NON-STRICT') && result.errors[0]?.message) row.reasons.push(result.errors.map((e) => e.message ?? '').find((m) => m.includes(id))?.split('\n').find((l) => l.includes('observed'))?.trim() ?? '');
      this.seen.set(id, row);
    }
  }

  printsToStdio(): boolean {
    return true;
  }

  onEnd(): void {
    if (this.seen.size === 0) return;
    const profile = process.env.GWS_PROFILE?.trim() || 'default';
    const rows: RequirementRow[] = REQUIREMENTS.map((r) => {
      const s = this.seen.get(r.id);
      return { id: r.id, level: r.level, verdict: s ? s.verdict : 'NOT RUN', tests: s ? [...s.tests] : [], reason: s ? s.reasons.filter(Boolean).join('; ').slice(0, 300) : '' };
    });
    const { outcome, line } = outcomeOf(rows, profile);
    console.log('\nRequirement verdicts');
    for (const r of rows) console.log(`  ${r.id.padEnd(20)} ${r.level.padEnd(6)} ${r.verdict.padEnd(12)} ${r.reason ? r.reason : ''}`);
    console.log(`\n${line}`);
    const path = process.env.GWS_VERDICTS_FILE || join(this.outputDir, 'conformance-verdicts.json');
    mkdirSync(dirname(path), { recursive: true });
    const file: VerdictsFile = { rows, line, outcome, profile };
    writeFileSync(path, `${JSON.stringify(file, null, 1)}\n`);
  }
}
