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
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FullConfig, Reporter, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import type { ConformanceSummary, SummaryRow, Verdict } from '../contract/generated/payloads.ts';
import { worse } from '../judges/verdicts.ts';
import { REQUIREMENTS } from '../judges/requirements.ts';
import { redactText } from '../evidence/redact.ts';
import { validate } from '../contract/validator.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export type RequirementRow = Pick<SummaryRow, 'id' | 'level' | 'verdict' | 'tests' | 'reason'> & { flaky?: boolean };

export interface VerdictsFile {
  rows: RequirementRow[];
  line: string;
  outcome: ConformanceSummary['outcome'];
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

export function exitCodeOf(outcome: VerdictsFile['outcome']): 0 | 1 | 2 {
  return outcome === 'conformant' ? 0 : outcome === 'non-conformant' ? 1 : 2;
}

/** sha256 over the schema files (name and content, in name order). */
export function schemasFingerprint(dir = join(ROOT, 'schemas')): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.schema.json')).sort()) {
    hash.update(file).update('\0').update(readFileSync(join(dir, file))).update('\0');
  }
  return `sha256:${hash.digest('hex')}`;
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || 'unknown';
  } catch {
    return 'unknown';
  }
}

function markdown(s: ConformanceSummary): string {
  const cell = (t: string) => t.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [
    `# GWS Chat API conformance: ${s.outcome.toUpperCase()}`,
    '',
    `**${s.line}**`,
    '',
    '| | |',
    '|---|---|',
    `| Target | ${cell(s.target)} |`,
    `| Profile | ${s.profile} |`,
    `| Suite | ${s.suite.name} ${s.suite.version} (commit ${s.suite.commit}) |`,
    `| Schemas | ${s.schemasFingerprint} |`,
    `| Run | ${s.startedAt} to ${s.endedAt} |`,
    '',
    'Verdicts: PASS holds; FAIL a MUST is broken; NON-STRICT a SHOULD (or an inferred fact) is broken; INFO not judged or information; INCONCLUSIVE the target or network failed; NOT RUN no test decided it in this run.',
    '',
    '| Requirement | Level | Verdict | Requirement text | Decided by | Reason |',
    '|---|---|---|---|---|---|',
    ...s.requirements.map((r) => `| [${r.id}](${r.url ?? ''}) | ${r.level} | ${r.verdict}${r.flaky ? ' (flaky)' : ''} | ${cell(r.text)} | ${cell(r.tests.join('; '))} | ${cell(r.reason)} |`),
    '',
  ];
  return lines.join('\n');
}

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
    for (const r of rows) console.log(`  ${r.id.padEnd(20)} ${r.level.padEnd(6)} ${(r.verdict + (r.flaky ? '*' : '')).padEnd(13)} ${r.verdict === 'PASS' ? '' : r.reason}`);
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
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
    const counts: Record<string, number> = {};
    for (const r of rows) counts[r.verdict] = (counts[r.verdict] ?? 0) + 1;
    const summary: ConformanceSummary = {
      format: 'gws-chat-conformance/summary@1',
      suite: { name: pkg.name, version: pkg.version, commit: gitCommit() },
      schemasFingerprint: schemasFingerprint(),
      target: redactText([...this.targets].join(', ') || process.env.GWS_BASE_URL || 'embedded simulator'),
      profile: profile as ConformanceSummary['profile'],
      startedAt: this.startedAt.toISOString(),
      endedAt: new Date().toISOString(),
      outcome,
      exitCode: exitCodeOf(outcome),
      line,
      counts,
      requirements: rows.map(({ id, level, verdict, text, source, url, tests, flaky, reason }) => ({ id, level, verdict, text, source, url, tests, ...(flaky ? { flaky } : {}), reason })),
    };
    const checked = validate('ConformanceSummary', summary);
    if (!checked.ok) console.error(`summary.json does not match schemas/summary.schema.json: ${checked.errors.map((e) => e.message).join('; ')}`);
    mkdirSync(reportsDir, { recursive: true });
    writeFileSync(join(reportsDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
    writeFileSync(join(reportsDir, 'summary.md'), markdown(summary));
  }
}
