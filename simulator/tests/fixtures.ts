/**
 * Fixtures of the simulator's integration tests (simulator/tests/): a simulator per test, a recorder,
 * agents brought online the documented way, a GMS customer. The tests drive the simulator only through
 * its public APIs: GWS HTTP, CometD (the real `cometd` client with cometd-nodejs-client) and the GMS
 * customer API, as any client does. No internal calls.
 */
import { test as base } from '@playwright/test';
import type { BayeuxEvent } from '../../helpers/contract/generated/payloads.ts';
import { TranscriptRecorder } from '../../helpers/evidence/transcript.ts';
import { bringOnline, type OnlineAgent } from '../../helpers/target/agent.ts';
import { GmsClient } from '../../helpers/target/gms-client.ts';
import { SUITE } from '../../operations/index.ts';
import { type RunningSimulator, type SimulatorOptions, startSimulator } from '../index.ts';

/** What a test may set: everything but the operations served, which are the suite's. */
export type SimOptions = Omit<SimulatorOptions, 'operations'>;

/** A simulator serving the suite's operations (operations/index.ts), quiet unless told. */
export function startSim(options: SimOptions = {}): Promise<RunningSimulator> {
  return startSimulator({ logLevel: 'silent', ...options, operations: SUITE.simulated });
}

export type Fixtures = {
  simOptions: SimOptions;
  sim: RunningSimulator;
  recorder: TranscriptRecorder;
  online: (index: number, ready?: boolean) => Promise<OnlineAgent>;
  customer: GmsClient;
};

export const test = base.extend<Fixtures>({
  simOptions: [{}, { option: true }],
  sim: async ({ simOptions }, use) => {
    const sim = await startSim(simOptions);
    await use(sim);
    await sim.stop();
  },
  recorder: async ({ sim }, use) => {
    await use(new TranscriptRecorder({ baseUrl: sim.baseUrl }));
  },
  online: async ({ sim, recorder }, use) => {
    const agents: OnlineAgent[] = [];
    await use(async (index, ready = true) => {
      const agent = await bringOnline({ baseUrl: sim.baseUrl, credentials: sim.agents[index], recorder, ready, timeoutMs: 5000 });
      agents.push(agent);
      return agent;
    });
    await Promise.all(agents.map((a) => a.close()));
  },
  customer: async ({ sim, recorder }, use) => {
    await use(new GmsClient(sim.gmsBase, sim.services[0], recorder));
  },
});

export const QUIET_MS = 300;
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function chatEvents(recorder: TranscriptRecorder, actor: string, from = 0): BayeuxEvent[] {
  return recorder.events.slice(from).filter((e): e is BayeuxEvent => e.kind === 'bayeux' && e.actor === actor);
}

export async function acceptSequence(recorder: TranscriptRecorder, actor: string, from: number): Promise<BayeuxEvent[]> {
  await recorder.waitFor(
    (e) =>
      e.kind === 'bayeux' &&
      e.actor === actor &&
      (e.message as { data?: { messageType?: string } }).data?.messageType === 'MessageLogUpdated',
    'MessageLogUpdated',
    5000,
    from,
  );
  await sleep(QUIET_MS);
  return chatEvents(recorder, actor, from);
}
