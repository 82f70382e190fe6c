/**
 * Complete's catalogue of faults and variants: what each fault declares it breaks, written out here on
 * purpose (a fault added, removed or declared on other requirements changes the self-test's bar, and
 * must change this table with it, in review); every variant breaks nothing. That each fault is detected
 * on exactly these requirements is the self-test's to prove (helpers/proof/self-test.test.ts).
 */
import { expect, test } from '@playwright/test';
import { COMPLETE_SIMULATED } from './index.ts';

const DECLARED: Readonly<Record<string, readonly string[]>> = {
  'complete-statuscode-nonzero': ['COMPLETE-RESP-01'],
  'complete-http-500': ['COMPLETE-HTTP-01'],
  'complete-statuschange-missing': ['COMPLETE-SEQ-01'],
  'complete-statuschange-duplicated': ['COMPLETE-SEQ-01'],
  'complete-wrong-channel': ['COMPLETE-CHANNEL-01'],
  'complete-chat-uri-missing': ['COMPLETE-SCHEMA-01'],
  'complete-other-chat-id': ['COMPLETE-CHAT-01', 'COMPLETE-SEQ-01'],
  'complete-state-chatting': ['COMPLETE-STATE-01'],
  'complete-referenceid-string': ['COMPLETE-REFID-01', 'COMPLETE-SCHEMA-01'],
  'complete-capabilities-kept': ['COMPLETE-CAPS-01'],
  'complete-extra-notification': ['COMPLETE-QUIET-01'],
  'complete-customer-kept-open': ['COMPLETE-CUSTOMER-01'],
  'complete-capacity-kept': ['COMPLETE-NEXT-01'],
  'complete-unknown-id-succeeds': ['COMPLETE-ERR-01'],
  'complete-offered-chat-accepted': ['COMPLETE-ERR-02'],
  'complete-twice-succeeds': ['COMPLETE-ERR-03'],
  'complete-refusal-changes-state': ['COMPLETE-ERR-04'],
  'complete-error-statuscodes-generic': ['COMPLETE-CODE-01'],
};

test('every fault of Complete declares exactly the requirements written here', () => {
  expect(Object.fromEntries(COMPLETE_SIMULATED.faults.map((f) => [f.name, [...f.breaks]]))).toEqual(DECLARED);
});

test("every legal variant of Complete breaks nothing, the sample's missing referenceId's other reading among them", () => {
  for (const v of COMPLETE_SIMULATED.variants) expect(v.breaks, v.name).toEqual([]);
  expect(COMPLETE_SIMULATED.variants.map((v) => v.name)).toEqual(expect.arrayContaining(['complete-referenceid']));
});
