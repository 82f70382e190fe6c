/**
 * Complete's requirement catalogue, derived from the Chat Complete page (S3), the notification reference
 * (S14, S15), the GMS Chat API v2 page (S26) and the fact sheet (§4–§7): the answer, the one StatusChange
 * that follows and the chat it shows, the customer's session, the agent's capacity, and the Completes
 * that must be refused. The text of a requirement lives here only.
 */
import { FACT_SHEET, PAGES } from '../../helpers/judges/catalogue/pages.ts';
import type { Requirement } from '../../helpers/judges/catalogue/requirement.ts';

const PAGE = PAGES.complete.title;
const URL = PAGES.complete.url;

export const COMPLETE_CATALOGUE = [
  {
    id: 'COMPLETE-HTTP-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: response; ${PAGES.notifications.title}: an accepted asynchronous request answers HTTP 200`,
    url: URL,
    text: 'Complete of a chat the agent is Chatting in answers HTTP 200.',
  },
  {
    id: 'COMPLETE-RESP-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: the sample response {"statusCode": 0}; ${PAGES.returnValues.title}: 0 is success`,
    url: URL,
    text: 'The answer to Complete is {"statusCode": 0}.',
  },
  {
    id: 'COMPLETE-SEQ-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: notification (ChatStateChangeMessage StatusChange)`,
    url: URL,
    text: 'After Complete, exactly one ChatStateChangeMessage StatusChange arrives for the chat.',
  },
  {
    id: 'COMPLETE-CHANNEL-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGES.notifications.title}: chat notifications on /v2/me/chats; ${PAGE}: notification`,
    url: PAGES.notifications.url,
    text: 'The notification of Complete arrives on the channel /v2/me/chats.',
  },
  {
    id: 'COMPLETE-SCHEMA-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: the sample notification; ${PAGES.accept.title}: the ChatStateChangeMessage it shares`,
    url: URL,
    text: 'The StatusChange of Complete is a documented ChatStateChangeMessage.',
  },
  {
    id: 'COMPLETE-CHAT-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: the notification's chat is the completed one`,
    url: URL,
    text: 'The StatusChange of Complete names the completed chat.',
  },
  {
    id: 'COMPLETE-STATE-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: the sample's chat is Completed (${FACT_SHEET} §4.2)`,
    url: URL,
    text: 'The StatusChange of Complete shows the chat Completed.',
  },
  {
    id: 'COMPLETE-REFID-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: the sample's StatusChange has no referenceId; ${PAGES.notifications.title}: referenceId links a notification to its request (${FACT_SHEET} §6.3)`,
    url: URL,
    text: 'The StatusChange of Complete carries no referenceId (as the sample), or an integer one.',
  },
  {
    id: 'COMPLETE-CAPS-01',
    level: 'SHOULD',
    status: 'shown',
    source: `${PAGE}: the sample's StatusChange has no capabilities (${FACT_SHEET} §4.3)`,
    url: URL,
    text: 'The StatusChange of Complete offers no capabilities (no key, or an empty list).',
  },
  {
    id: 'COMPLETE-QUIET-01',
    level: 'SHOULD',
    status: 'documented',
    source: `${PAGE}: one notification follows`,
    url: URL,
    text: 'Nothing but the StatusChange arrives about the chat after Complete.',
  },
  {
    id: 'COMPLETE-CUSTOMER-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: Complete ends the customer's session if it is still open; ${PAGES.gmsChat.title}: refresh answers chatEnded`,
    url: URL,
    text: "After Complete, the customer's GMS session has ended: its transcript answers chatEnded true.",
  },
  {
    id: 'COMPLETE-NEXT-01',
    level: 'SHOULD',
    status: 'documented',
    source: `${PAGE}: Complete ends the agent's work on the chat; ${FACT_SHEET} §6.5: routing offers chats to Ready agents (S19, S20)`,
    url: URL,
    text: 'After Complete the agent has room again: a chat left waiting while it was busy is offered to it.',
  },
  {
    id: 'COMPLETE-ERR-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGES.returnValues.title}: a failed request answers a non-zero statusCode`,
    url: PAGES.returnValues.url,
    text: 'Complete of an unknown chat id is refused with a non-zero statusCode.',
  },
  {
    id: 'COMPLETE-ERR-02',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: Complete of a chat the agent is in; ${FACT_SHEET} §4.3: an offer's capabilities are Accept and Reject`,
    url: URL,
    text: 'Complete of a chat only offered to the agent (not accepted) is refused with a non-zero statusCode.',
  },
  {
    id: 'COMPLETE-ERR-03',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}; ${FACT_SHEET} §4.3: a Completed chat has no capabilities`,
    url: URL,
    text: 'Complete of a chat the agent has already completed is refused with a non-zero statusCode.',
  },
  {
    id: 'COMPLETE-ERR-04',
    level: 'MUST',
    status: 'documented',
    source: `${PAGES.returnValues.title}: a failed request changes nothing`,
    url: PAGES.returnValues.url,
    text: 'A refused Complete changes nothing: no notification about the chat, and the chat as it was.',
  },
  {
    id: 'COMPLETE-CODE-01',
    level: 'SHOULD',
    status: 'documented',
    source: `${PAGES.returnValues.title}: the meaning of each statusCode`,
    url: PAGES.returnValues.url,
    text: "The statusCode of a refused Complete is one whose meaning the Return Values table gives the refusal's reason.",
  },
] as const satisfies readonly Requirement[];
