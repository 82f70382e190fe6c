/**
 * The whole conversation, assembled from the operations' own scenarios: after the way in (offer,
 * Accept), each operation that declares its turn takes it in the registry's order (one that renames the
 * agent late, one that ends the chat last), the customer writing between turns, each turn judged by its
 * operation's own checks after everything before it (indices, times, identities and the customer's
 * transcript after a long history). A turn's window ends where the next one starts
 * (helpers/judges/views.ts operationWindowEnd); where the turns followed each other without waiting
 * (against a server), a notification is the turn's whose declaration claims it
 * (helpers/judges/attribution.ts).
 */
import type { OperationDecl } from '../contract/operation.ts';
import type { CONVERSATION_CATALOGUE } from '../judges/catalogue/conversation-requirements.ts';
import { conversationChecks } from '../judges/conditions/conversation.ts';
import type { Turn } from './conversation-drive.ts';
import { completedProbes } from './ended-chat.ts';
import type { ScenarioDef } from './scenario.ts';

// The drive loads when a run is driven: listing the scenarios needs none.
const drives = () => import('./conversation-drive.ts');

/** The turns, in the order the conversation takes them. */
export function turnsOf(scenarios: readonly ScenarioDef[]): { turns: Turn[]; last?: Turn } {
  const turn = (s: ScenarioDef): Turn => ({
    operation: s.operation,
    step: s.conversation!.step,
    body: s.conversation!.body,
    rest: !!s.conversation!.rest,
  });
  const taking = scenarios.filter((s) => s.conversation);
  const last = taking.filter((s) => s.conversation!.position === 'last');
  if (last.length > 1) throw new Error(`one operation ends the conversation, not ${last.map((s) => s.operation).join(' and ')}`);
  return {
    turns: [
      ...taking.filter((s) => !s.conversation!.position).map(turn),
      ...taking.filter((s) => s.conversation!.position === 'late').map(turn),
    ],
    ...(last[0] ? { last: turn(last[0]) } : {}),
  };
}

/** The conversation's own tests: the rules across it, judged on the whole transcript. */
const CONVERSATION_TESTS = [
  {
    title: "the customer's messages: each reaches the agent once, from the customer's participant, in the order sent",
    requirements: ['CONV-CUSTOMER-01', 'CONV-CUSTOMER-02', 'CONV-CUSTOMER-03'],
  },
  {
    title: "across the conversation: each request's referenceId its own, the customer's transcript in the agent's order",
    requirements: ['CONV-REFID-01', 'CONV-TRANSCRIPT-01'],
  },
  {
    title: 'once completed: every operation tried on the chat is refused and changes nothing',
    requirements: ['CONV-ENDED-01', 'CONV-ENDED-02'],
  },
] satisfies { title: string; requirements: (typeof CONVERSATION_CATALOGUE)[number]['id'][] }[];

export function conversationScenario(operations: readonly OperationDecl[], scenarios: readonly ScenarioDef[]): ScenarioDef {
  const wayIn = operations[0]!;
  const { turns, last } = turnsOf(scenarios);
  const all = [...turns, ...(last ? [last] : [])];
  const probes = completedProbes(operations, all);
  const of = (t: Turn) => scenarios.find((s) => s.operation === t.operation && s.conversation)!;
  // A turn shows its operation's own requirements: what its scenario reads beside them (the chat's REST
  // view after it, the conversation's CONV-REST-*) the conversation does not.
  const requirementsOf = (t: Turn) => {
    const own = `${operations.find((o) => o.name === t.operation)?.prefix}-`;
    return [...new Set(of(t).runs.flatMap((r) => r.tests.flatMap((x) => x.requirements)))].filter((id) => id.startsWith(own));
  };
  return {
    kind: 'conversation',
    operation: wayIn.name,
    subject: { layout: 'sequence', steps: all.map((t) => t.step), cause: all[0]?.step ?? '' },
    title: 'The whole conversation: every operation in turn, the customer writing between, each judged after all before it',
    checks: [...all.flatMap((t) => of(t).checks), ...conversationChecks()],
    runs: [
      {
        name: 'conversation',
        shared: true,
        // The Accept's, the waiting chat's, the last turn's, the completed chat's; the turns between.
        windows: 5,
        drive: async (target) => (await drives()).driveConversation(target, operations, turns, last, probes),
        tests: [
          ...all.map((t, i) => ({
            title: `turn ${i + 1}, ${t.operation}: as in its own scenario, after ${i === 0 ? 'the Accept' : `${i} turns and the customer's messages`}`,
            requirements: requirementsOf(t),
            operation: t.operation,
          })),
          ...CONVERSATION_TESTS,
        ],
      },
    ],
    whole: [
      {
        name: 'conversation',
        drive: async (target, hooks) => (await drives()).driveConversation(target, operations, turns, last, probes, hooks),
      },
    ],
    corpus: {
      skip: "each turn is its operation's, whose own scenario's corpus mutates it: the conversation proves the same requirements after a long history; the engine's operators mutate each kind's first notification (here Accept's, which the conversation does not judge), so the rules across the conversation (CONV-*) are proven by the simulator's faults (simulator/conversation-faults.ts), each on exactly its IDs",
    },
  };
}
