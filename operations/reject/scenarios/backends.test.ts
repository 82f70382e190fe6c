/**
 * Reject judged end to end on both Bayeux servers of the simulator: on faye, over WebSocket, the
 * faithful simulator passes every Reject requirement and a sample of faults (those a Bayeux server
 * shapes: the channel, an offer to an agent, a notification missing) is detected on exactly its
 * requirements. The full catalogue on the cometd server is the self-test's, which drives every
 * scenario on faye over long-polling too (helpers/proof/self-test.test.ts).
 */
import { expect, test } from '@playwright/test';
import { judgeTranscript } from '../../../helpers/judges/judge.ts';
import { runSelfTest, SELF_TEST_ENV } from '../../../helpers/proof/self-test.ts';
import { resolveTarget } from '../../../helpers/target/resolve.ts';
import { SUITE } from '../../index.ts';
import { REJECT_SCENARIOS } from './index.ts';

const SAMPLE = ['reject-wrong-channel', 'reject-offered-back', 'reject-statuschange-missing', 'reject-answers-empty'];

// WebSocket: the transport only faye serves (long-polling on faye is the self-test sample's, helpers/proof/self-test.test.ts).
for (const transport of ['websocket'] as const) {
  test(`Reject on the faye backend over ${transport}: the faithful simulator passes, a sample of faults is detected exactly`, async () => {
    test.setTimeout(120_000);
    const env = { GWS_BASE_URL: 'simulator', GWS_SIMULATOR_BAYEUX: 'faye', GWS_COMETD_TRANSPORT: transport };
    const report = await runSelfTest({ parallel: 4, only: SAMPLE, env });
    expect(
      report.rows.filter((r) => !r.ok).map((r) => `${r.name}: expected ${r.expected.join(', ')}, observed ${r.observed.join(', ')}`),
    ).toEqual([]);
    expect(report.rows.map((r) => r.name)).toEqual(expect.arrayContaining(['faithful simulator', ...SAMPLE]));
    // Decided, not merely unbroken: every Reject requirement passes on the faithful simulator.
    const verdicts = new Map<string, string[]>();
    for (const { drive } of REJECT_SCENARIOS.flatMap((sc) => sc.whole)) {
      const { target, stop } = await resolveTarget({ ...SELF_TEST_ENV, ...env }, SUITE.simulated);
      try {
        for (const f of judgeTranscript(SUITE, await drive(target)))
          verdicts.set(f.requirement, [...(verdicts.get(f.requirement) ?? []), f.verdict]);
      } finally {
        await stop();
      }
    }
    const ids = SUITE.requirements.filter((r) => r.id.startsWith('REJECT-')).map((r) => r.id);
    expect(Object.fromEntries(ids.map((id) => [id, [...new Set(verdicts.get(id))]]))).toEqual(
      Object.fromEntries(ids.map((id) => [id, ['PASS']])),
    );
  });
}
