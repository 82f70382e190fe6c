/**
 * Reject's catalogue of faults and variants: what each fault declares it breaks, written out here on
 * purpose (a fault added, removed or declared on other requirements changes the self-test's bar, and
 * must change this table with it, in review); every variant breaks nothing. That each fault is detected
 * on exactly these requirements is the self-test's to prove (helpers/proof/self-test.test.ts).
 */
import { expect, test } from '@playwright/test';
import { REJECT_SIMULATED } from './index.ts';

const DECLARED: Readonly<Record<string, readonly string[]>> = {
  'reject-statuscode-nonzero': ['REJECT-RESP-01', 'REJECT-ERR-04'],
  'reject-http-500': ['REJECT-HTTP-01', 'REJECT-ERR-04'],
  'reject-statuschange-missing': ['REJECT-SEQ-01', 'REJECT-ERR-04'],
  'reject-statuschange-duplicated': ['REJECT-SEQ-01'],
  'reject-wrong-channel': ['REJECT-CHANNEL-01'],
  'reject-chat-uri-missing': ['REJECT-SCHEMA-01'],
  'reject-other-chat-id': ['REJECT-CHAT-01', 'REJECT-SEQ-01', 'REJECT-ERR-04'],
  'reject-state-not-completed': ['REJECT-STATE-01'],
  'reject-referenceid-missing': ['REJECT-REFID-01'],
  'reject-participants-listed': ['REJECT-PART-01'],
  'reject-capabilities-kept': ['REJECT-CAPS-01'],
  'reject-extra-notification': ['REJECT-QUIET-01'],
  'reject-offered-back': ['REJECT-ROUTE-02'],
  'reject-not-offered-again': ['REJECT-ROUTE-01'],
  'reject-unknown-id-succeeds': ['REJECT-ERR-01'],
  'reject-accepted-chat-rejected': ['REJECT-ERR-02'],
  'reject-other-agents-offer-accepted': ['REJECT-ERR-03'],
  'reject-refusal-changes-state': ['REJECT-ERR-04'],
  'reject-error-statuscodes-generic': ['REJECT-CODE-01'],
};

test('every fault of Reject declares exactly the requirements written here', () => {
  expect(Object.fromEntries(REJECT_SIMULATED.faults.map((f) => [f.name, [...f.breaks]]))).toEqual(DECLARED);
});

test("every legal variant of Reject breaks nothing, and the page's two answers are among them", () => {
  for (const v of REJECT_SIMULATED.variants) expect(v.breaks, v.name).toEqual([]);
  expect(REJECT_SIMULATED.variants.map((v) => v.name)).toEqual(expect.arrayContaining(['reject-answers-status-0', 'reject-answers-empty']));
});
