/**
 * Requirements of Accepts that must fail: the error cases (one chat each), the invalid values of the
 * validation scenario (one chat, one after another), two Accepts at once, and the statusCodes.
 */

import { FACT_SHEET, PAGES } from '../../../helpers/judges/catalogue/pages.ts';
import type { Requirement } from '../../../helpers/judges/catalogue/requirement.ts';

const SEED = PAGES.accept.title;

export const ERROR_REQUIREMENTS = [
  {
    id: 'ACCEPT-ERR-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGES.returnValues.title}: an operation on a resource that does not exist fails (statusCode 6, resource not found)`,
    url: PAGES.returnValues.url,
    text: 'Accept of an unknown chat id answers a non-zero statusCode with a statusMessage.',
  },
  {
    id: 'ACCEPT-ERR-02',
    level: 'MUST',
    status: 'documented',
    source: `${SEED}: nickname is a parameter of Accept (only saveLAR is marked optional); ${PAGES.returnValues.title}: statusCode 1`,
    url: PAGES.accept.url,
    text: 'Accept without nickname answers a non-zero statusCode with a statusMessage.',
  },
  {
    id: 'ACCEPT-ERR-03',
    level: 'MUST',
    status: 'documented',
    source: `${SEED}: a Chatting chat does not offer the Accept capability; ${PAGES.returnValues.title}`,
    url: PAGES.accept.url,
    text: 'Accept of a chat that is already accepted answers a non-zero statusCode.',
  },
  {
    id: 'ACCEPT-ERR-04',
    level: 'MUST',
    status: 'documented',
    source: `${SEED} ("accepts an incoming chat"); ${PAGES.returnValues.title}: statusCode 3, 5 or 6`,
    url: PAGES.accept.url,
    text: 'Accept of a chat offered to another agent answers a non-zero statusCode.',
  },
  {
    id: 'ACCEPT-ERR-05',
    level: 'MUST',
    status: 'documented',
    source: `${PAGES.csrf.title}: with CSRF protection on, a write without the token answers HTTP 403 "Missing or invalid Csrf token"`,
    url: PAGES.csrf.url,
    text: 'With CSRF protection on, Accept without the X-CSRF-TOKEN header answers HTTP 403.',
  },
  {
    id: 'ACCEPT-ERR-06',
    level: 'MUST',
    status: 'documented',
    source: `${PAGES.returnValues.title}: an error means nothing was changed`,
    url: PAGES.returnValues.url,
    text: 'After a failed Accept nothing has changed: no notification arrives and the chat can still be accepted.',
  },
  {
    id: 'ACCEPT-ERR-12',
    level: 'MUST',
    status: 'documented',
    source: `${SEED}: a Chatting chat does not offer the Accept capability; ${PAGES.returnValues.title}: an error means nothing was changed`,
    url: PAGES.accept.url,
    text: 'Two Accepts of one offered chat sent at the same moment: exactly one succeeds, and one sequence of notifications arrives.',
  },
  {
    id: 'ACCEPT-CODE-01',
    level: 'SHOULD',
    status: 'documented',
    source: `${PAGES.returnValues.title}: 1 required parameter missing, 2 invalid for the current state, 3 forbidden, 5 no permission, 6 not found, 10 invalid value (which fitting code each Accept error gets is an open choice: ${FACT_SHEET} §7.2)`,
    url: PAGES.returnValues.url,
    text: 'The statusCode of a failed Accept has a meaning in the Return Values table that names its reason (unknown chat 6, missing parameter 1, invalid value 10, wrong state 2, ...); where several meanings fit, any of them (an open choice).',
  },
  {
    id: 'ACCEPT-CODE-02',
    level: 'MUST',
    status: 'documented',
    source: `${PAGES.returnValues.title}: on error the body holds a statusCode and a statusMessage; ${SEED}: failure is {"statusCode": n > 0, "statusMessage": details}`,
    url: PAGES.returnValues.url,
    text: "Every failed Accept answers a non-zero statusCode with a statusMessage (the CSRF filter's documented text aside).",
  },
  {
    id: 'ACCEPT-CODE-03',
    level: 'SHOULD',
    status: 'shown',
    source: `${PAGES.returnValues.title}: the statusCode and statusMessage are the body of every response; ${SEED}: the page shows a failure as the JSON {"statusCode": n > 0, "statusMessage": details}; JSON's media type is application/json (RFC 8259; ${FACT_SHEET} §2)`,
    url: PAGES.returnValues.url,
    text: 'The answer to a failed Accept is served as JSON (Content-Type application/json).',
  },
  {
    id: 'ACCEPT-ERR-07',
    level: 'SHOULD',
    status: 'documented',
    source: `${PAGES.returnValues.title}: an error is a non-zero statusCode and means nothing was changed; ${SEED}: after a successful Accept the chat's notifications arrive; nickname is the name displayed to the customer, with no bound on its value (refused or accepted: an open choice)`,
    url: PAGES.accept.url,
    text: "Accept with an empty nickname either fails with a non-zero statusCode and changes nothing, or accepts the chat as any Accept does (statusCode 0, then the chat's notifications): which, the docs leave open.",
  },
  {
    id: 'ACCEPT-ERR-08',
    level: 'SHOULD',
    status: 'documented',
    source: `${PAGES.returnValues.title}: an error is a non-zero statusCode and means nothing was changed; ${SEED}: after a successful Accept the chat's notifications arrive; nickname is a name, with no JSON type (refused, or taken as text: an open choice)`,
    url: PAGES.accept.url,
    text: "Accept with a nickname that is not a string either fails with a non-zero statusCode and changes nothing, or accepts the chat as any Accept does (statusCode 0, then the chat's notifications): which, the docs leave open.",
  },
  {
    id: 'ACCEPT-ERR-09',
    level: 'SHOULD',
    status: 'documented',
    source: `${SEED}: saveLAR: "Possible values are true or false"; ${PAGES.returnValues.title}: 10 input validation error (a value out of range), and an error means nothing was changed`,
    url: PAGES.accept.url,
    text: 'Accept with saveLAR other than true or false fails with a non-zero statusCode and changes nothing.',
  },
  {
    id: 'ACCEPT-ERR-10',
    level: 'MUST',
    status: 'documented',
    source: `${SEED}: operationName Accept is a parameter of the operation; ${PAGES.returnValues.title}: 1 required parameter missing`,
    url: PAGES.returnValues.url,
    text: 'A chat operation without operationName fails with a non-zero statusCode and changes nothing.',
  },
  {
    id: 'ACCEPT-ERR-11',
    level: 'SHOULD',
    status: 'documented',
    source: `${PAGES.features.title}: an operation the server does not offer answers an invalid-operation error; ${PAGES.returnValues.title}: an error means nothing was changed`,
    url: PAGES.returnValues.url,
    text: 'A chat operation with an unknown operationName fails with a non-zero statusCode and changes nothing.',
  },
] as const satisfies readonly Requirement[];
