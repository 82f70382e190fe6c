/**
 * The import rule: one direction of imports, checked in `npm test` (npm run lint:imports).
 *
 *   entry points (helpers/cli)
 *     → specs, scenarios, proof (self-test), bench, report
 *       → target (clients, CometD, configuration) and evidence (transcript, redaction)
 *         → judges (requirement catalogue, checks, verdicts)
 *           → contract (schemas, validator, generated types, documented constants)
 *
 * The chat operations (operations/<name>/: each one's declaration, requirements, checks, scenarios) sit on
 * the machinery and below reporting: they use the contract, judges, evidence, target and scenario
 * drive, never one another, and the machinery never imports them. Only the composition (entry points,
 * specs, proof, bench, tests) reads them, through their registry, operations/index.ts, and hands the
 * machinery the suite assembled from it.
 *
 * The simulator uses the contract tooling and the one redaction function, nothing of the suite's
 * clients, judges or reports. The suite reaches the simulator only through the module that starts it,
 * helpers/target/embedded-simulator.ts, and that module only through simulator/index.ts. An operation's
 * simulator part (operations/<name>/simulator/) is built with simulator/kit.ts only.
 *
 * Tests (*.test.ts, and simulator/tests/) may set up whatever layer they need (a judge's test applies
 * the simulator's fault catalogue, say), but they too reach the simulator only through its front door,
 * and never import an entry point (those run as processes). No cycles anywhere.
 *
 * Each layer rule names what a layer may import; everything else under helpers/, specs/ and
 * simulator/ is forbidden to it. Packages and node: built-ins are free.
 */

/** Files under helpers/ whose folder is not one of `folders`, and specs/ and simulator/ unless listed. */
function outside(folders, { specs = false, simulator = false } = {}) {
  const others = [`helpers/(?!(${folders.join('|')})/)`];
  if (!specs) others.push('specs/');
  if (!simulator) others.push('simulator/');
  return `^(${others.join('|')})`;
}

const TEST = '\\.test\\.ts$';
/** The simulator's tests and their support (simulator/tests/): clients of the simulator, not part of it. */
const SIMULATOR_TESTS = '^simulator/(tests/|.*\\.test\\.ts$)';

