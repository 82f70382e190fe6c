/**
 * One run of a suite driven once on an embedded simulator of its own (faithful, or bent by the faults
 * and variants `env` switches on), then stopped: the transcript a test judges offline and bends.
 */
import type { Transcript } from '../contract/generated/payloads.ts';
import { resolveTarget } from '../target/resolve.ts';
import type { Suite } from './scenario.ts';

export async function driveOnSimulator(suite: Suite, name: string, env: Record<string, string> = {}): Promise<Transcript> {
  const run = suite.scenarios.flatMap((s) => s.runs).find((r) => r.name === name);
  if (!run) throw new Error(`the suite has no run named ${name}`);
  const { target, stop } = await resolveTarget(env, suite.simulated);
  try {
    return await run.drive(target);
  } finally {
    await stop();
  }
}
