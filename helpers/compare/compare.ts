/**
 * The comparison of a baseline with a current run (each side one run or several): verdict changes per
 * requirement, contract drift the verdicts do not show (classified by helpers/compare/rules.ts),
 * timing drift past a threshold, the context of both sides, and what counts as a regression: a
 * requirement that got worse, a documented field or value or notification that vanished (with
 * failOnDrift, every breaking drift and every slowdown too). What differs between the runs of one
 * side is flaky, never a regression. What could not be compared (helpers/compare/coverage.ts) is
 * named, and never reads as unchanged: exit 2 unless verdicts only were asked.
 */

import { isDocumentedValue } from '../contract/documented-values.ts';
import type { Comparison, Drift, SummaryRow, TimingDrift, VerdictChange } from '../contract/generated/payloads.ts';
import { brokenness, type RowVerdict } from '../judges/verdicts.ts';
import { sideInfo, warningsOf } from './context.ts';
import { briefOf, coverageOf } from './coverage.ts';
import type { Side } from './load.ts';
import { type Aspect, type Fact, factKey } from './observe.ts';
import { type Change, ruleFor } from './rules.ts';

export interface CompareOptions {
  /** A timing is slower when after > before × ratio and after − before > floorMs. */
  timingRatio?: number;
  timingFloorMs?: number;
  /** Breaking drift and slowdowns are regressions too. */
  failOnDrift?: boolean;
  /** Only verdict changes are compared, as the user asked (how: `--verdicts-only`, `GWS_BASELINE_SCOPE=verdicts`). */
  verdictsOnly?: string;
}

export const DEFAULT_TIMING = { ratio: 2, floorMs: 250 };

/** Facts of a side with the number of runs that show each. */
function tally(side: Side): Map<string, { fact: Fact; runs: number }> {
  const out = new Map<string, { fact: Fact; runs: number }>();
  for (const run of side.runs)
    for (const [key, fact] of run.observation.facts) {
      const t = out.get(key);
      if (t) t.runs += 1;
      else out.set(key, { fact, runs: 1 });
    }
  return out;
}

function verdictChanges(b: Side, c: Side): VerdictChange[] {
  const rows = (side: Side) => {
    const m = new Map<string, SummaryRow[]>();
    for (const run of side.runs) for (const r of run.summary.requirements) m.set(r.id, [...(m.get(r.id) ?? []), r]);
    return m;
  };
  const before = rows(b);
  const after = rows(c);
  const out: VerdictChange[] = [];
  for (const id of [...new Set([...before.keys(), ...after.keys()])]) {
    const br = before.get(id) ?? [];
    const ar = after.get(id) ?? [];
    const level = (br[0] ?? ar[0]).level;
    const bv = [...new Set(br.map((r) => r.verdict))];
    const av = [...new Set(ar.map((r) => r.verdict))];
    const reason = (rs: SummaryRow[]) => rs.find((r) => r.reason)?.reason || undefined;
    const base = { id, level, before: bv.join(' / ') || '(absent)', after: av.join(' / ') || '(absent)' };
    const reasons = { ...(reason(br) ? { beforeReason: reason(br) } : {}), ...(reason(ar) ? { afterReason: reason(ar) } : {}) };
    if (br.length === 0) out.push({ ...base, change: 'new', ...reasons });
    else if (ar.length === 0) out.push({ ...base, change: 'gone', ...reasons });
    else if (bv.length > 1 || av.length > 1) {
      if (bv.join() !== av.join()) out.push({ ...base, change: 'flaky', ...reasons });
    } else if (bv[0] !== av[0]) {
      // Between two decided verdicts, how broken each is (judges/verdicts.ts); anything else is undecided.
      const decided = (v: string) => ['PASS', 'NOT APPLICABLE', 'NON-STRICT', 'FAIL'].includes(v);
      const [x, y] = [bv[0], av[0]] as RowVerdict[];
      const change =
        !decided(x) || !decided(y) || brokenness(x) === brokenness(y) ? 'undecided' : brokenness(y) > brokenness(x) ? 'worse' : 'better';
      out.push({ ...base, change, ...reasons });
    }
  }
  return out;
}

const SET_ASPECTS: Aspect[] = ['type', 'http-status', 'content-type', 'status-code', 'timestamp-form', 'order', 'presence'];

