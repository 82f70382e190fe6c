/**
 * The mutation engine: derives mutants of faithful transcripts with every operator, judges each
 * offline (no server), and classifies it. Killed: the judges flag a requirement the faithful
 * transcript did not break. Equivalent: a legal operator's mutant, or one the reviewed list of
 * equivalents names with its documented reason, that survives. Survived: neither (a missing or blunt
 * check). False alarm: a legal mutant the judges flag (the suite would fail a conformant server).
 */
import { SUITE } from '../../../operations/index.ts';
import type { Finding, Transcript } from '../../contract/generated/payloads.ts';
import { type Equivalent, matches } from '../../judges/catalogue/equivalent.ts';
import { judgeTranscript, requirementsFor } from '../../judges/judge.ts';
import { decisionFor } from '../../judges/verdicts.ts';
import { EXCHANGE_OPERATORS, NOTIFICATION_OPERATORS, TIMESTAMP_OPERATORS } from './operators-events.ts';
import { FIELD_OPERATORS, identityPools } from './operators-fields.ts';
import { LEGAL_OPERATORS } from './operators-legal.ts';
import { PROBE_OPERATORS } from './operators-probes.ts';
import { REST_OPERATORS } from './operators-rest.ts';
import type { CorpusEntry, MutantResult, Operator, Outcome } from './types.ts';

export const OPERATORS: readonly Operator[] = [
  ...FIELD_OPERATORS,
  ...NOTIFICATION_OPERATORS,
  ...EXCHANGE_OPERATORS,
  ...TIMESTAMP_OPERATORS,
  ...PROBE_OPERATORS,
  ...REST_OPERATORS,
  ...LEGAL_OPERATORS,
];

export interface MutationOptions {
  judge?: (t: Transcript) => Finding[];
  equivalents?: readonly Equivalent[];
  operators?: readonly Operator[];
}

export interface Tally {
  generated: number;
  killed: number;
  equivalent: number;
  survived: number;
  falseAlarms: number;
}

export interface MutationReport {
  corpus: string[];
  operators: { name: string; does: string; legal: boolean }[];
  results: MutantResult[];
  total: Tally;
  byOperator: Record<string, Tally>;
  /** Per requirement: how many mutants it flagged. */
  byRequirement: Record<string, number>;
  /** Entries of the equivalents list no mutant matched: stale, to be removed. */
  staleEquivalents: string[];
  /** Killed / (generated − equivalent), in percent, one decimal. */
  score: number;
  judgeMs: number;
  line: string;
}

/**
 * What keeps a transcript from certifying its server: each requirement it breaks (FAIL, NON-STRICT),
 * and each it leaves NOT DECIDED (the run would be PARTIAL). Judged against the faithful transcript,
 * a mutant is killed by what it adds to this set.
 */
function uncertified(transcript: Transcript, findings: Finding[]): Set<string> {
  const out = new Set(findings.filter((f) => f.verdict === 'FAIL' || f.verdict === 'NON-STRICT').map((f) => f.requirement));
  for (const id of requirementsFor(SUITE, transcript.scenario))
    if (decisionFor(findings, id) === 'NOT DECIDED') out.add(`${id} (not decided)`);
  return out;
}

const tally = (): Tally => ({ generated: 0, killed: 0, equivalent: 0, survived: 0, falseAlarms: 0 });
const KEY: Record<Outcome, keyof Tally> = {
  killed: 'killed',
  equivalent: 'equivalent',
  survived: 'survived',
  'false-alarm': 'falseAlarms',
};

export function runMutants(corpus: CorpusEntry[], options: MutationOptions = {}): MutationReport {
  const judge = options.judge ?? ((t: Transcript) => judgeTranscript(SUITE, t));
  const equivalents = options.equivalents ?? SUITE.equivalents;
  const operators = options.operators ?? OPERATORS;
  const pools = identityPools(corpus);
  const started = performance.now();
  const results: MutantResult[] = [];
  const used = new Set<string>();
  const crashed: string[] = [];
  for (const entry of corpus) {
    const baseline = uncertified(entry.transcript, judge(entry.transcript));
    for (const op of operators) {
      for (const m of op.mutate(entry, pools)) {
        let flagged: string[];
        try {
          flagged = [...uncertified(m.transcript, judge(m.transcript))].filter((id) => !baseline.has(id)).sort();
        } catch (err) {
          // A judge must read any transcript: one that throws is a defect, reported as a survivor.
          flagged = [];
          m.description += ` (the judges threw: ${err instanceof Error ? err.message : String(err)})`;
          crashed.push(m.id);
        }
        const operation = entry.transcript.scenario.operation;
        const eq = equivalents.find((e) => (e.operation === undefined || e.operation === operation) && matches(e.pattern, m.id));
        if (eq) used.add(eq.pattern);
        const legal = op.legal || eq !== undefined;
        const outcome: Outcome =
          crashed.at(-1) === m.id
            ? 'survived'
            : flagged.length > 0
              ? legal
                ? 'false-alarm'
                : 'killed'
              : legal
                ? 'equivalent'
                : 'survived';
        results.push({
          id: m.id,
          operator: op.name,
          description: m.description,
          outcome,
          flagged,
          ...(legal ? { reason: eq?.reason ?? `legal by the docs: ${op.does}` } : {}),
        });
      }
    }
  }
  const judgeMs = Math.round(performance.now() - started);
  const total = tally();
  const byOperator: Record<string, Tally> = Object.fromEntries(operators.map((o) => [o.name, tally()]));
  const byRequirement: Record<string, number> = {};
  for (const r of results) {
    for (const t of [total, byOperator[r.operator]]) {
      t.generated += 1;
      t[KEY[r.outcome]] += 1;
    }
    if (r.outcome === 'killed')
      for (const id of r.flagged) {
        const req = id.replace(/ \(not decided\)$/, '');
        byRequirement[req] = (byRequirement[req] ?? 0) + 1;
      }
  }
  const denominator = total.generated - total.equivalent;
  const score = denominator === 0 ? 100 : Math.floor((1000 * total.killed) / denominator) / 10;
  return {
    corpus: corpus.map((c) => c.name),
    operators: operators.map((o) => ({ name: o.name, does: o.does, legal: o.legal === true })),
    results,
    total,
    byOperator,
    byRequirement,
    staleEquivalents: equivalents.filter((e) => !used.has(e.pattern)).map((e) => e.pattern),
    score,
    judgeMs,
    line: `mutants: ${total.generated} generated, ${total.killed} killed (${score}%), ${total.equivalent} equivalent, ${total.survived} unclassified`,
  };
}
