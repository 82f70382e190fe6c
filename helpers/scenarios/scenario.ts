/**
 * What a scenario is, as the machinery reads it: how its transcripts are judged (judges/judge.ts), and
 * what drives it: one run, or one per case or group of probes, each a test of the specs with its title
 * and the requirements it decides. The scenarios are declared by their operations
 * (operations/<name>/scenarios/) and assembled with everything else the suite needs in a Suite.
 */
import type { ChatOperationRequest, Transcript } from '../contract/generated/payloads.ts';
import type { OperationDecl } from '../contract/operation.ts';
import type { Equivalent } from '../judges/catalogue/equivalent.ts';
import type { Trace } from '../judges/catalogue/trace.ts';
import type { JudgingPlan, ScenarioJudging } from '../judges/judge.ts';
import type { SuiteConfig, Target } from '../target/config.ts';
import type { Deviation, SimulatedOperation } from '../target/embedded-simulator.ts';
import type { DriveHooks } from './drive.ts';

/** A test of the specs: its title and the requirements whose verdicts it shows. */
export interface SpecTest {
  title: string;
  requirements: readonly string[];
  /** The operation whose requirements it shows, where that is not its scenario's (a conversation's turns). */
  operation?: string;
}

/**
 * One drive of a scenario, saved as `name` (reports/transcripts/<name>.json; the self-test's row), and
 * the tests that read it: one, or several groups of its requirements sharing one drive per worker.
 */
export interface ScenarioRun extends NamedDrive {
  tests: readonly SpecTest[];
  /** Driven once per worker and read by its tests (default: each test drives its own). */
  shared?: boolean;
  /**
   * About how many windows it waits one after another (quiet windows; a conversation's turn windows),
   * where more than one: an operation in an accepted chat waits the Accept's window, then its own. Where
   * runs queue for the lanes of a shared server the longest start first, as what starts last ends last.
   */
  windows?: number;
  /** The agent accounts it brings online, where more than RUN_ACCOUNTS (helpers/target/workers.ts): the lanes it takes on a shared server. */
  agents?: (config: SuiteConfig) => number;
}

/** A drive of a scenario and the name of its transcript; the hooks are the suite's own tests' (and the bench's). */
export interface NamedDrive {
  name: string;
  drive(target: Target, hooks?: DriveHooks): Promise<Transcript>;
}

export interface ScenarioDef extends ScenarioJudging {
  /** What the scenario is about, in one line (the spec's describe). */
  title: string;
  /** What the specs drive: each run with its tests. */
  runs: readonly ScenarioRun[];
  /**
   * The scenario driven whole, every probe in one transcript where it has several (each error case
   * still on its own chat): what the self-test drives against each fault and variant, and what the
   * mutation engine records its corpus from. Names stay the same from release to release: the list of
   * equivalent mutants is keyed by them.
   */
  whole: readonly NamedDrive[];
  /**
   * What the mutation engine records of it: by default its whole drives; `skip` says why not (what it
   * judges no transcript mutation shows); `variants` records them once more under these legal variants
   * (`<name>-variants`), so that the optional fields they add are mutated too.
   */
  corpus?: { skip?: string; variants?: string };
  /**
   * How the operation takes its turn in the whole conversation (helpers/scenarios/conversation.ts):
   * its step and request; `rest`, the chat's REST view read before it; `position`, late (after the
   * others: it renames the agent) or last (it ends the chat). Absent: not part of the conversation.
   */
  conversation?: { step: string; body: ChatOperationRequest; rest?: boolean; position?: 'late' | 'last' };
}

/** Everything the suite needs of its operations: their declarations, requirements, scenarios and traces. */
export interface Suite extends JudgingPlan {
  /** The suite's first scenario driven whole: the first operation's main case (what chaos and the per-case bench drive). */
  main: NamedDrive;
  operations: readonly OperationDecl[];
  scenarios: readonly ScenarioDef[];
  traces: readonly Trace[];
  /** The operations the embedded simulator serves, with their catalogues of deviations. */
  simulated: readonly SimulatedOperation[];
  /** Every fault the catalogues declare, and every legal variant. */
  faults: readonly Deviation[];
  variants: readonly Deviation[];
  /** Every operation's equivalent mutants, each naming its operation. */
  equivalents: readonly Equivalent[];
}

/** Runs in the order they ask for the lanes of a shared server: the most windows first (ScenarioRun.windows), else as declared. */
export function longestFirst<R extends Pick<ScenarioRun, 'windows'>>(runs: readonly R[]): R[] {
  return [...runs].sort((a, b) => (b.windows ?? 1) - (a.windows ?? 1));
}
