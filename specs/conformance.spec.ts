/**
 * The conformance tests, from the operations' declarations (operations/index.ts): for each scenario, a
 * describe; for each of its runs, its tests, each tagged with the requirements it decides (`--grep
 * @ACCEPT-SEQ-02`) and showing their verdicts. Each run is driven once per worker and read by its
 * tests; on the embedded simulator with one worker, every run is driven side by side from the start
 * (specs/fixtures.ts).
 */
import { operationDeclaredReason, operationsDeclaredOff } from '../helpers/judges/declared.ts';
import { SUITE } from '../operations/index.ts';
import { test } from './fixtures.ts';
import { notApplicable, tags, verdicts } from './verdicts.ts';

const declaredOff = operationsDeclaredOff();
/**
 * Tests of a scenario whose runs are not shared spread over the workers and shards (parallel mode): each
 * a test group of its own. With one worker and no shard (the command's default) there is nowhere to
 * spread them, and each group costs the worker a copy of the whole file with every test's id hashed
 * again (Playwright's bindFileSuiteToProject): about 60 groups of 130 tests, a third of a second of CPU.
 */
const spread = process.env.GWS_RUN_WORKERS !== '1' || process.env.GWS_RUN_SHARD !== undefined;

for (const scenario of SUITE.scenarios) {
  const shared = scenario.runs.some((r) => r.shared);

  test.describe(scenario.title, () => {
    // A shared run's tests stay together in one worker, in order, on its one drive; the others spread.
    if (!shared && spread) test.describe.configure({ mode: 'parallel' });
    for (const run of scenario.runs)
      for (const t of run.tests)
        test(t.title, { tag: tags(t.requirements) }, async ({ runOf }, testInfo) => {
          // An operation the profile declares the server does not offer: not driven, NOT APPLICABLE by name.
          const operation = t.operation ?? scenario.operation;
          if (declaredOff.has(operation)) return notApplicable([...t.requirements], operationDeclaredReason(operation), testInfo);
          const result = await runOf(run, testInfo.retry > 0);
          await verdicts(result, [...t.requirements], testInfo);
        });
  });
}
