/**
 * SendMessage's catalogue of faults and variants: what each fault declares it breaks, written out here
 * on purpose (a fault added, removed or declared on other requirements changes the self-test's bar, and
 * must change this table with it, in review); every variant breaks nothing. That each fault is detected
 * on exactly these requirements is the self-test's to prove (helpers/proof/self-test.test.ts).
 */
import { expect, test } from '@playwright/test';
import { SEND_MESSAGE_SIMULATED } from './index.ts';

const DECLARED: Readonly<Record<string, readonly string[]>> = {
  'sendmessage-statuscode-nonzero': ['SENDMESSAGE-RESP-01', 'SENDMESSAGE-ERR-04'],
  'sendmessage-http-500': ['SENDMESSAGE-HTTP-01', 'SENDMESSAGE-ERR-04'],
  'sendmessage-messagelogupdated-missing': ['SENDMESSAGE-SEQ-01', 'SENDMESSAGE-ERR-04'],
  'sendmessage-messagelogupdated-duplicated': ['SENDMESSAGE-SEQ-01'],
  'sendmessage-wrong-channel': ['SENDMESSAGE-CHANNEL-01'],
  'sendmessage-timestamp-undocumented': ['SENDMESSAGE-SCHEMA-01'],
  'sendmessage-other-chat': ['SENDMESSAGE-CHAT-01', 'SENDMESSAGE-SEQ-01', 'SENDMESSAGE-ERR-04'],
  'sendmessage-entry-type-wrong': ['SENDMESSAGE-ENTRY-01'],
  'sendmessage-text-trimmed': ['SENDMESSAGE-TEXT-01'],
  'sendmessage-text-escaped': ['SENDMESSAGE-TEXT-01'],
  'sendmessage-from-customer': ['SENDMESSAGE-FROM-01'],
  'sendmessage-visibility-other': ['SENDMESSAGE-VIS-01'],
  'sendmessage-index-restarts': ['SENDMESSAGE-INDEX-01'],
  'sendmessage-timestamp-backwards': ['SENDMESSAGE-TIME-01'],
  'sendmessage-extra-notification': ['SENDMESSAGE-QUIET-01'],
  'sendmessage-customer-never-sees': ['SENDMESSAGE-CUSTOMER-01'],
  'sendmessage-unknown-id-succeeds': ['SENDMESSAGE-ERR-01'],
  'sendmessage-without-text-accepted': ['SENDMESSAGE-ERR-02'],
  'sendmessage-offered-chat-accepted': ['SENDMESSAGE-ERR-03'],
  'sendmessage-refusal-changes-state': ['SENDMESSAGE-ERR-04'],
  'sendmessage-refusal-notifies': ['SENDMESSAGE-ERR-04'],
  'sendmessage-error-statuscodes-generic': ['SENDMESSAGE-CODE-01'],
};

test('every fault of SendMessage declares exactly the requirements written here', () => {
  expect(Object.fromEntries(SEND_MESSAGE_SIMULATED.faults.map((f) => [f.name, [...f.breaks]]))).toEqual(DECLARED);
});

test('every legal variant of SendMessage breaks nothing, the documented includeMessageType echo and index gaps among them', () => {
  for (const v of SEND_MESSAGE_SIMULATED.variants) expect(v.breaks, v.name).toEqual([]);
  expect(SEND_MESSAGE_SIMULATED.variants.map((v) => v.name)).toEqual(
    expect.arrayContaining(['sendmessage-messagetype-echoed', 'sendmessage-index-gap']),
  );
});
