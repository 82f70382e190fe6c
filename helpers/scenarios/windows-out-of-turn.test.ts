/**
 * Side by side on one GMS service, a run holds the routing turn only while an agent of its is Ready or a
 * chat of its waits in the queue, not through a quiet window it can wait out of turn: a Reject refused
 * for another agent's offer (the chat stays offered to its agent) and the window after a Reject that
 * ended an offer (its next offer already arrived). Each run is driven with a gate another party asks
 * for as soon as the run holds it; the other party gets it while the run's window is still going.
 */
import { expect, test } from '@playwright/test';
import { SUITE } from '../../operations/index.ts';
import type { NoteEvent, Transcript } from '../contract/generated/payloads.ts';
import { resolveTarget } from '../target/resolve.ts';
import { RoutingGate } from '../target/routing-gate.ts';
import { sleep } from './drive.ts';

/**
 * How far a transcript's times (its start on the wall clock plus a monotonic clock's) and Date.now may
 * drift apart: a few milliseconds, far below the windows and holds compared.
 */
const CLOCKS_MS = 20;

/** A gate that tells when it was first taken. */
class WatchedGate extends RoutingGate {
  private taken!: () => void;
  readonly firstTaken = new Promise<void>((resolve) => {
    this.taken = resolve;
  });
  override async acquire(): Promise<() => void> {
    const release = await super.acquire();
    this.taken();
    return release;
  }
}

/** When (ms since the epoch) the transcript's first step `step` was marked. */
function stepTime(t: Transcript, step: string): number {
  const note = t.events.find((e): e is NoteEvent => e.kind === 'note' && (e.data as { step?: string } | undefined)?.step === step);
  expect(note, `the transcript has a ${step} step`).toBeDefined();
  return Date.parse(t.startedAt) + note!.at;
}

/**
 * Drives run `name` on the embedded simulator behind a gate; another party asks for the gate once the
 * run took it and holds it `holdMs`. Returns the transcript, when the other party got the gate and
 * when it gave it back (undefined: it got it only once the run had ended).
 */
async function driveBeside(name: string, holdMs: number): Promise<{ t: Transcript; got?: number; gaveBack?: number; windowMs: number }> {
  const { target, stop } = await resolveTarget({ GWS_BASE_URL: 'simulator' }, SUITE.simulated);
  const gate = new WatchedGate();
  try {
    const run = SUITE.scenarios.flatMap((s) => s.runs).find((r) => r.name === name)!;
    let ended = false;
    const driving = run.drive({ ...target, gate }).finally(() => {
      ended = true;
    });
    await gate.firstTaken;
    const release = await gate.acquire();
    if (ended) {
      release();
      return { t: await driving, windowMs: target.config.quietWindowMs };
    }
    const got = Date.now();
    await sleep(holdMs);
    const gaveBack = Date.now();
    release();
    return { t: await driving, got, gaveBack, windowMs: target.config.quietWindowMs };
  } finally {
    await stop();
  }
}

test('side by side on one GMS service, a Reject refused for another agent waits its quiet window out of the routing turn, and takes the turn again before its chat goes back to the queue', async () => {
  const { t, got, gaveBack, windowMs } = await driveBeside('reject-error-not-offered', 1_000);
  expect(got, 'the other party got the routing turn only once the run had ended').toBeDefined();
  // It got the turn before the run's window after the refused Reject was over...
  expect(got!).toBeLessThan(stepTime(t, 'retry-reject'));
  expect(stepTime(t, 'retry-reject') - stepTime(t, 'probe')).toBeGreaterThanOrEqual(windowMs - CLOCKS_MS);
  // ...and the run's own Reject, which sends the chat back to the queue, waited until it gave the turn back.
  expect(stepTime(t, 'retry-reject')).toBeGreaterThanOrEqual(gaveBack! - CLOCKS_MS);
  expect(t.events.filter((e) => e.kind === 'failure')).toEqual([]);
});

test('side by side on one GMS service, a Reject that ended an offer passes the routing turn on once its next offer arrived, before its quiet window', async () => {
  const { t, got, windowMs } = await driveBeside('ended-reject', 10);
  expect(got, 'the other party got the routing turn only once the run had ended').toBeDefined();
  // The first operation tried on the ended chat follows the quiet window: the turn was passed on before it.
  expect(stepTime(t, 'ended-probe') - got!).toBeGreaterThanOrEqual(windowMs / 2);
  expect(t.events.filter((e) => e.kind === 'failure')).toEqual([]);
});
