/**
 * SendMessage's scenarios, as data: how each is judged (its checks, the requirements a transcript
 * decides) and driven (its runs, each with the tests of the specs that read it).
 */
import type { ConversationId } from '../../../helpers/judges/catalogue/conversation-requirements.ts';
import { restViewChecks, restViewTest } from '../../../helpers/judges/conditions/rest-view.ts';
import { errorScenario } from '../../../helpers/scenarios/error-scenario.ts';
import { chattingRefusalWindows } from '../../../helpers/scenarios/refusal-scenario.ts';
import type { ScenarioDef } from '../../../helpers/scenarios/scenario.ts';
import { CASE_REQUIREMENT, SEND_MESSAGE_CHECKS, SEND_MESSAGE_ERROR_CHECKS } from '../checks.ts';
import { SEND_MESSAGE_STEP, type SendMessageId } from '../judging.ts';
import { SEND_MESSAGE, type SendMessageErrorCase } from '../operation.ts';
import { MESSAGE_TEXT } from './text.ts';

// The drivers load when a run is driven: listing the scenarios needs none.
const drivers = { send: () => import('./send-message.ts'), errors: () => import('../../../helpers/scenarios/refusal-drive.ts') };

const SEND_TESTS: { title: string; requirements: (SendMessageId | ConversationId)[] }[] = [
  {
    title: 'the agent sends a message in its chat: HTTP 200, {"statusCode": 0}',
    requirements: ['SENDMESSAGE-HTTP-01', 'SENDMESSAGE-RESP-01'],
  },
  {
    title: 'then one MessageLogUpdated arrives on /v2/me/chats, as documented, naming the chat, and nothing else',
    requirements: ['SENDMESSAGE-SEQ-01', 'SENDMESSAGE-CHANNEL-01', 'SENDMESSAGE-SCHEMA-01', 'SENDMESSAGE-CHAT-01', 'SENDMESSAGE-QUIET-01'],
  },
  {
    title:
      "its one Text entry carries the text exactly as sent, from the agent's participant, visible to all, continuing the transcript's indices and times",
    requirements: [
      'SENDMESSAGE-ENTRY-01',
      'SENDMESSAGE-TEXT-01',
      'SENDMESSAGE-FROM-01',
      'SENDMESSAGE-VIS-01',
      'SENDMESSAGE-INDEX-01',
      'SENDMESSAGE-TIME-01',
    ],
  },
  { title: "the customer's GMS transcript shows the message once, as sent, from the agent", requirements: ['SENDMESSAGE-CUSTOMER-01'] },
  restViewTest(false),
];

const ERROR_TITLES: Record<SendMessageErrorCase, string> = {
  'unknown-id': 'SendMessage in an unknown chat id is refused and changes nothing',
  'missing-text': 'SendMessage without text is refused; a SendMessage with text still succeeds',
  offered: 'SendMessage in a chat only offered to the agent is refused; the chat stays offered',
};

/** The request of the scenarios: SendMessage with the text that tries what a server could alter. */
const WITH_TEXT = { operationName: 'SendMessage', text: MESSAGE_TEXT } as const;

const sendMessage: ScenarioDef = {
  kind: 'send-message',
  operation: SEND_MESSAGE.name,
  subject: { layout: 'sequence', steps: [SEND_MESSAGE_STEP], cause: SEND_MESSAGE_STEP },
  title: 'Send a message in an accepted chat',
  checks: [...SEND_MESSAGE_CHECKS, ...restViewChecks(SEND_MESSAGE)],
  runs: [
    {
      name: 'send-message',
      drive: async (target) => (await drivers.send()).driveSendMessage(target),
      tests: SEND_TESTS,
      shared: true,
      windows: 2,
    },
  ],
  whole: [{ name: 'send-message', drive: async (target, hooks) => (await drivers.send()).driveSendMessage(target, hooks) }],
  conversation: { step: SEND_MESSAGE_STEP, body: WITH_TEXT },
};

const sendMessageError = errorScenario({
  operation: SEND_MESSAGE,
  kind: 'send-message-error',
  title: 'SendMessage that must be refused',
  step: SEND_MESSAGE_STEP,
  checks: SEND_MESSAGE_ERROR_CHECKS,
  caseRequirement: CASE_REQUIREMENT,
  everyCase: ['SENDMESSAGE-ERR-04', 'SENDMESSAGE-CODE-01'],
  titles: ERROR_TITLES,
  retries: true,
  windows: chattingRefusalWindows(SEND_MESSAGE.errors.map((e) => e.name)),
  // Each case as every operation on a Chatting chat drives it; without text, then with it (retry-send-message).
  drive: async (target, probe: SendMessageErrorCase) =>
    (await drivers.errors()).driveChattingRefusal(target, SEND_MESSAGE, 'send-message-error', SEND_MESSAGE_STEP, WITH_TEXT, probe),
});

export const SEND_MESSAGE_SCENARIOS: readonly ScenarioDef[] = [sendMessage, sendMessageError];
