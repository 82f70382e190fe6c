/**
 * Every documented sample passes: judged offline as a transcript (helpers/proof/documented-samples.ts),
 * no requirement of its operation FAILs, is NON-STRICT or INCONCLUSIVE, and the ones about its
 * notification are decided. The same sample with its notification broken FAILs: the test can fail.
 */
import { expect, test } from '@playwright/test';
import { SUITE } from '../../operations/index.ts';
import { judgeTranscript } from '../judges/judge.ts';
import { DOCUMENTED_SAMPLES, sampleTranscript } from './documented-samples.ts';

const bad = (verdict: string) => verdict === 'FAIL' || verdict === 'NON-STRICT' || verdict === 'INCONCLUSIVE';

for (const sample of DOCUMENTED_SAMPLES) {
  test(`the documented sample of ${sample.source} passes`, () => {
    const findings = judgeTranscript(SUITE, sampleTranscript(sample));
    const prefix = SUITE.operations.find((o) => o.name === sample.operation)!.prefix;
    expect(findings.filter((f) => bad(f.verdict)).map((f) => `${f.requirement}: expected ${f.expected}; observed ${f.observed}`)).toEqual(
      [],
    );
    const passed = new Set(findings.filter((f) => f.verdict === 'PASS').map((f) => f.requirement));
    for (const id of [`${prefix}-HTTP-01`, `${prefix}-RESP-01`, `${prefix}-SEQ-01`, `${prefix}-SCHEMA-01`, `${prefix}-CHAT-01`])
      expect(passed, id).toContain(id);
  });
}

test('a documented sample whose notification names another chat FAILs', () => {
  for (const sample of DOCUMENTED_SAMPLES) {
    const broken = structuredClone(sample);
    const n = broken.notification as { chat?: { id?: string; uri?: string }; chatUri?: string; chatPath?: string };
    if (n.chat) Object.assign(n.chat, { id: 'ANOTHER', uri: 'http://localhost:8080/api/v2/chats/ANOTHER' });
    else {
      n.chatUri = 'http://localhost:8080/api/v2/chats/ANOTHER';
      if (n.chatPath) n.chatPath = '/chats/ANOTHER';
    }
    const findings = judgeTranscript(SUITE, sampleTranscript(broken));
    expect(
      findings.some((f) => f.verdict === 'FAIL'),
      sample.source,
    ).toBe(true);
  }
});
