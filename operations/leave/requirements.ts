/**
 * Leave's requirement catalogue, derived from the Chat Leave page (S4), the notification reference (S14,
 * S15), the GMS Chat API v2 page (S26) and the fact sheet (§4–§7): the answer, the one StatusChange that
 * follows and the chat it shows, the customer's session, and the Leaves that must be refused. The text of
 * a requirement lives here only.
 */
import { CUSTOMER_WRITING_CAPABILITIES } from '../../helpers/contract/capabilities.ts';
import { FACT_SHEET, PAGES } from '../../helpers/judges/catalogue/pages.ts';
import type { Requirement } from '../../helpers/judges/catalogue/requirement.ts';

const PAGE = PAGES.leave.title;
const URL = PAGES.leave.url;

export const LEAVE_CATALOGUE = [
  {
    id: 'LEAVE-HTTP-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: response; ${PAGES.notifications.title}: an accepted asynchronous request answers HTTP 200`,
    url: URL,
    text: 'Leave of a chat the agent is Chatting in answers HTTP 200.',
  },
  {
    id: 'LEAVE-RESP-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: the sample response {"statusCode": 0}; ${PAGES.returnValues.title}: 0 is success`,
    url: URL,
    text: 'The answer to Leave is {"statusCode": 0}.',
  },
  {
    id: 'LEAVE-SEQ-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: notification, agent not in a conference (ChatStateChangeMessage StatusChange)`,
    url: URL,
    text: 'After Leave, exactly one ChatStateChangeMessage StatusChange arrives for the chat.',
  },
  {
    id: 'LEAVE-CHANNEL-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGES.notifications.title}: chat notifications on /v2/me/chats; ${PAGE}: notification`,
    url: PAGES.notifications.url,
    text: 'The notification of Leave arrives on the channel /v2/me/chats.',
  },
  {
    id: 'LEAVE-SCHEMA-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: notification; ${FACT_SHEET} §6.1: the ChatStateChangeMessage and its chat`,
    url: URL,
    text: 'The StatusChange of Leave is a documented ChatStateChangeMessage.',
  },
  {
    id: 'LEAVE-CHAT-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: the notification's chat is the chat left (its id and uri)`,
    url: URL,
    text: 'The StatusChange of Leave names the chat left.',
  },
  {
    id: 'LEAVE-STATE-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: agent not in a conference: the chat LeftChat (${FACT_SHEET} §4.2)`,
    url: URL,
    text: 'The StatusChange of Leave, outside a conference, shows the chat LeftChat.',
  },
  {
    id: 'LEAVE-REFID-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: the sample StatusChange carries referenceId 17; ${PAGES.notifications.title}: referenceId links a notification to its request (${FACT_SHEET} §6.3)`,
    url: URL,
    text: 'The StatusChange caused by Leave carries a referenceId.',
  },
  {
    id: 'LEAVE-CAPS-01',
    level: 'SHOULD',
    status: 'shown',
    source: `${PAGE}: the agent can still update user data, set a disposition and complete "as indicated in capabilities"; the sample's LeftChat capabilities list Complete`,
    url: URL,
    text: 'The StatusChange of Leave offers Complete among its capabilities.',
  },
  {
    id: 'LEAVE-CAPS-02',
    level: 'SHOULD',
    status: 'shown',
    source: `${PAGE}: Leave ends the chat session for the customer; the sample's LeftChat capabilities list none of ${CUSTOMER_WRITING_CAPABILITIES.join(', ')}`,
    url: URL,
    text: `The StatusChange of Leave offers nothing that writes to the customer (${CUSTOMER_WRITING_CAPABILITIES.join(', ')}).`,
  },
  {
    id: 'LEAVE-QUIET-01',
    level: 'SHOULD',
    status: 'documented',
    source: `${PAGE}: one notification follows`,
    url: URL,
    text: 'Nothing but the StatusChange arrives about the chat after Leave.',
  },
  {
    id: 'LEAVE-CUSTOMER-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: outside a conference, Leave ends the chat session for the customer; ${PAGES.gmsChat.title}: refresh says chatEnded`,
    url: URL,
    text: "After Leave outside a conference, the customer's GMS session has ended.",
  },
  {
    id: 'LEAVE-ERR-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGES.returnValues.title}: a failed request answers a non-zero statusCode`,
    url: PAGES.returnValues.url,
    text: 'Leave of an unknown chat id is refused with a non-zero statusCode.',
  },
  {
    id: 'LEAVE-ERR-02',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: the agent leaves a chat it is in; ${FACT_SHEET} §4.3: an offer's capabilities are Accept and Reject`,
    url: URL,
    text: 'Leave of a chat only offered to the agent (not accepted) is refused with a non-zero statusCode.',
  },
  {
    id: 'LEAVE-ERR-03',
    level: 'MUST',
    status: 'documented',
    source: `${PAGES.returnValues.title}: a failed request changes nothing`,
    url: PAGES.returnValues.url,
    text: 'A refused Leave changes nothing: no notification about the chat, and the chat as it was.',
  },
  {
    id: 'LEAVE-CODE-01',
    level: 'SHOULD',
    status: 'documented',
    source: `${PAGES.returnValues.title}: the meaning of each statusCode`,
    url: PAGES.returnValues.url,
    text: "The statusCode of a refused Leave is one whose meaning the Return Values table gives the refusal's reason.",
  },
] as const satisfies readonly Requirement[];
