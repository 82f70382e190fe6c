/**
 * What a comparison can compare: contract drift and timing need the transcripts of every run, and the
 * same scenarios on every run (a --grep baseline ran fewer). What cannot be compared is named, with
 * the folders or the scenarios, never read as "no drift". Verdicts are always compared: they come from
 * the summaries.
 */
import type { NotCompared, Transcript } from '../contract/generated/payloads.ts';
import { type JudgingPlan, scenarioIn } from '../judges/judge.ts';
import { probeSteps } from '../judges/views.ts';
import type { Run, Side } from './load.ts';
import { observeRun } from './observe.ts';

/**
 * The scenarios of a transcript, as a comparison counts them: the scenario's kind; one case of its own
 * (`<kind> <case>`: an error case); or each probe (`<kind> <probe>`: validation, security).
 */
export function scenariosOf(t: Transcript, plan: JudgingPlan): string[] {
  const { kind } = t.scenario;
  const { subject } = scenarioIn(plan, kind);
  if (subject.perCase) return [`${kind} ${t.scenario.probe ?? '(unnamed)'}`];
  if (subject.layout === 'probes') {
    const probes = t.scenario.probes ?? probeSteps(t).map((p) => p.probe);
    return probes.length > 0 ? probes.map((p) => `${kind} ${p}`) : [kind];
  }
  return [kind];
}

const scenariosRun = (run: Run, plan: JudgingPlan) => new Set(run.transcripts.flatMap((t) => scenariosOf(t, plan)));

/** A message kind of one probe or case (observe.ts names them `<kind> <probe>`), not of a sequence. */
const probeKind = (plan: JudgingPlan, kind: string) =>
  plan.scenarios.some((s) => s.subject.layout === 'probes' && kind.startsWith(`${s.kind} `));

const named = (side: 'baseline' | 'current', runs: Run[]) => `${side} ${runs.map((r) => r.folder).join(', ')}`;

/** More than `max` names are cut, with how many more. */
function list(names: string[], max = 8): string {
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

/** What was not compared and why, in a few words for the one-line result. */
export function briefOf(n: NotCompared): string {
  const parts = n.parts.map((p) => (p === 'contract' ? 'contract drift' : p)).join(' and ');
  if (n.reason === 'no-transcripts') return `${parts} (no transcripts in ${n.folders?.join(', ')})`;
  if (n.reason === 'different-scenarios')
    return `${parts} (the sides ran different scenarios: ${list(n.scenarios ?? [], 3)} not run by ${n.folders?.join(', ')})`;
  return `${parts} (verdicts only, as asked)`;
}

export interface Coverage {
  notCompared: NotCompared[];
  /** The sides to list contract drift over (with different scenarios: the scenarios every run ran), if any. */
  drift?: { b: Side; c: Side };
  timing: boolean;
}

/** Each run observed again over the scenarios in `common` only. */
function within(side: Side, common: Set<string>): Side {
  const { plan } = side;
  const runs = side.runs.map((r) => {
    const observation = observeRun(
      r.transcripts.filter((t) => scenariosOf(t, plan).some((s) => common.has(s))),
      plan,
    );
    // A transcript of several probes may hold one that another run did not make.
    for (const [key, fact] of observation.facts) if (probeKind(plan, fact.kind) && !common.has(fact.kind)) observation.facts.delete(key);
    for (const kind of observation.kinds.keys()) if (probeKind(plan, kind) && !common.has(kind)) observation.kinds.delete(kind);
    return { ...r, observation };
  });
  return { ...side, runs };
}

/** What can be compared of two sides; `verdictsOnly`: how the user asked for the verdicts alone, if they did. */
export function coverageOf(b: Side, c: Side, verdictsOnly?: string): Coverage {
  if (verdictsOnly)
    return {
      notCompared: [
        {
          parts: ['contract', 'timing'],
          reason: 'verdicts-only',
          text: `contract drift and timing, on purpose: verdicts only were asked (${verdictsOnly})`,
        },
      ],
      timing: false,
    };
  const sides = [
    ['baseline', b],
    ['current', c],
  ] as const;
  const bare = sides
    .map(([name, side]) => [name, side.runs.filter((r) => r.transcripts.length === 0)] as const)
    .filter(([, runs]) => runs.length > 0);
  if (bare.length > 0)
    return {
      notCompared: [
        {
          parts: ['contract', 'timing'],
          reason: 'no-transcripts',
          folders: bare.flatMap(([, runs]) => runs.map((r) => r.folder)),
          text: `contract drift and timing: no transcripts in ${bare.map(([name, runs]) => named(name, runs)).join(' and ')} (transcripts/ missing or empty: keep the whole reports folder of a run, or ask for verdicts only)`,
        },
      ],
      timing: false,
    };
  const all = [...b.runs, ...c.runs];
  const ran = new Map(all.map((r) => [r, scenariosRun(r, b.plan)]));
  const union = [...new Set(all.flatMap((r) => [...ran.get(r)!]))].sort();
  const missing = sides
    .map(([name, side]) => {
      const runs = side.runs.filter((r) => union.some((s) => !ran.get(r)!.has(s)));
      return { name, runs, scenarios: union.filter((s) => runs.some((r) => !ran.get(r)!.has(s))) };
    })
    .filter((m) => m.runs.length > 0);
  if (missing.length === 0) return { notCompared: [], drift: { b, c }, timing: true };
  const common = union.filter((s) => all.every((r) => ran.get(r)!.has(s)));
  return {
    notCompared: [
      {
        parts: ['contract', 'timing'],
        reason: 'different-scenarios',
        folders: missing.flatMap((m) => m.runs.map((r) => r.folder)),
        scenarios: [...new Set(missing.flatMap((m) => m.scenarios))].sort(),
        text: `contract drift and timing: the sides ran different scenarios: ${missing
          .map((m) => `${named(m.name, m.runs)} did not run ${list(m.scenarios)}`)
          .join(
            '; ',
          )}. Contract drift is listed only for the scenarios every run ran (${common.length > 0 ? list(common) : 'none'}); run both sides with the same scenarios (no --grep), or ask for verdicts only`,
      },
    ],
    drift: { b: within(b, new Set(common)), c: within(c, new Set(common)) },
    timing: false,
  };
}
