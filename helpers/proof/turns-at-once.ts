/**
 * Does telling a turn's notifications by content (helpers/judges/attribution.ts) judge as the windows
 * do? `npm run self-test -- --turns-at-once`: the whole conversation against the simulator with each
 * fault and each legal variant, driven twice: with a window after each turn (as against the embedded
 * simulator), and with the turns at once, as against a server (the turn window the quiet window, no wait
 * after a turn). Each row must judge the same requirements broken both ways (and the same undecided:
 * a fault that keeps the conversation from starting leaves it undecided either way), and nothing the
 * fault does not declare; the rows that had the turns taken again with their windows (a notification no
 * single turn claims) say so.
 */
import { SUITE } from '../../operations/index.ts';
import type { Finding, Transcript } from '../contract/generated/payloads.ts';
import { judgeTranscript } from '../judges/judge.ts';
import type { Target } from '../target/config.ts';
import { resolveTarget } from '../target/resolve.ts';
import { SELF_TEST_ENV } from './self-test.ts';

const conversation = () => {
  const s = SUITE.scenarios.find((x) => x.kind === 'conversation');
  if (!s?.whole[0]) throw new Error('the suite has no whole conversation');
  return s.whole[0];
};

export interface TurnsRow {
  kind: 'faithful' | 'fault' | 'variant';
  name: string;
  /** Broken (FAIL or NON-STRICT) with a window after each turn. */
  windowed: string[];
  /** Broken with the turns at once. */
  atOnce: string[];
  /** INCONCLUSIVE with windows, and with the turns at once. */
  inconclusive: { windowed: string[]; atOnce: string[] };
  /** Broken but not declared by the fault (a variant declares none). */
  undeclared: string[];
  /** The turns at once were taken again with their windows. */
  again: boolean;
  ok: boolean;
  ms: number;
}

const broken = (findings: Finding[], verdicts: string[]) =>
  [...new Set(findings.filter((f) => verdicts.includes(f.verdict)).map((f) => f.requirement))].sort();

async function driveConversation(env: Record<string, string>, atOnce: boolean): Promise<Transcript> {
  const { target, stop } = await resolveTarget(env, SUITE.simulated);
  try {
    // At once: as against a server. With windows: each turn waits its window, whatever a variant imitates.
    const config = atOnce
      ? { ...target.config, turnWindowMs: target.config.quietWindowMs, turnWaitMs: 0 }
      : { ...target.config, turnWaitMs: target.config.turnWindowMs };
    const driven: Target = { ...target, config };
    return await conversation().drive(driven);
  } finally {
    await stop();
  }
}

/** One fault, variant or the faithful simulator: the conversation with windows and with the turns at once, judged. */
export async function turnsRow(
  kind: TurnsRow['kind'],
  name: string,
  declared: readonly string[],
  extra: Record<string, string> = {},
): Promise<TurnsRow> {
  const started = Date.now();
  const env = {
    ...SELF_TEST_ENV,
    ...extra,
    ...(kind === 'fault' ? { GWS_SIMULATOR_FAULTS: name } : kind === 'variant' ? { GWS_SIMULATOR_VARIANTS: name } : {}),
  };
  const [w, a] = await Promise.all([driveConversation(env, false), driveConversation(env, true)]);
  const fw = judgeTranscript(SUITE, w);
  const fa = judgeTranscript(SUITE, a);
  const windowed = broken(fw, ['FAIL', 'NON-STRICT']);
  const atOnce = broken(fa, ['FAIL', 'NON-STRICT']);
  const inconclusive = { windowed: broken(fw, ['INCONCLUSIVE']), atOnce: broken(fa, ['INCONCLUSIVE']) };
  const undeclared = [...new Set([...windowed, ...atOnce])].filter((id) => !declared.includes(id)).sort();
  const again = a.scenario.settings?.turnWaitMs !== 0;
  return {
    kind,
    name,
    windowed,
    atOnce,
    inconclusive,
    undeclared,
    again,
    ok: undeclared.length === 0 && windowed.join() === atOnce.join() && inconclusive.windowed.join() === inconclusive.atOnce.join(),
    ms: Date.now() - started,
  };
}

export function formatTurnsRow(r: TurnsRow): string {
  const what = r.atOnce.length ? r.atOnce.join(', ') : '(none)';
  const differs = r.windowed.join() === r.atOnce.join() ? '' : `; with windows: ${r.windowed.join(', ') || '(none)'}`;
  const also = [
    ...(r.inconclusive.atOnce.length ? [`${r.inconclusive.atOnce.length} undecided`] : []),
    ...(r.inconclusive.windowed.join() !== r.inconclusive.atOnce.join()
      ? [`${r.inconclusive.windowed.length} undecided with windows`]
      : []),
    ...(r.undeclared.length ? [`not declared: ${r.undeclared.join(', ')}`] : []),
  ].join('; ');
  return `${r.kind.padEnd(9)}  ${r.name.padEnd(40)} ${what}${differs}${also ? `; ${also}` : ''}${r.again ? ' (taken again with windows)' : ''}  ${r.ok ? 'ok' : 'WRONG'} (${(r.ms / 1000).toFixed(1)} s)`;
}

/**
 * Every row (or those named), `parallel` at a time: the faithful simulator, each fault with the
 * requirements it declares, each legal variant (it declares none).
 */
export async function runTurnsAtOnce(opts: {
  only?: readonly string[];
  parallel?: number;
  env?: Record<string, string>;
  onRow?: (r: TurnsRow) => void;
}): Promise<TurnsRow[]> {
  const known = ['faithful', ...SUITE.faults.map((f) => f.name), ...SUITE.variants.map((v) => v.name)];
  const unknown = (opts.only ?? []).filter((n) => !known.includes(n));
  if (unknown.length > 0)
    throw new Error(`no fault or variant named ${unknown.join(', ')} (npm run simulator -- --list-faults, --list-variants)`);
  const wanted = (name: string) => !opts.only?.length || opts.only.includes(name);
  const jobs: (() => Promise<TurnsRow>)[] = [
    ...(wanted('faithful') ? [() => turnsRow('faithful', 'faithful', [], opts.env)] : []),
    ...SUITE.faults.filter((f) => wanted(f.name)).map((f) => () => turnsRow('fault', f.name, f.breaks, opts.env)),
    ...SUITE.variants.filter((v) => wanted(v.name) && !v.declaration).map((v) => () => turnsRow('variant', v.name, [], opts.env)),
  ];
  const rows: TurnsRow[] = [];
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const r = await jobs[next++]!();
      rows.push(r);
      opts.onRow?.(r);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.parallel ?? 2) }, lane));
  return rows;
}
