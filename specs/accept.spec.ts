/**
 * Accept (POST /api/v2/me/chats/{id}), as the Chat Accept page documents it (seed 000_33ced99414d36d03):
 * a chat is offered → Accept → {"statusCode": 0} → StatusChange, ParticipantsUpdated, MessageLogUpdated
 * on /v2/me/chats, and nothing else. The scenario is driven once per worker (fixture acceptRun) and
 * each test reads the verdicts of the requirements it names.
 */
import { test } from './fixtures.ts';
import { tags, verdicts } from './verdicts.ts';

const OFFER = ['ACCEPT-OFFER-01'];
const RESPONSE = ['ACCEPT-HTTP-01', 'ACCEPT-RESP-01', 'ACCEPT-RESP-02'];
const SEQUENCE = ['ACCEPT-SEQ-01', 'ACCEPT-SEQ-02', 'ACCEPT-SEQ-03', 'ACCEPT-ORDER-01', 'ACCEPT-CHANNEL-01', 'ACCEPT-SCHEMA-01'];
const CHAT = [
  'ACCEPT-STATE-01',
  'ACCEPT-CAPS-01',
  'ACCEPT-CAPS-02',
  'ACCEPT-REFID-01',
  'ACCEPT-REFID-02',
  'ACCEPT-CHAT-01',
  'ACCEPT-URI-01',
];
const PARTICIPANTS = ['ACCEPT-PART-01', 'ACCEPT-PART-02', 'ACCEPT-ID-01', 'ACCEPT-ID-02', 'ACCEPT-ID-03'];
const HISTORY = ['ACCEPT-LOG-01', 'ACCEPT-LOG-02', 'ACCEPT-LOG-03', 'ACCEPT-LOG-04', 'ACCEPT-LOG-05', 'ACCEPT-LOG-06', 'ACCEPT-LOG-07'];
const QUIET = ['ACCEPT-QUIET-01'];
const ISOLATION = ['ACCEPT-ISOLATION-01', 'ACCEPT-ISOLATION-02'];

test.describe('Accept an offered chat', () => {
  test('the chat is offered by a StatusChange that offers Accept and Reject', { tag: tags(OFFER) }, async ({ acceptRun }, testInfo) => {
    await verdicts(acceptRun, OFFER, testInfo);
  });

  test('the offered chat is accepted: HTTP 200, {"statusCode": 0}, as JSON', { tag: tags(RESPONSE) }, async ({ acceptRun }, testInfo) => {
    await verdicts(acceptRun, RESPONSE, testInfo);
  });

  test(
    'then StatusChange, ParticipantsUpdated and MessageLogUpdated arrive once each, in order, on /v2/me/chats, as documented',
    { tag: tags(SEQUENCE) },
    async ({ acceptRun }, testInfo) => {
      await verdicts(acceptRun, SEQUENCE, testInfo);
    },
  );

  test(
    'the chat is Chatting, with the Chatting capabilities, one referenceId, and its own id and URI',
    { tag: tags(CHAT) },
    async ({ acceptRun }, testInfo) => {
      await verdicts(acceptRun, CHAT, testInfo);
    },
  );

  test(
    'ParticipantsUpdated lists the agent under the nickname sent, and the customer, as the history and the GMS request name them',
    { tag: tags(PARTICIPANTS) },
    async ({ acceptRun }, testInfo) => {
      await verdicts(acceptRun, PARTICIPANTS, testInfo);
    },
  );

  test(
    "MessageLogUpdated carries the complete history, up to the agent's join, in order and visible to all",
    { tag: tags(HISTORY) },
    async ({ acceptRun }, testInfo) => {
      await verdicts(acceptRun, HISTORY, testInfo);
    },
  );

  test('nothing else arrives about the chat through the quiet window', { tag: tags(QUIET) }, async ({ acceptRun }, testInfo) => {
    await verdicts(acceptRun, QUIET, testInfo);
  });

  test('no other agent hears of it, before the Accept or after', { tag: tags(ISOLATION) }, async ({ acceptRun }, testInfo) => {
    await verdicts(acceptRun, ISOLATION, testInfo);
  });
});
