/**
 * What a drive tells about the target itself, beside the contract: whether it is still there at the
 * end of a scenario, and, while a person starts chats by hand (GWS_CHAT_SOURCE=external), that the
 * drive is waiting.
 */
import type { TranscriptRecorder } from '../evidence/transcript.ts';
import type { OnlineAgent } from '../target/agent.ts';

/**
 * Is the target still there? If not, nothing observed at the end can be blamed on the contract. A
 * lost CometD connection is recorded when it happens; an HTTP check is made when a sequence came out
 * incomplete, the one case where a dead server and a missing notification look alike.
 */
export async function checkAlive(recorder: TranscriptRecorder, agents: readonly OnlineAgent[], requestTimeoutMs: number): Promise<void> {
  for (const agent of agents) {
    if (agent.cometd.broken) return; // already recorded as a failure
  }
  const incomplete = recorder.events.some(
    (e) =>
      e.kind === 'note' &&
      (e.data as { step?: string; complete?: boolean } | undefined)?.step === 'sequence-complete' &&
      (e.data as { complete?: boolean }).complete === false,
  );
  const anyStep = recorder.events.some((e) => e.kind === 'note' && (e.data as { step?: string } | undefined)?.step === 'sequence-complete');
  if (anyStep && !incomplete) return;
  const probe = agents[0];
  if (!probe) return;
  try {
    const r = await probe.http.request('GET', '/api/v2/me', undefined, { timeoutMs: Math.min(5000, requestTimeoutMs) });
    if (r.status >= 500) recorder.failure(`target unhealthy after the scenario: GET /api/v2/me answered HTTP ${r.status}`);
  } catch (err) {
    recorder.failure(`target unreachable after the scenario: ${(err as Error).message}`);
  }
}

/**
 * External chats: says which agent waits for a chat and for how long, then how long it has waited (a
 * quarter of the wait apart, at most every 5 s), so a person starting chats by hand, or a CI log, sees
 * progress. Cleared by the caller once the wait ends.
 */
export function waitingForSomeone(actor: string, timeoutMs: number): NodeJS.Timeout {
  const started = Date.now();
  const s = (ms: number) => `${ms % 1000 === 0 ? ms / 1000 : (ms / 1000).toFixed(1)} s`;
  console.log(`waiting up to ${s(timeoutMs)} for a chat offered to agent ${actor}: start a chat routed to it (GWS_CHAT_SOURCE=external)`);
  return setInterval(
    () =>
      console.log(
        `  still waiting for a chat offered to agent ${actor}: ${s(Math.round((Date.now() - started) / 100) * 100)} of ${s(timeoutMs)}`,
      ),
    Math.min(5_000, Math.max(250, Math.floor(timeoutMs / 4))),
  );
}
