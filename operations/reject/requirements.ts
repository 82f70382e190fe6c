/**
 * Reject's requirement catalogue, derived from the Chat Reject page (S2) and the fact sheet (§4–§7): the
 * answer, the one StatusChange that follows and the chat it shows, where the chat goes next, and the
 * Rejects that must be refused. Each entry: a stable ID, MUST or SHOULD, one sentence, its source and
 * main page, and whether a page states it or a sample shows it. The text of a requirement lives here only.
 */
import { FACT_SHEET, PAGES } from '../../helpers/judges/catalogue/pages.ts';
import type { Requirement } from '../../helpers/judges/catalogue/requirement.ts';

const PAGE = PAGES.reject.title;
const URL = PAGES.reject.url;

export const REJECT_CATALOGUE = [
  {
    id: 'REJECT-HTTP-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: "an empty HTTP 200 response"; ${PAGES.notifications.title}: an accepted asynchronous request answers HTTP 200`,
    url: URL,
    text: 'Reject of a chat offered to the agent answers HTTP 200.',
  },
  {
    id: 'REJECT-RESP-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: the text says an empty response, the sample shows {"status": 0}; ${PAGES.returnValues.title}: {"statusCode": 0} is every operation's success (${FACT_SHEET} §11.4)`,
    url: URL,
    text: 'The answer to a Reject is an empty body, {"status": 0} or {"statusCode": 0}: the page and its sample disagree, and each of the three is legal.',
  },
  {
    id: 'REJECT-SEQ-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: notification (ChatStateChangeMessage StatusChange)`,
    url: URL,
    text: 'After Reject, exactly one ChatStateChangeMessage StatusChange arrives for the chat.',
  },
  {
    id: 'REJECT-CHANNEL-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGES.notifications.title}: chat notifications on /v2/me/chats; ${PAGE}: notification`,
    url: PAGES.notifications.url,
    text: 'The notification of Reject arrives on the channel /v2/me/chats.',
  },
  {
    id: 'REJECT-SCHEMA-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: notification; ${PAGES.accept.title}: the ChatStateChangeMessage it shares`,
    url: URL,
    text: 'The StatusChange of Reject is a documented ChatStateChangeMessage.',
  },
  {
    id: 'REJECT-CHAT-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: the notification's chat is the rejected one`,
    url: URL,
    text: 'The StatusChange of Reject names the rejected chat.',
  },
  {
    id: 'REJECT-STATE-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: notification, chat state Completed (${FACT_SHEET} §4.2)`,
    url: URL,
    text: 'The StatusChange of Reject shows the chat Completed.',
  },
  {
    id: 'REJECT-REFID-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: notification, referenceId (${FACT_SHEET} §6.3)`,
    url: URL,
    text: 'The StatusChange caused by Reject carries a referenceId.',
  },
  {
    id: 'REJECT-PART-01',
    level: 'SHOULD',
    status: 'shown',
    source: `${PAGE}: the sample's StatusChange lists "participants": [] (${FACT_SHEET} §5)`,
    url: URL,
    text: 'The StatusChange of Reject lists no participants.',
  },
  {
    id: 'REJECT-CAPS-01',
    level: 'SHOULD',
    status: 'shown',
    source: `${PAGE}: the sample's StatusChange has no capabilities (${FACT_SHEET} §4.3)`,
    url: URL,
    text: 'The StatusChange of Reject offers no capabilities.',
  },
  {
    id: 'REJECT-QUIET-01',
    level: 'SHOULD',
    status: 'documented',
    source: `${PAGE}: one notification follows a Reject`,
    url: URL,
    text: 'After the StatusChange of Reject nothing else about the chat arrives to the agent that rejected it.',
  },
  {
    id: 'REJECT-ROUTE-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: the chat is offered to another agent (${FACT_SHEET} §5)`,
    url: URL,
    text: 'After Reject, the chat is offered to another Ready agent.',
  },
  {
    id: 'REJECT-ROUTE-02',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: the chat is offered to another agent (${FACT_SHEET} §5)`,
    url: URL,
    text: 'After Reject, the agent that rejected the chat is not offered it again.',
  },
  {
    id: 'REJECT-ERR-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGES.returnValues.title}: a failure is {"statusCode": n > 0, "statusMessage": …}; 6 resource not found`,
    url: PAGES.returnValues.url,
    text: 'Reject of an unknown chat id is refused with a non-zero statusCode.',
  },
  {
    id: 'REJECT-ERR-02',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: an operation of a chat offered to the agent; ${PAGES.returnValues.title}: 2 invalid for the current state, 3 forbidden`,
    url: URL,
    text: 'Reject of a chat the agent has accepted is refused with a non-zero statusCode.',
  },
  {
    id: 'REJECT-ERR-03',
    level: 'MUST',
    status: 'documented',
    source: `${PAGE}: an operation of a chat offered to the agent; ${PAGES.returnValues.title}: 3 forbidden, 5 no permission, 6 not found`,
    url: URL,
    text: 'Reject of a chat offered to another agent is refused with a non-zero statusCode.',
  },
  {
    id: 'REJECT-ERR-04',
    level: 'MUST',
    status: 'documented',
    source: `${PAGES.returnValues.title}: a failed request changes nothing; ${PAGE}`,
    url: PAGES.returnValues.url,
    text: 'A refused Reject changes nothing: no notification about the chat, the chat as it was, and its agent can still reject it.',
  },
  {
    id: 'REJECT-CODE-01',
    level: 'SHOULD',
    status: 'documented',
    source: `${PAGES.returnValues.title}: the meaning of each statusCode`,
    url: PAGES.returnValues.url,
    text: "The statusCode of a refused Reject is one whose meaning the Return Values table gives the refusal's reason.",
  },
] as const satisfies readonly Requirement[];
