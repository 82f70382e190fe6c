/**
 * What a deviation sends after its operation's notifications is declared (Deviation.lateMs): the
 * suite's conversation chooses its turn window from it (helpers/target/embedded-simulator.ts). A
 * deviation that sends later without declaring it is refused at once, never silently shortening a wait.
 */
import { expect, test } from '@playwright/test';
import { TranscriptRecorder } from '../../helpers/evidence/transcript.ts';
import { awaitOffer, bringOnline } from '../../helpers/target/agent.ts';
import { GmsClient } from '../../helpers/target/gms-client.ts';
import { SUITE } from '../../operations/index.ts';
import { startSimulator } from '../index.ts';

async function acceptWith(operations: typeof SUITE.simulated): Promise<number> {
  const sim = await startSimulator({ logLevel: 'silent', operations, faults: ['extra-notification-after'] });
  const recorder = new TranscriptRecorder({ baseUrl: sim.baseUrl });
  const agent = await bringOnline({ baseUrl: sim.baseUrl, credentials: sim.agents[0], recorder, ready: true, timeoutMs: 5000 });
  try {
    await new GmsClient(sim.gmsBase, sim.services[0], recorder).startChat({ nickname: 'PersonP' });
    const chatId = await awaitOffer(recorder, agent.actor, 5000);
    return (await agent.http.accept(chatId, { operationName: 'Accept', nickname: 'Marat' })).status;
  } finally {
    await agent.close();
    await sim.stop();
  }
}

test('a deviation that sends a notification later without declaring lateMs is refused; declared, it is served', async () => {
  const undeclared = SUITE.simulated.map((o) => ({
    ...o,
    faults: o.faults.map((f) => (f.name === 'extra-notification-after' ? { ...f, lateMs: undefined } : f)),
  }));
  expect(await acceptWith(undeclared)).toBe(500);
  expect(await acceptWith(SUITE.simulated)).toBe(200);
});
