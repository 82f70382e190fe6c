/**
 * The context of each side of a comparison (suite, schemas, target, profile, the CometD transport
 * used) and the warnings when the sides differ in it: then a difference may come from the suite or the
 * setup, not the server.
 */
import type { CompareSide } from '../contract/generated/payloads.ts';
import { transportUsed } from '../evidence/transport-used.ts';
import type { Run, Side } from './load.ts';

/**
 * The CometD transport a run used, fall-back included: what its summary says (transportUsed); for a
 * summary written before it said so, what its transcripts' handshakes say; else the setting.
 */
export function transportOf(run: Run): string {
  return run.summary.transportUsed ?? transportUsed(run.transcripts) ?? String(run.summary.settings.transport ?? 'unknown');
}

export function sideInfo(side: Side): CompareSide {
  const uniq = (xs: string[]) => [...new Set(xs)].join(' / ');
  const s = side.runs.map((r) => r.summary);
  const transport = uniq(side.runs.map(transportOf));
  const asked = uniq(s.map((x) => String(x.settings.transport ?? 'unknown')));
  return {
    folders: side.folders,
    runs: side.runs.length,
    transcripts: side.runs.reduce((n, r) => n + r.transcripts.length, 0),
    suite: uniq(s.map((x) => `${x.suite.version} (${x.suite.commit})`)),
    schemasFingerprint: uniq(s.map((x) => x.schemasFingerprint)),
    target: uniq(s.map((x) => x.target)),
    profile: uniq(s.map((x) => x.profile)),
    transport,
    ...(asked !== transport ? { transportAsked: asked } : {}),
    outcomes: s.map((x) => x.outcome),
  };
}

export function warningsOf(b: CompareSide, c: CompareSide): string[] {
  const out: string[] = [];
  if (b.suite !== c.suite)
    out.push(`the suite differs (${b.suite} vs ${c.suite}): a verdict change may come from the suite, not the server`);
  if (b.schemasFingerprint !== c.schemasFingerprint)
    out.push('the schemas differ: a verdict or drift may come from the schemas the runs were judged against, not the server');
  if (b.target !== c.target) out.push(`the targets differ (${b.target} vs ${c.target})`);
  if (b.profile !== c.profile) out.push(`the profiles differ (${b.profile} vs ${c.profile}): SHOULDs count differently`);
  if (b.transport !== c.transport) out.push(`the CometD transports used differ (${b.transport} vs ${c.transport})`);
  return out;
}
