/**
 * The credential checks on transcripts: a refusal is what the docs name (HTTP 401, or statusCode 20),
 * nothing else. A success, an HTTP 500, a 404 or a 200 without statusCode is not a refusal; a gateway's
 * answer decides nothing; a request without answer is not judged.
 */

import { expect, test } from '@playwright/test';
import type { Finding, HttpEvent, Transcript } from '../../../helpers/contract/generated/payloads.ts';
import { judgeTranscript } from '../../../helpers/judges/judge.ts';
import { decisionFor } from '../../../helpers/judges/verdicts.ts';
import { acceptScenario, SEED_CHAT, TranscriptBuilder } from '../../../helpers/proof/seed-transcript.ts';
import { SUITE } from '../../index.ts';
import { noOrUnknownCredentialsRefused, wrongPasswordRefused } from './security.ts';

type Answer = Pick<HttpEvent, 'response' | 'error'>;

/** A security transcript of the credentials group, each probe answered as given. */
function credentials(answers: Record<string, Answer | undefined>): Transcript {
  const b = new TranscriptBuilder();
  b.step('offer', 'agent1');
  for (const [probe, answer] of Object.entries(answers)) {
    b.events.push({ kind: 'note', at: b.at(), actor: 'agent1', text: `step: probe ${probe}`, data: { step: 'probe', probe } });
    if (answer)
      b.events.push({
        kind: 'http',
        actor: 'agent1',
        at: b.at(),
        durationMs: 1,
        request: { method: 'GET', path: `/api/v2/me/chats/${SEED_CHAT}`, headers: {} },
        ...answer,
      });
  }
  b.step('quiet-end');
  return b.transcript(acceptScenario({ kind: 'security', probes: Object.keys(answers) }));
}

const json = { 'content-type': 'application/json' };
const answered = (status: number, body?: unknown): Answer => ({
  response: { status, headers: json, ...(body === undefined ? {} : { body }) },
});
const REFUSED = answered(401, { statusCode: 20, statusMessage: 'User not authenticated' });

/** The findings of one check on a transcript whose wrong-password probe got `answer`. */
function wrongPassword(answer: Answer | undefined): Finding[] {
  const t = credentials({ 'wrong-password': answer });
  return wrongPasswordRefused.run({ transcript: t, scenario: t.scenario });
}

test.describe('a request with bad credentials', () => {
  test('is refused by HTTP 401, or by statusCode 20 whatever the HTTP status', () => {
    for (const answer of [REFUSED, answered(401), answered(401, '<html>Unauthorized</html>'), answered(200, { statusCode: 20 })])
      expect(decisionFor(wrongPassword(answer), 'ACCEPT-AUTH-01'), JSON.stringify(answer)).toBe('PASS');
  });

  test('answered otherwise it is not refused as documented: a success, an HTTP 500, a 404, a 200 without statusCode all FAIL', () => {
    const cases: [Answer, RegExp][] = [
      [answered(200, { statusCode: 0, chat: {} }), /HTTP 200 .*: served/],
      [answered(500, { statusCode: 4, statusMessage: 'Internal error' }), /HTTP 500 .*neither HTTP 401 nor statusCode 20/],
      [answered(404, { statusCode: 6, statusMessage: 'Chat not found' }), /HTTP 404 .*neither HTTP 401 nor statusCode 20/],
      [answered(200, { chat: {} }), /HTTP 200 .*neither HTTP 401 nor statusCode 20/],
      [answered(403, 'Forbidden'), /HTTP 403 .*neither HTTP 401 nor statusCode 20/],
    ];
    for (const [answer, observed] of cases) {
      const findings = wrongPassword(answer);
      expect(decisionFor(findings, 'ACCEPT-AUTH-01'), JSON.stringify(answer)).toBe('FAIL');
      expect(findings[0].observed).toMatch(observed);
    }
  });

  test("a gateway's 502, 503 or 504 (recorded with the drive's error) is INCONCLUSIVE, never a verdict on the server", () => {
    for (const status of [502, 503, 504]) {
      const gateway: Answer = {
        ...answered(status, '<html>Bad Gateway</html>'),
        error: `a gateway answered HTTP ${status} instead of the target`,
      };
      const findings = wrongPassword(gateway);
      expect(decisionFor(findings, 'ACCEPT-AUTH-01')).toBe('INCONCLUSIVE');
      expect(findings[0].observed).toMatch(/^the run could not decide: .*a gateway answered HTTP 50\d/);
      // The same status without the drive's mark, say in a transcript edited by hand: still the network's.
      expect(decisionFor(wrongPassword(answered(status)), 'ACCEPT-AUTH-01')).toBe('INCONCLUSIVE');
      // Judged as a whole, the transcript is INCONCLUSIVE: the drive recorded a failure of the way there.
      const all = judgeTranscript(SUITE, credentials({ 'wrong-password': gateway }));
      expect(new Set(all.map((f) => f.verdict))).toEqual(new Set(['INCONCLUSIVE']));
    }
  });

  test('a request without answer is not judged', () => {
    expect(decisionFor(wrongPassword(undefined), 'ACCEPT-AUTH-01')).toBe('NOT DECIDED');
  });

  test('each probe of a requirement counts: one refused, one answered HTTP 500, is a FAIL', () => {
    const t = credentials({ 'no-credentials': REFUSED, 'unknown-user': answered(500, { statusCode: 4, statusMessage: 'NPE' }) });
    const findings = noOrUnknownCredentialsRefused.run({ transcript: t, scenario: t.scenario });
    expect(decisionFor(findings, 'ACCEPT-AUTH-03')).toBe('FAIL');
  });
});
