/**
 * SendMessage's requirement catalogue, derived from the Chat SendMessage page (S8), the notification
 * reference (S14, S15), the GMS Chat API v2 page (S26) and the fact sheet (§5, §6.2, §7): the answer, the
 * one MessageLogUpdated that follows and the entry it carries, what the customer reads, and the
 * SendMessages that must be refused. The text of a requirement lives here only.
 */

import { entryIndexRequirement, entryTimeRequirement } from '../../helpers/judges/catalogue/entry-operation.ts';
import { FACT_SHEET, PAGES } from '../../helpers/judges/catalogue/pages.ts';
import type { Requirement } from '../../helpers/judges/catalogue/requirement.ts';
import { SEND_MESSAGE } from './operation.ts';

const PAGE = PAGES.sendMessage.title;
const URL = PAGES.sendMessage.url;

export const SEND_MESSAGE_CATALOGUE = [
  {
    id: 'SENDMESSAGE-HTTP-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: response; ${PAGES.notifications.title}: an accepted asynchronous request answers HTTP 200`,
    url: URL,
    text: 'SendMessage in a chat the agent is Chatting in answers HTTP 200.',
  },
  {
    id: 'SENDMESSAGE-RESP-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: the sample response {"statusCode": 0}; ${PAGES.returnValues.title}: 0 is success`,
    url: URL,
    text: 'The answer to SendMessage is {"statusCode": 0}.',
  },
  {
    id: 'SENDMESSAGE-SEQ-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: notification (MessageLogUpdated, NewMessages)`,
    url: URL,
    text: 'After SendMessage, exactly one MessageLogUpdated NewMessages arrives for the chat.',
  },
  {
    id: 'SENDMESSAGE-CHANNEL-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGES.notifications.title}: chat notifications on /v2/me/chats; ${PAGE}: notification`,
    url: PAGES.notifications.url,
    text: 'The notification of SendMessage arrives on the channel /v2/me/chats.',
  },
  {
    id: 'SENDMESSAGE-SCHEMA-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: the sample notification; ${FACT_SHEET} §6.2`,
    url: URL,
    text: 'The MessageLogUpdated of SendMessage is a documented MessageLogUpdated, its entry a documented transcript entry.',
  },
  {
    id: 'SENDMESSAGE-CHAT-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: the notification's chatUri is the chat's (${FACT_SHEET} §6.2)`,
    url: URL,
    text: 'The MessageLogUpdated of SendMessage names the chat the message was sent in.',
  },
  {
    id: 'SENDMESSAGE-ENTRY-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: the sample notification carries one message of type Text`,
    url: URL,
    text: 'The MessageLogUpdated of SendMessage carries one entry, of type Text.',
  },
  {
    id: 'SENDMESSAGE-TEXT-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: text, the message to send; the sample's entry carries it`,
    url: URL,
    text: 'The entry carries the text exactly as sent: Unicode, spacing and markup untouched.',
  },
  {
    id: 'SENDMESSAGE-FROM-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: the agent sends the message; the sample's entry is from the agent (nickname, type Agent, participantId)`,
    url: URL,
    text: "The entry is from the agent's participant in the chat: its participantId, type Agent and the nickname it accepted with.",
  },
  {
    id: 'SENDMESSAGE-VIS-01',
    level: 'SHOULD',
    status: 'shown',
    source: `${PAGE}: the sample's entry has "visibility": "All" (${FACT_SHEET} §5)`,
    url: URL,
    text: 'The entry of SendMessage has visibility All.',
  },
  entryIndexRequirement(SEND_MESSAGE),
  entryTimeRequirement(SEND_MESSAGE),
  {
    id: 'SENDMESSAGE-QUIET-01',
    level: 'SHOULD',
    status: 'documented',
    source: `${PAGE}: one notification follows`,
    url: URL,
    text: 'Nothing but the MessageLogUpdated arrives about the chat after SendMessage.',
  },
  {
    id: 'SENDMESSAGE-CUSTOMER-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: the message goes to the chat; ${PAGES.gmsChat.title}: refresh returns the transcript`,
    url: PAGES.gmsChat.url,
    text: "The customer's GMS transcript shows the message once, as sent, from the agent.",
  },
  {
    id: 'SENDMESSAGE-ERR-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGES.returnValues.title}: a failed request answers a non-zero statusCode`,
    url: PAGES.returnValues.url,
    text: 'SendMessage of an unknown chat id is refused with a non-zero statusCode.',
  },
  {
    id: 'SENDMESSAGE-ERR-02',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: text is the message; ${PAGES.returnValues.title}: a required parameter missing`,
    url: PAGES.returnValues.url,
    text: 'SendMessage without text is refused with a non-zero statusCode.',
  },
  {
    id: 'SENDMESSAGE-ERR-03',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: SendMessage in a chat the agent is Chatting in; ${FACT_SHEET} §4.3: an offer's capabilities are Accept and Reject`,
    url: URL,
    text: 'SendMessage in a chat only offered to the agent (not accepted) is refused with a non-zero statusCode.',
  },
  {
    id: 'SENDMESSAGE-ERR-04',
    level: 'MUST',
    status: 'documented',
    source: `${PAGES.returnValues.title}: a failed request changes nothing`,
    url: PAGES.returnValues.url,
    text: 'A refused SendMessage changes nothing: no notification about the chat, the chat as it was, and a SendMessage with text still succeeds.',
  },
  {
    id: 'SENDMESSAGE-CODE-01',
    level: 'SHOULD',
    status: 'documented',
    source: `${PAGES.returnValues.title}: the meaning of each statusCode`,
    url: PAGES.returnValues.url,
    text: "The statusCode of a refused SendMessage is one whose meaning the Return Values table gives the refusal's reason.",
  },
] as const satisfies readonly Requirement[];
