/**
 * The suite assembled from its operations (operations/index.ts lists them): every requirement, open
 * choice, scenario and traceability row, each operation's in its order. A requirement ID, an open
 * choice or a scenario kind declared twice is an error: they name one thing each.
 */
import type { OperationDecl } from '../contract/operation.ts';
import { CONVERSATION_CATALOGUE, CONVERSATION_OPEN_CHOICES, CONVERSATION_TRACES } from '../judges/catalogue/conversation-requirements.ts';
import type { Equivalent } from '../judges/catalogue/equivalent.ts';
import type { OpenChoice } from '../judges/catalogue/open-choice.ts';
import type { Requirement } from '../judges/catalogue/requirement.ts';
import type { Trace } from '../judges/catalogue/trace.ts';
import { CONVERSATION_FAULTS, type SimulatedOperation } from '../target/embedded-simulator.ts';
import { conversationScenario } from './conversation.ts';
import { customerLeavesScenario } from './customer-leaves.ts';
import { endedOfferScenarios } from './ended-chat.ts';
import { leftChatScenarios } from './left-chat.ts';
import type { ScenarioDef, Suite } from './scenario.ts';

/** What an operation's folder brings (operations/<name>/index.ts). */
export interface OperationModule {
  declaration: OperationDecl;
  requirements: readonly Requirement[];
  openChoices: readonly OpenChoice[];
  scenarios: readonly ScenarioDef[];
  traces: readonly Trace[];
  /** How the embedded simulator serves it: the handler, and the faults and variants of its catalogue. */
  simulator?: SimulatedOperation;
  /** Its reviewed list of equivalent mutants: what the mutation operators change that its docs allow. */
  equivalents?: readonly Equivalent[];
}

function unique(what: string, names: string[]): void {
  const twice = names.filter((n, i) => names.indexOf(n) !== i);
  if (twice.length > 0) throw new Error(`${what} declared twice: ${[...new Set(twice)].join(', ')}`);
}

/**
 * The operations' scenarios, the whole conversation their turns make (after the first operation, the
 * way in), the customer leaving while the agent is Chatting, the chat ended while offered (each
 * operation that ends an offer, then every other tried), and the chat left (each operation that leaves
 * it LeftChat, then what is allowed only while Chatting tried).
 */
function withConversation(modules: readonly OperationModule[]): ScenarioDef[] {
  const scenarios = modules.flatMap((m) => m.scenarios);
  const operations = modules.map((m) => m.declaration);
  return modules.length > 0 && scenarios.some((s) => s.conversation)
    ? [
        ...scenarios,
        conversationScenario(operations, scenarios),
        customerLeavesScenario(operations[0]!),
        ...endedOfferScenarios(operations),
        ...leftChatScenarios(operations),
      ]
    : scenarios;
}

export function assemble(modules: readonly OperationModule[]): Suite {
  const main = modules[0]?.scenarios[0]?.whole[0];
  if (!main) throw new Error('the suite has no operation with a scenario');
  const scenarios = withConversation(modules);
  // The rules across a conversation, and their faults, where the operations make one.
  const conversation = scenarios.some((s) => s.kind === 'conversation');
  const suite: Suite = {
    main,
    operations: modules.map((m) => m.declaration),
    requirements: [...modules.flatMap((m) => m.requirements), ...(conversation ? CONVERSATION_CATALOGUE : [])],
    openChoices: [...modules.flatMap((m) => m.openChoices), ...(conversation ? CONVERSATION_OPEN_CHOICES : [])],
    scenarios,
    traces: [...modules.flatMap((m) => m.traces), ...(conversation ? CONVERSATION_TRACES : [])],
    simulated: modules.flatMap((m) => (m.simulator ? [m.simulator] : [])),
    faults: [...modules.flatMap((m) => m.simulator?.faults ?? []), ...(conversation ? CONVERSATION_FAULTS : [])],
    variants: modules.flatMap((m) => m.simulator?.variants ?? []),
    equivalents: modules.flatMap((m) => (m.equivalents ?? []).map((e) => ({ ...e, operation: m.declaration.name }))),
  };
  unique(
    'operation',
    suite.operations.map((o) => o.name),
  );
  unique(
    'requirement',
    suite.requirements.map((r) => r.id),
  );
  unique(
    'open choice',
    suite.openChoices.map((c) => c.name),
  );
  unique(
    'scenario kind',
    suite.scenarios.map((s) => s.kind),
  );
  unique(
    'fault or variant',
    [...suite.faults, ...suite.variants].map((d) => d.name),
  );
  return suite;
}

/** The requirement IDs of one operation of the suite (its catalogue: IDs under its prefix). */
export function requirementsOf(suite: Suite, operation: string): string[] {
  const decl = suite.operations.find((o) => o.name === operation);
  return decl ? suite.requirements.filter((r) => r.id.startsWith(`${decl.prefix}-`)).map((r) => r.id) : [];
}
