import { expect, test } from '@playwright/test';
import { SUITE } from '../../operations/index.ts';
import type { HttpEvent } from '../contract/generated/payloads.ts';
import { TransportError } from '../evidence/transcript.ts';
import { resolveTarget } from '../target/resolve.ts';
import { RoutingGate } from '../target/routing-gate.ts';
import { Drive, sleep } from './drive.ts';

test('a run that fails while an agent is still coming online releases that agent, and passes the routing turn on for good', async () => {
  const { target, stop } = await resolveTarget({ GWS_BASE_URL: 'simulator' }, SUITE.simulated);
  const gate = new RoutingGate();
  try {
    const d = new Drive({ ...target, gate }, SUITE.operations[0]!, 'straggler');
    let late: Promise<unknown> = Promise.resolve();
    const transcript = await d.run(async () => {
      // Agents come online side by side; the run fails on one while the other is still on its way.
      late = d.online(target.config.agents[0]!, 'actor').catch(() => undefined);
      throw new TransportError('the other agent could not come online', 'online');
    });
    await late;
    // The routing turn is free once the late agent is settled too: the next run takes it at once.
    const next = await Promise.race([gate.acquire(), sleep(3000).then(() => 'still held' as const)]);
    expect(next, 'the routing turn was taken again after the clean-up passed it on').not.toBe('still held');
    // The agent that came late was released with the others: its contact-center session ended.
    const cleanup = transcript.events.findIndex((e) => e.kind === 'note' && (e.data as { step?: string } | undefined)?.step === 'cleanup');
    const after = transcript.events.slice(cleanup).filter((e): e is HttpEvent => e.kind === 'http');
    expect(after.map((e) => `${e.actor} ${JSON.stringify(e.request.body ?? null)}`)).toContain(
      `${target.config.agents[0]!.username} {"operationName":"EndContactCenterSession"}`,
    );
  } finally {
    await stop();
  }
});

test('side by side on one GMS service, an operation on an unknown chat id waits for no routing turn: its actor never goes Ready', async () => {
  const { target, stop } = await resolveTarget({ GWS_BASE_URL: 'simulator' }, SUITE.simulated);
  const gate = new RoutingGate();
  // Another run holds the routing turn all along.
  const release = await gate.acquire();
  try {
    const shared = { ...target, gate };
    const unknownId = SUITE.scenarios.flatMap((s) => s.runs).find((r) => r.name === 'send-message-error-unknown-id')!;
    const transcript = await Promise.race([unknownId.drive(shared), sleep(15_000).then(() => 'waited' as const)]);
    expect(transcript, 'the run waited for the routing turn another run held').not.toBe('waited');
    if (transcript === 'waited') return;
    const readiness = transcript.events
      .filter((e): e is HttpEvent => e.kind === 'http' && e.request.path.endsWith('/api/v2/me/channels/chat'))
      .map((e) => (e.request.body as { operationName?: string } | undefined)?.operationName);
    expect(readiness).not.toContain('Ready');
    // Its probe was made, and refused: what the requirement needs of it.
    expect(transcript.events.some((e) => e.kind === 'note' && (e.data as { step?: string } | undefined)?.step === 'probe')).toBe(true);
  } finally {
    release();
    await stop();
  }
});

test('side by side on one GMS service, a clean-up that only completes its chat takes no routing turn; one that rejects an offered chat does', async () => {
  const { target, stop } = await resolveTarget({ GWS_BASE_URL: 'simulator' }, SUITE.simulated);
  const gate = new RoutingGate();
  const shared = { ...target, gate };
  // The turn another run holds (its release), taken inside the runs below.
  const other: { release?: () => void } = {};
  const releaseOther = () => {
    other.release?.();
    other.release = undefined;
  };
  try {
    // The chat accepted, the run's routing done; then another run holds the turn while this one cleans up.
    const accepted = new Drive(shared, SUITE.operations[0]!, 'cleanup-completes');
    const ended = accepted.run(async () => {
      await accepted.conversation();
      other.release = await gate.acquire();
    });
    const transcript = await Promise.race([ended, sleep(15_000).then(() => 'waited' as const)]);
    expect(transcript, 'the clean-up waited for a routing turn it does not need').not.toBe('waited');
    if (transcript === 'waited') return;
    const cleanup = transcript.events.findIndex((e) => e.kind === 'note' && (e.data as { step?: string } | undefined)?.step === 'cleanup');
    const ops = transcript.events
      .slice(cleanup)
      .filter((e): e is HttpEvent => e.kind === 'http')
      .map((e) => (e.request.body as { operationName?: string } | undefined)?.operationName);
    expect(ops).toContain('Complete');
    expect(ops).not.toContain('Reject');
    releaseOther();

    // A chat only offered is rejected by the clean-up, back to the queue: that waits for the turn.
    const offered = new Drive(shared, SUITE.operations[0]!, 'cleanup-rejects');
    const rejecting = offered.run(async () => {
      const [account] = target.config.agents;
      const agent = await offered.online(account!, 'actor');
      await offered.offeredOnly(agent);
      other.release = await gate.acquire();
    });
    expect(await Promise.race([rejecting.then(() => 'ended'), sleep(2_000).then(() => 'waiting')])).toBe('waiting');
    releaseOther();
    const rejected = await rejecting;
    expect(
      rejected.events.some(
        (e) => e.kind === 'http' && (e.request.body as { operationName?: string } | undefined)?.operationName === 'Reject',
      ),
    ).toBe(true);
  } finally {
    releaseOther();
    await stop();
  }
});
