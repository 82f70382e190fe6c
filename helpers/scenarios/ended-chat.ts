/**
 * Every operation tried on a chat that has ended for the agent, derived from the registry's
 * declarations: what each operation is tried with (the conversation's request where it took a turn,
 * else its required parameters), and the scenario of each operation that ends an offer (an operation
 * allowed where the way in is, whose success leaves the chat Completed: Reject): offered, ended by it,
 * then every other operation tried on it (CONV-ENDED-01, CONV-ENDED-02). The whole conversation tries
 * them on the chat it completed.
 */
import type { ChatOperationRequest } from '../contract/generated/payloads.ts';
import type { OperationDecl, ParameterDecl } from '../contract/operation.ts';
import { endedChecks } from '../judges/conditions/conversation.ts';
import type { Turn } from './conversation-drive.ts';
import type { ScenarioDef } from './scenario.ts';

// The drive loads when a run is driven: listing the scenarios needs none.
const drives = () => import('./ended-drive.ts');

/** A value for a required parameter the conversation has no request of its own for. */
const SAMPLE: Record<ParameterDecl['type'], unknown> = {
  string: 'Conformance',
  boolean: false,
  number: 1,
  object: { ConformanceKey: 'conformance' },
  array: ['ConformanceKey'],
};

/** The error case an operation declares for a chat the agent has completed (it judges that refusal itself). */
export const COMPLETED_CASE = 'completed';

/** The request an operation is tried with: the conversation's, else its required parameters. */
export function requestOf(o: OperationDecl, turns: readonly Turn[] = []): ChatOperationRequest {
  return (
    turns.find((t) => t.operation === o.name)?.body ??
    ({
      operationName: o.name,
      ...Object.fromEntries(o.request.params.filter((p) => p.required).map((p) => [p.name, p.values?.[0] ?? SAMPLE[p.type]])),
    } as ChatOperationRequest)
  );
}

/**
 * The requests tried on the chat once the agent completed it: every operation no state Completed
 * allows, but one that declares the `completed` error case (its own scenario judges that).
 */
export function completedProbes(operations: readonly OperationDecl[], turns: readonly Turn[]): ChatOperationRequest[] {
  return operations
    .filter((o) => !o.allowedIn.states.includes('Completed') && !o.errors.some((e) => e.name === COMPLETED_CASE))
    .map((o) => requestOf(o, turns));
}

/**
 * The requests tried on a chat the agent ended while it was offered: every operation no state
 * Completed allows, but those allowed where the ending one is (the chat may be offered again, to the
 * same agent too: then they may succeed).
 */
export function endedOfferProbes(operations: readonly OperationDecl[], ending: OperationDecl): ChatOperationRequest[] {
  return operations
    .filter((o) => !o.allowedIn.states.includes('Completed') && !o.allowedIn.states.some((s) => ending.allowedIn.states.includes(s)))
    .map((o) => requestOf(o));
}

/** The operations that end an offer: allowed where the way in is, leaving the chat Completed. */
export function offerEnders(operations: readonly OperationDecl[]): OperationDecl[] {
  const [wayIn] = operations;
  if (!wayIn) return [];
  return operations.filter(
    (o) => o.success.stateAfter === 'Completed' && o.allowedIn.states.some((s) => wayIn.allowedIn.states.includes(s)),
  );
}

/** For each operation that ends an offer: the chat offered, ended by it, every other operation tried on it. */
export function endedOfferScenarios(operations: readonly OperationDecl[]): ScenarioDef[] {
  const ended = endedChecks();
  return offerEnders(operations).map((ending) => {
    const probes = endedOfferProbes(operations, ending);
    const kind = `ended-${ending.prefix.toLowerCase()}`;
    return {
      kind,
      operation: ending.name,
      subject: { layout: 'sequence', steps: ['ended'], cause: 'ended' },
      title: `After ${ending.name}: every other operation tried on the chat is refused and changes nothing`,
      checks: ended,
      runs: [
        {
          name: kind,
          shared: true,
          // The ending operation's window, then the probes'.
          windows: 2,
          drive: async (target) => (await drives()).driveEndedOffer(target, ending, probes),
          tests: [
            {
              title: `once ${ending.name} ended the offer: every operation tried on the chat is refused and changes nothing`,
              requirements: ended.map((c) => c.requirement),
            },
          ],
        },
      ],
      whole: [{ name: kind, drive: async (target, hooks) => (await drives()).driveEndedOffer(target, ending, probes, hooks) }],
      corpus: {
        skip: `the engine's operators mutate each kind's first notification (here ${ending.name}'s, which its own scenario's corpus mutates and this scenario does not judge): CONV-ENDED-01/02 are proven by the simulator's ended-chat faults`,
      },
    };
  });
}