/** Drift of the sides' observations (helpers/compare/coverage.ts keeps them to the scenarios every run ran). */
function driftOf(b: Side, c: Side): Drift[] {
  const bt = tally(b);
  const ct = tally(c);
  const bn = b.runs.length;
  const cn = c.runs.length;
  const kinds = (side: Side) => new Set(side.runs.flatMap((r) => [...r.observation.kinds.keys()]));
  const bk = kinds(b);
  const ck = kinds(c);
  const out: Drift[] = [];
  const push = (d: Omit<Drift, 'class' | 'rule'>, aspect: Aspect | 'kind', change: Change) => {
    const rule = ruleFor(aspect, change);
    out.push({ ...d, class: rule.class, rule: rule.id });
  };
  for (const kind of [...new Set([...bk, ...ck])].sort()) {
    if (!ck.has(kind)) {
      push({ kind, aspect: 'presence', change: 'removed', text: `${kind}: seen in the baseline, not any more` }, 'kind', 'removed');
      continue;
    }
    if (!bk.has(kind)) {
      push({ kind, aspect: 'presence', change: 'added', text: `${kind}: new` }, 'kind', 'added');
      continue;
    }
    const facts = (t: Map<string, { fact: Fact; runs: number }>) => [...t.values()].filter((x) => x.fact.kind === kind);
    const bf = facts(bt);
    const cf = facts(ct);
    // Per element: fields, closed-set values, undocumented properties.
    for (const aspect of ['field', 'value', 'undocumented'] as const) {
      const keys = new Set([...bf, ...cf].filter((x) => x.fact.aspect === aspect).map((x) => factKey(x.fact)));
      for (const key of keys) {
        const x = bt.get(key);
        const y = ct.get(key);
        const bRuns = x?.runs ?? 0;
        const cRuns = y?.runs ?? 0;
        const fact = (x ?? y)!.fact;
        // The share of runs that show it, on each side: all or none is a change; anything between is flaky.
        const pb = bRuns / bn;
        const pc = cRuns / cn;
        if (pb === pc) continue;
        const flaky = !((pb === 1 && pc === 0) || (pb === 0 && pc === 1));
        const change: Change = pb > pc ? 'removed' : 'added';
        const documented =
          aspect === 'field'
            ? !bt.has(factKey({ kind, aspect: 'undocumented', pointer: fact.pointer, value: '' })) &&
              !ct.has(factKey({ kind, aspect: 'undocumented', pointer: fact.pointer, value: '' }))
            : aspect === 'value'
              ? isDocumentedValue(fact.value)
              : false;
        // An undocumented field that comes or goes is reported once, as such.
        if (aspect === 'field' && !documented) continue;
        const what =
          aspect === 'value'
            ? `value ${JSON.stringify(fact.value)} at ${fact.pointer}`
            : `${aspect === 'field' ? 'field' : 'undocumented field'} ${fact.pointer}`;
        push(
          {
            kind,
            aspect,
            pointer: fact.pointer,
            change,
            ...(aspect === 'value' ? { [change === 'removed' ? 'before' : 'after']: fact.value } : {}),
            documented,
            ...(flaky ? { flaky } : {}),
            text: `${kind}: ${what} ${change === 'removed' ? 'vanished' : 'appeared'}${flaky ? ' in some runs' : ''}`,
          },
          aspect,
          change,
        );
      }
    }
    // Per pointer, a set of values: types, statuses, content types, statusCodes, timestamp forms, order, counts.
    for (const aspect of SET_ASPECTS) {
      const pointers = new Set([...bf, ...cf].filter((x) => x.fact.aspect === aspect).map((x) => x.fact.pointer));
      for (const pointer of pointers) {
        const values = (list: typeof bf) => list.filter((x) => x.fact.aspect === aspect && x.fact.pointer === pointer);
        const bv = values(bf);
        const cv = values(cf);
        // A type can change only where the field is on both sides (a vanished field is reported as such).
        if (bv.length === 0 || cv.length === 0) continue;
        const show = (l: typeof bf) =>
          l
            .map((x) => x.fact.value)
            .sort()
            .join(' | ');
        if (show(bv) === show(cv)) continue;
        const flaky = bv.some((x) => x.runs < bn) || cv.some((x) => x.runs < cn);
        push(
          {
            kind,
            aspect,
            ...(pointer ? { pointer } : {}),
            change: 'changed',
            before: show(bv),
            after: show(cv),
            ...(flaky ? { flaky } : {}),
            text: `${kind}: ${aspect}${pointer ? ` ${pointer}` : ''} ${show(bv)} → ${show(cv)}${flaky ? ' (differs between runs)' : ''}`,
          },
          aspect,
          'changed',
        );
      }
    }
  }
  return out;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

function timingOf(b: Side, c: Side, ratio: number, floorMs: number): TimingDrift[] {
  const pool = (side: Side) => {
    const m = new Map<string, number[]>();
    for (const r of side.runs) for (const [k, v] of r.observation.latencies) m.set(k, [...(m.get(k) ?? []), ...v]);
    return m;
  };
  const bp = pool(b);
  const cp = pool(c);
  const out: TimingDrift[] = [];
  for (const kind of [...bp.keys()].filter((k) => cp.has(k)).sort())
    for (const metric of ['p50', 'p95'] as const) {
      const p = metric === 'p50' ? 50 : 95;
      const before = Math.round(percentile(bp.get(kind)!, p) * 10) / 10;
      const after = Math.round(percentile(cp.get(kind)!, p) * 10) / 10;
      const slower = after > before * ratio && after - before > floorMs;
      out.push({ kind, metric, beforeMs: before, afterMs: after, flagged: slower, class: slower ? 'breaking' : 'compatible' });
    }
  return out;
}

const valuesOf = (values: string | undefined) => (values ?? '').split(' | ');

export function compareSides(b: Side, c: Side, options: CompareOptions = {}): Comparison {
  const ratio = options.timingRatio ?? DEFAULT_TIMING.ratio;
  const floorMs = options.timingFloorMs ?? DEFAULT_TIMING.floorMs;
  const baseline = sideInfo(b);
  const current = sideInfo(c);
  const coverage = coverageOf(b, c, options.verdictsOnly);
  const verdicts = verdictChanges(b, c);
  const drift = coverage.drift ? driftOf(coverage.drift.b, coverage.drift.c) : [];
  const timing = coverage.timing ? timingOf(b, c, ratio, floorMs) : [];
  const worse = verdicts.filter((v) => v.change === 'worse');
  const vanished = drift.filter(
    (d) =>
      !d.flaky &&
      ((d.change === 'removed' && d.documented && (d.aspect === 'field' || d.aspect === 'value')) ||
        (d.rule === 'kind-gone' && /^(Accept response|notification (StatusChange|ParticipantsUpdated|MessageLogUpdated))$/.test(d.kind)) ||
        (d.aspect === 'presence' && d.change === 'changed' && valuesOf(d.after).includes('0') && !valuesOf(d.before).includes('0'))),
  );
  const strictDrift = options.failOnDrift ? drift.filter((d) => d.class === 'breaking' && !d.flaky && !vanished.includes(d)) : [];
  const slowdowns = options.failOnDrift ? timing.filter((t) => t.flagged) : [];
  const regressions = [
    ...worse.map((v) => `${v.id} ${v.level} got worse: ${v.before} → ${v.after}${v.afterReason ? ` (${v.afterReason})` : ''}`),
    ...vanished.map((d) => `documented, vanished: ${d.text}`),
    ...strictDrift.map((d) => `breaking drift: ${d.text}`),
    ...slowdowns.map((t) => `slower: ${t.kind} ${t.metric} ${t.beforeMs} → ${t.afterMs} ms`),
  ];
  const slower = timing.filter((t) => t.flagged).length;
  const breaking = drift.filter((d) => d.class === 'breaking').length;
  const changed = verdicts.length + drift.length + slower > 0;
  // A part not compared, and not asked away: never "unchanged" (a regression found elsewhere still stands).
  const missed = coverage.notCompared.find((n) => n.reason !== 'verdicts-only');
  const outcome = regressions.length > 0 ? 'regressed' : missed ? 'not-compared' : changed ? 'drift' : 'unchanged';
  // Counts of what was compared only: no "0 drift" where drift was not compared.
  const counts = [
    `${verdicts.length} verdict changes`,
    ...(coverage.drift
      ? [
          `${drift.length} drift${missed ? ' over the scenarios every run ran' : ''} (${breaking} breaking, ${drift.length - breaking} compatible)`,
        ]
      : []),
    ...(coverage.timing ? [`${slower} slower`] : []),
  ].join(', ');
  const tail = missed
    ? `; NOT COMPARED: ${briefOf(missed)}`
    : options.verdictsOnly
      ? `; contract and timing not compared: verdicts only, as asked (${options.verdictsOnly})`
      : '';
  const what = [
    worse.length ? `${worse.length} requirements worse (${worse.map((v) => v.id).join(', ')})` : '',
    vanished.length ? `${vanished.length} documented things vanished` : '',
    strictDrift.length ? `${strictDrift.length} breaking drift` : '',
    slowdowns.length ? `${slowdowns.length} slower` : '',
  ].filter(Boolean);
  const line =
    outcome === 'regressed'
      ? `REGRESSED: ${what.join(', ')}; ${counts}${tail}`
      : outcome === 'not-compared' && missed
        ? `NOT COMPARED: ${briefOf(missed)}; no regression in what was compared: ${counts}`
        : outcome === 'drift'
          ? `NO REGRESSION: ${counts}${tail}`
          : options.verdictsOnly
            ? `UNCHANGED VERDICTS: the same verdicts${tail}`
            : 'UNCHANGED: the same verdicts, no drift, no slowdown';
  return {
    format: 'gws-chat-conformance/compare@2',
    scope: options.verdictsOnly ? 'verdicts' : 'all',
    baseline,
    current,
    warnings: warningsOf(baseline, current),
    notCompared: coverage.notCompared,
    verdicts,
    drift,
    timing,
    regressions,
    outcome,
    exitCode: regressions.length > 0 ? 1 : missed ? 2 : 0,
    line,
  };
}