/** A layer of helpers/ may import only from its own folder and `allowed` (and `also`: specs/, simulator/). */
function layer(name, allowed, comment, also = {}) {
  return {
    name: `${name}-imports-only-${allowed.join('-') || 'itself'}`,
    comment,
    severity: 'error',
    from: { path: `^helpers/${name}/`, pathNot: TEST },
    to: { path: outside([name, ...allowed], also) },
  };
}

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle ties modules together so that neither can change alone: break it with a module both can use.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that does not resolve to a file or a package.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    layer(
      'contract',
      [],
      'The contract tooling (schemas, validator, generated types, documented constants) is the bottom layer: it imports nothing of the suite.',
    ),
    layer('build', [], "Building the run's bundle (esbuild) reads the sources as files: it imports nothing of the suite."),
    layer(
      'judges',
      ['contract'],
      'Judges are pure functions from a transcript to findings: they read the contract and nothing that drives or reports.',
    ),
    layer(
      'evidence',
      ['contract'],
      'Evidence (the transcript recorder, redaction, the secrets scan) records what happened; it never judges or drives.',
    ),
    layer(
      'target',
      ['contract', 'judges', 'evidence'],
      'Talking to a target (clients, CometD, configuration, the embedded simulator) records evidence; it does not drive scenarios or report.',
      { simulator: true },
    ),
    layer('scenarios', ['contract', 'judges', 'evidence', 'target'], 'Scenario drivers drive a target and record; they do not report.'),
    layer(
      'report',
      ['contract', 'judges', 'evidence', 'compare'],
      'Reporting turns verdicts into reports (and compares them with a baseline); it does not drive a target.',
    ),
    layer(
      'compare',
      ['contract', 'judges', 'evidence'],
      'Comparing two runs reads their summaries and transcripts; it drives no target and judges nothing again.',
    ),
    layer(
      'proof',
      ['contract', 'judges', 'evidence', 'target', 'scenarios', 'compare', 'build'],
      "Proving the suite: the self-test drives the scenarios against the simulator's faults; the mutation engine judges broken copies of recorded transcripts.",
    ),
    layer(
      'bench',
      ['contract', 'judges', 'evidence', 'target', 'scenarios', 'compare', 'build'],
      'The benchmark measures the suite and the simulator; it does not report verdicts.',
    ),
    layer(
      'cli',
      ['contract', 'judges', 'evidence', 'target', 'scenarios', 'report', 'compare', 'proof', 'bench', 'build'],
      'Entry points call library code of any layer, never a spec.',
    ),
    {
      name: 'machinery-never-imports-an-operation',
      comment:
        'The machinery (contract, judges, evidence, target, scenarios, report, compare, the simulator) is generic over the operations: it is handed the suite, and names no operation. Entry points (simulator/cli.ts among them) and tests compose.',
      severity: 'error',
      from: {
        path: '^(helpers/(contract|judges|evidence|target|scenarios|report|compare)/|simulator/)',
        pathNot: `(${TEST})|(${SIMULATOR_TESTS})|^simulator/cli\\.ts$`,
      },
      to: { path: '^operations/' },
    },
    {
      name: 'composition-reads-operations-through-their-registry',
      comment:
        'Entry points, specs, proof and bench read the operations through operations/index.ts, the registry: adding an operation is its folder and one line there.',
      severity: 'error',
      from: { path: '^(helpers/(proof|bench|cli)/|specs/|simulator/cli\\.ts$)', pathNot: TEST },
      to: { path: '^operations/(?!index\\.ts$)' },
    },
    {
      name: 'an-operation-stands-alone',
      comment: 'An operation is a folder of its own: it never imports another operation, nor the registry that lists it.',
      severity: 'error',
      from: { path: '^operations/([^/]+)/', pathNot: TEST },
      to: { path: '^operations/', pathNot: '^operations/$1/' },
    },
    {
      name: 'operations-use-the-machinery-below-reporting',
      comment:
        'An operation declares what the docs say and how to drive and judge it: contract, judges, evidence, target, scenarios; never reporting, comparison, proof, the bench, an entry point or a spec.',
      severity: 'error',
      from: { path: '^operations/', pathNot: TEST },
      to: { path: '^(helpers/(report|compare|proof|bench|cli)/|specs/)' },
    },
    {
      name: 'operations-reach-the-simulator-through-its-kit',
      comment:
        "An operation's simulator part (its handler, faults and variants) is built with simulator/kit.ts, none of the simulator's internals; an operation's test may also start one through simulator/index.ts.",
      severity: 'error',
      from: { path: '^operations/', pathNot: TEST },
      to: { path: '^simulator/(?!kit\\.ts$)' },
    },
    {
      name: 'operation-tests-use-the-simulator-front-doors',
      comment: "An operation's tests start the simulator through simulator/index.ts and build with simulator/kit.ts, nothing else of it.",
      severity: 'error',
      from: { path: `^operations/.*${TEST}` },
      to: { path: '^simulator/(?!(kit|index)\\.ts$)' },
    },
    {
      name: 'only-an-operations-simulator-part-uses-the-simulator',
      comment:
        "An operation's declaration, checks and scenarios are for any server: only its simulator/ folder (and its index.ts, which hands that part on) knows the simulator.",
      severity: 'error',
      from: { path: '^operations/[^/]+/(?!simulator/|index\\.ts$)', pathNot: TEST },
      to: { path: '^simulator/' },
    },
    {
      name: 'specs-import-only-scenarios-and-below',
      comment:
        'The conformance specs read as the scenario: they use the drivers, judges, target, evidence, contract and reporting, never an entry point, the self-test or the benchmark.',
      severity: 'error',
      from: { path: '^specs/', pathNot: TEST },
      to: { path: '^helpers/(cli|proof|bench)/' },
    },
    {
      name: 'nothing-imports-an-entry-point',
      comment: 'Entry points (helpers/cli, simulator/cli.ts) are the top: they run as processes, nothing imports them.',
      severity: 'error',
      from: {},
      to: { path: '^(helpers/cli/|simulator/cli\\.ts$)' },
    },
    {
      name: 'simulator-uses-only-contract-and-redaction',
      comment:
        "The simulator uses the contract tooling (generated types, documented constants, the timestamp format) and the one redaction function; nothing of the suite's clients, judges or reports.",
      severity: 'error',
      from: { path: '^simulator/', pathNot: SIMULATOR_TESTS },
      to: { path: '^(helpers/(?!contract/|evidence/redact\\.ts$)|specs/)' },
    },
    {
      name: 'simulator-tests-drive-it-as-a-client',
      comment:
        'Tests of the simulator drive it from outside, as any client does: through the target clients, the recorder and the contract, never the judges or the reports.',
      severity: 'error',
      from: { path: SIMULATOR_TESTS },
      to: { path: '^(helpers/(?!(contract|evidence|target)/)|specs/)' },
    },
    {
      name: 'suite-reaches-simulator-only-through-embedded-simulator',
      comment:
        'The suite meets servers it has never seen: only helpers/target/embedded-simulator.ts (the module that starts the simulator) may import it.',
      severity: 'error',
      from: { path: '^(helpers|specs)/', pathNot: '^helpers/target/embedded-simulator\\.ts$' },
      to: { path: '^simulator/' },
    },
    {
      name: 'embedded-simulator-uses-the-simulator-front-door',
      comment: "helpers/target/embedded-simulator.ts imports the simulator's public face, simulator/index.ts, and none of its internals.",
      severity: 'error',
      from: { path: '^helpers/target/embedded-simulator\\.ts$' },
      to: { path: '^simulator/(?!index\\.ts$)' },
    },
  ],
  options: {
    // TypeScript 7 has no compiler API for dependency-cruiser to parse with: swc parses the sources.
    parser: 'swc',
    // Type-only imports count: a layer must not even name the types of a layer above it.
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    moduleSystems: ['es6'],
    // Packages that declare only `exports` (ESM, no `main`: @allurereport/core) resolve as node does.
    enhancedResolveOptions: {
      extensions: ['.ts', '.js', '.json'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
