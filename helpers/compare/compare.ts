/**
 * The comparison of a baseline with a current run (each side one run or several): verdict changes per
 * requirement, contract drift the verdicts do not show (classified by helpers/compare/rules.ts),
 * timing drift past a threshold, the context of both sides, and what counts as a regression: a
 * requirement that got worse, a documented field or value or notification that vanished (with
 * failOnDrift, every breaking drift and every slowdown too). What differs between the runs of one
 * side is flaky, never a regression.
 */
import { isDocumentedValue } from '../contract/documented-values.ts';
import type { CompareSide, Comparison, Drift, SummaryRow, TimingDrift, VerdictChange } from '../contract/generated/payloads.ts';
import type { Run, Side } from './load.ts';
import { type Aspect, type Fact, factKey } from './observe.ts';
import { type Change, ruleFor } from './rules.ts';

export interface CompareOptions {
  /** A timing is slower when after > before × ratio and after − before > floorMs. */
  timingRatio?: number;
  timingFloorMs?: number;
  /** Breaking drift and slowdowns are regressions too. */
  failOnDrift?: boolean;
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

/** The scenario a message kind comes from: it can vanish only from a side that ran that scenario. */
const scenarioOf = (kind: string) =>
  /^(error |validation |security )/.test(kind)
    ? kind
        .split(' ')
        .slice(0, kind.startsWith('error') ? 2 : 1)
        .join(' ')
    : 'accept';

function scenariosRun(run: Run): Set<string> {
  const out = new Set<string>();
  for (const t of run.transcripts) {
    if (t.scenario.kind === 'accept' || t.scenario.kind === 'concurrency') out.add('accept');
    else if (t.scenario.kind === 'error') out.add(`error ${t.scenario.probe}`);
    else out.add(t.scenario.kind);
  }
  return out;
}

const DECIDED_RANK: Record<string, number> = { PASS: 0, 'NOT APPLICABLE': 0, 'NON-STRICT': 1, FAIL: 2 };

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
      const [x, y] = [DECIDED_RANK[bv[0]], DECIDED_RANK[av[0]]];
      const change = x === undefined || y === undefined || x === y ? 'undecided' : y > x ? 'worse' : 'better';
      out.push({ ...base, change, ...reasons });
    }
  }
  return out;
}

const SET_ASPECTS: Aspect[] = ['type', 'http-status', 'content-type', 'status-code', 'timestamp-form', 'order', 'presence'];

function driftOf(b: Side, c: Side): Drift[] {
  const bt = tally(b);
  const ct = tally(c);
  const bn = b.runs.length;
  const cn = c.runs.length;
  const ran = (side: Side) => new Set(side.runs.flatMap((r) => [...scenariosRun(r)]));
  const both = new Set([...ran(b)].filter((s) => ran(c).has(s)));
  const kinds = (side: Side) => new Set(side.runs.flatMap((r) => [...r.observation.kinds.keys()]));
  const bk = kinds(b);
  const ck = kinds(c);
  const out: Drift[] = [];
  const push = (d: Omit<Drift, 'class' | 'rule'>, aspect: Aspect | 'kind', change: Change) => {
    const rule = ruleFor(aspect, change);
    out.push({ ...d, class: rule.class, rule: rule.id });
  };
  for (const kind of [...new Set([...bk, ...ck])].sort()) {
    if (!both.has(scenarioOf(kind))) continue;
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

function sideInfo(side: Side): CompareSide {
  const uniq = (xs: string[]) => [...new Set(xs)].join(' / ');
  const s = side.runs.map((r) => r.summary);
  return {
    folders: side.folders,
    runs: side.runs.length,
    transcripts: side.runs.reduce((n, r) => n + r.transcripts.length, 0),
    suite: uniq(s.map((x) => `${x.suite.version} (${x.suite.commit})`)),
    schemasFingerprint: uniq(s.map((x) => x.schemasFingerprint)),
    target: uniq(s.map((x) => x.target)),
    profile: uniq(s.map((x) => x.profile)),
    transport: uniq(s.map((x) => String(x.settings.transport ?? 'unknown'))),
    outcomes: s.map((x) => x.outcome),
  };
}

function warningsOf(b: CompareSide, c: CompareSide, bs: Side, cs: Side): string[] {
  const out: string[] = [];
  if (b.suite !== c.suite)
    out.push(`the suite differs (${b.suite} vs ${c.suite}): a verdict change may come from the suite, not the server`);
  if (b.schemasFingerprint !== c.schemasFingerprint)
    out.push('the schemas differ: a verdict or drift may come from the schemas the runs were judged against, not the server');
  if (b.target !== c.target) out.push(`the targets differ (${b.target} vs ${c.target})`);
  if (b.profile !== c.profile) out.push(`the profiles differ (${b.profile} vs ${c.profile}): SHOULDs count differently`);
  if (b.transport !== c.transport) out.push(`the CometD transports differ (${b.transport} vs ${c.transport})`);
  for (const [name, side] of [['baseline', bs] as const, ['current', cs] as const])
    for (const run of side.runs)
      if (run.transcripts.length === 0) out.push(`${name} ${run.folder} has no transcripts: its contract and timings are not compared`);
  return out;
}

const valuesOf = (values: string | undefined) => (values ?? '').split(' | ');

export function compareSides(b: Side, c: Side, options: CompareOptions = {}): Comparison {
  const ratio = options.timingRatio ?? DEFAULT_TIMING.ratio;
  const floorMs = options.timingFloorMs ?? DEFAULT_TIMING.floorMs;
  const baseline = sideInfo(b);
  const current = sideInfo(c);
  const verdicts = verdictChanges(b, c);
  const drift = driftOf(b, c);
  const timing = timingOf(b, c, ratio, floorMs);
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
  const outcome = regressions.length > 0 ? 'regressed' : changed ? 'drift' : 'unchanged';
  const counts = `${verdicts.length} verdict changes, ${drift.length} drift (${breaking} breaking, ${drift.length - breaking} compatible), ${slower} slower`;
  const what = [
    worse.length ? `${worse.length} requirements worse (${worse.map((v) => v.id).join(', ')})` : '',
    vanished.length ? `${vanished.length} documented things vanished` : '',
    strictDrift.length ? `${strictDrift.length} breaking drift` : '',
    slowdowns.length ? `${slowdowns.length} slower` : '',
  ].filter(Boolean);
  const line =
    outcome === 'regressed'
      ? `REGRESSED: ${what.join(', ')}; ${counts}`
      : outcome === 'drift'
        ? `NO REGRESSION: ${counts}`
        : 'UNCHANGED: the same verdicts, no drift, no slowdown';
  return {
    format: 'gws-chat-conformance/compare@1',
    baseline,
    current,
    warnings: warningsOf(baseline, current, b, c),
    verdicts,
    drift,
    timing,
    regressions,
    outcome,
    exitCode: regressions.length > 0 ? 1 : 0,
    line,
  };
}
