/**
 * The choices the docs leave open: where no page states or shows one answer, a server may answer either
 * way, and no requirement holds it to the suite's own reading (the one the embedded simulator makes).
 * A check that meets the other answer reports it as an open choice (INFO, `open` names it here): listed
 * apart in the summary with why both answers are legal and what no page says; never NON-STRICT, never a
 * failure, in either profile. What the docs do state around it stays a requirement (the statusCode's
 * meaning, a refusal's form, an error that changes nothing).
 */
import type { OpenChoice } from '../../../helpers/judges/catalogue/open-choice.ts';
import { FACT_SHEET } from '../../../helpers/judges/catalogue/pages.ts';

export const OPEN_CHOICES = [
  {
    name: 'error-code-reading',
    requirement: 'ACCEPT-CODE-01',
    question: "which statusCode an Accept error gets where the Return Values table's meanings fit several",
    reasoning:
      'the table gives each statusCode a meaning, and several fit some errors: an empty nickname is a required parameter missing (1) or an input validation error (10); an Accept of an accepted chat is invalid for the current state (2) or forbidden (3); a value of the wrong type an input validation error (10) or a parameter invalid (2); a chat offered to another agent forbidden (3), no permission (5) or not found (6). Any code whose meaning fits names the reason',
    gap: `no page says which code each Accept error gets (${FACT_SHEET} §7.2)`,
  },
  {
    name: 'credentials-beside-session',
    requirement: 'ACCEPT-AUTH-02',
    question: "whether a request carrying the agent's valid session cookie and a wrong password is refused or served on the session",
    reasoning:
      "the sample clients send Basic credentials on every request (C1, C2) and the server keeps an authenticated HTTP session (S18): a server may check the header on every request, or take the session as the authentication, as GWS's own web clients, which send the cookie alone, need",
    gap: `no page says which of the two decides (${FACT_SHEET} §2: that the server requires the credentials on each call is inferred)`,
  },
  {
    name: 'handshake-on-session',
    requirement: 'ACCEPT-BAYEUX-02',
    question:
      "whether a CometD handshake carrying the agent's valid session cookie and a wrong password is refused or accepted on the session",
    reasoning:
      "the sample clients send the Basic credentials and the session cookie on the handshake (C1, C2); GWS's own web clients handshake on the session cookie alone, so a server may take the session as the authentication, or check the header too",
    gap: `no page says how the server authenticates a handshake (${FACT_SHEET} §3: the server-side requirement is inferred)`,
  },
  {
    name: 'empty-nickname',
    requirement: 'ACCEPT-ERR-07',
    question: 'whether an Accept with an empty nickname is refused or accepts the chat',
    reasoning:
      'the Accept page says the nickname is the agent nickname as displayed to the customer, and sets no bound on its value: a server may refuse an empty one (statusCode 1 or 10) or accept the chat with it',
    gap: `the Accept page (S1) states no value range for nickname (${FACT_SHEET} §5)`,
  },
  {
    name: 'nickname-type',
    requirement: 'ACCEPT-ERR-08',
    question: 'whether an Accept whose nickname is not a JSON string is refused or accepts the chat with it as text',
    reasoning:
      'the Accept page names the nickname a name and prints its value unquoted (a placeholder), with no JSON type: a server that reads JSON leniently (as Java binders do by default) takes 42 as "42", a strict one refuses it (statusCode 10)',
    gap: `the Accept page (S1) gives no JSON type for nickname (${FACT_SHEET} §8: the sample request is not valid JSON)`,
  },
] as const satisfies readonly OpenChoice[];
