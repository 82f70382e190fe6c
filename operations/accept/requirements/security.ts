/**
 * Requirements of the security scenario: credentials, the session cookie, the CSRF token, the CometD
 * handshake, and per-agent channels against a client that publishes.
 */

import { FACT_SHEET, PAGES } from '../../../helpers/judges/catalogue/pages.ts';
import type { Requirement } from '../../../helpers/judges/catalogue/requirement.ts';

export const SECURITY_REQUIREMENTS = [
  {
    id: 'ACCEPT-AUTH-01',
    level: 'MUST',
    status: 'documented',
    source: `${PAGES.returnValues.title}: 20 user not authenticated, send credentials; ${PAGES.clients.title}: Basic credentials on every request`,
    url: PAGES.returnValues.url,
    text: 'A request with a wrong password and no session is refused (HTTP 401, or statusCode 20): it reads no chat.',
  },
  {
    id: 'ACCEPT-AUTH-03',
    level: 'MUST',
    status: 'documented',
    source: `${PAGES.returnValues.title}: 20 user not authenticated, send credentials; ${PAGES.clients.title}: Basic credentials on every request`,
    url: PAGES.returnValues.url,
    text: 'A request without credentials, or with a user name the server does not know, and no session is refused (HTTP 401, or statusCode 20): it reads no chat.',
  },
  {
    id: 'ACCEPT-AUTH-02',
    level: 'SHOULD',
    status: 'documented',
    source: `${PAGES.returnValues.title}: 20 user not authenticated (a refusal); ${PAGES.clients.title}: Basic credentials on every request, beside the session cookie (whether the session or the header decides is an open choice: ${FACT_SHEET} §2)`,
    url: PAGES.returnValues.url,
    text: "A request with a wrong password and the agent's session cookie is refused as documented (HTTP 401, or statusCode 20), or served on the session: which, the docs leave open.",
  },
  {
    id: 'ACCEPT-CSRF-02',
    level: 'MUST',
    status: 'documented',
    source: `${PAGES.csrf.title}: a write with a missing or invalid token answers HTTP 403 "Missing or invalid Csrf token"`,
    url: PAGES.csrf.url,
    text: 'With CSRF protection on, Accept with a wrong X-CSRF-TOKEN answers HTTP 403 and changes nothing.',
  },
  {
    id: 'ACCEPT-CSRF-03',
    level: 'MUST',
    status: 'documented',
    source: `${PAGES.csrf.title}: the token belongs to the HTTP session it was issued in`,
    url: PAGES.csrf.url,
    text: "With CSRF protection on, Accept with another session's token answers HTTP 403 and changes nothing.",
  },
  {
    id: 'ACCEPT-CSRF-04',
    level: 'MUST',
    status: 'documented',
    source: `${PAGES.csrf.title}: without the session cookie, writes fail with HTTP 403`,
    url: PAGES.csrf.url,
    text: 'With CSRF protection on, Accept without the session cookie (credentials and token only) answers HTTP 403 and changes nothing.',
  },
  {
    id: 'ACCEPT-BAYEUX-01',
    level: 'SHOULD',
    status: 'shown',
    source: `${PAGES.clients.title}: the CometD handshake carries the credentials and the session cookie (${FACT_SHEET} §3); ${PAGES.notifications.title}: /v2/me/... topics carry the user's own notifications (a client with neither is nobody's)`,
    url: PAGES.clients.url,
    text: 'A CometD handshake without credentials and without a session is refused.',
  },
  {
    id: 'ACCEPT-BAYEUX-02',
    level: 'SHOULD',
    status: 'shown',
    source: `${PAGES.clients.title}: the CometD handshake carries the Basic credentials (${FACT_SHEET} §3); ${PAGES.returnValues.title}: 20 user not authenticated (with the agent's session cookie, whether the session or the header decides is an open choice)`,
    url: PAGES.clients.url,
    text: "A CometD handshake with a wrong password and no session is refused; with the agent's session cookie, it is refused or accepted on the session: which, the docs leave open.",
  },
  {
    id: 'ACCEPT-ISOLATION-03',
    level: 'MUST',
    status: 'documented',
    source: `${PAGES.notifications.title}: /v2/me/... topics carry the user's own notifications`,
    url: PAGES.notifications.url,
    text: "A message one agent's client publishes on /v2/me/chats reaches no other agent.",
  },
] as const satisfies readonly Requirement[];
