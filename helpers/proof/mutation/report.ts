/**
 * What `npm run mutate` prints: the score per operator and per requirement, every unclassified
 * survivor and false alarm, stale equivalents, and one closing line. And whether the run meets the
 * bar: at least MIN_MUTANTS mutants, at least MIN_SCORE % killed, nothing unclassified, no false alarm.
 */
import { SUITE } from '../../../operations/index.ts';
import type { MutationReport } from './engine.ts';

export const MIN_MUTANTS = 300;
export const MIN_SCORE = 95;

/** The problems that fail the run, one line each (none: it passes). */
export function problems(r: MutationReport): string[] {
  const out: string[] = [];
  if (r.total.generated < MIN_MUTANTS) out.push(`only ${r.total.generated} mutants (at least ${MIN_MUTANTS})`);
  if (r.score < MIN_SCORE) out.push(`score ${r.score}% (at least ${MIN_SCORE}%)`);
  if (r.total.survived > 0)
    out.push(
      `${r.total.survived} unclassified survivors: add or sharpen a requirement that kills each, or list it with its documented reason in its operation's operations/<name>/mutation/equivalents.ts`,
    );
  if (r.total.falseAlarms > 0)
    out.push(`${r.total.falseAlarms} false alarms: a legal change the judges flag (the suite would fail a conformant server)`);
  if (r.staleEquivalents.length > 0)
    out.push(
      `${r.staleEquivalents.length} stale equivalents match no mutant: remove them from its operation's operations/<name>/mutation/equivalents.ts`,
    );
  return out;
}

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const lpad = (s: string | number, n: number) => String(s).padStart(n);

export function formatMutationReport(r: MutationReport, opts: { equivalents?: boolean } = {}): string {
  const lines: string[] = [];
  lines.push(`corpus: ${r.corpus.join(', ')}`, '');
  lines.push(
    `${pad('operator', 30)}${lpad('mutants', 8)}${lpad('killed', 8)}${lpad('equiv.', 8)}${lpad('survived', 9)}${lpad('false', 7)}  what it does`,
  );
  for (const op of r.operators) {
    const t = r.byOperator[op.name];
    const name = op.name;
    const does = op.legal ? `legal, must survive: ${op.does}` : op.does;
    lines.push(
      `${pad(name, 30)}${lpad(t.generated, 8)}${lpad(t.killed, 8)}${lpad(t.equivalent, 8)}${lpad(t.survived, 9)}${lpad(t.falseAlarms, 7)}  ${does}`.trimEnd(),
    );
  }
  lines.push('', `${pad('requirement', 22)}${pad('level', 8)}mutants it flags`);
  for (const req of SUITE.requirements) {
    const n = r.byRequirement[req.id];
    if (n !== undefined) lines.push(`${pad(req.id, 22)}${pad(req.level, 8)}${n}`);
  }
  const none = SUITE.requirements.filter((req) => r.byRequirement[req.id] === undefined).map((req) => req.id);
  if (none.length > 0)
    lines.push(
      `no mutant flags ${none.join(', ')}: behaviour a transcript cannot show (authentication, side effects, routing) or scenarios outside the corpus; the self-test's faults prove them`,
    );
  const survivors = r.results.filter((x) => x.outcome === 'survived');
  if (survivors.length > 0) {
    lines.push('', `survivors (${survivors.length}), unclassified:`);
    for (const s of survivors) lines.push(`  ${s.id}  ${s.description}`);
  }
  const alarms = r.results.filter((x) => x.outcome === 'false-alarm');
  if (alarms.length > 0) {
    lines.push('', `false alarms (${alarms.length}): legal by the docs, flagged by the judges:`);
    for (const a of alarms) lines.push(`  ${a.id}  flagged ${a.flagged.join(', ')}; legal because ${a.reason}`);
  }
  if (opts.equivalents) {
    lines.push('', 'equivalent mutants:');
    for (const e of r.results.filter((x) => x.outcome === 'equivalent')) lines.push(`  ${e.id}  ${e.reason}`);
  }
  if (r.staleEquivalents.length > 0) lines.push('', `stale equivalents: ${r.staleEquivalents.join('; ')}`);
  const bad = problems(r);
  lines.push('', ...bad.map((p) => `FAILED: ${p}`));
  lines.push(`judged offline in ${(r.judgeMs / 1000).toFixed(1)} s`, r.line);
  return lines.join('\n');
}
