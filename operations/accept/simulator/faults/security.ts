/**
 * Faults that break what the server must refuse: credentials, the session, the CSRF token, the CometD
 * handshake, and clients publishing to other agents (ACCEPT-AUTH, CSRF, BAYEUX, ISOLATION-03). All are
 * behaviour the handlers consult.
 */
import type { AcceptDeviation } from '../deviation.ts';

export const SECURITY_FAULTS: readonly AcceptDeviation[] = [
  {
    name: 'password-not-checked',
    switches: ['password-not-checked'],
    // With the agent's session cookie, serving a wrong password (REST) or accepting its handshake is a
    // choice the docs leave open (AUTH-02, BAYEUX-02); without a session, CometD still wants one.
    breaks: ['ACCEPT-AUTH-01'],
    description: 'Any password is accepted for a known user name, on the REST API and the CometD endpoint',
    rationale: 'A request with wrong credentials is not authenticated (statusCode 20, Return Values page)',
  },
  {
    name: 'credentials-fall-back',
    switches: ['credentials-fall-back'],
    breaks: ['ACCEPT-AUTH-03'],
    description:
      'A request without credentials, or from an unknown user, and no session is served as the first agent (a default principal)',
    rationale: 'A request without valid credentials is not authenticated (statusCode 20, Return Values page)',
  },
  {
    name: 'credentials-refused-as-500',
    switches: ['credentials-refused-as-500'],
    breaks: ['ACCEPT-AUTH-01', 'ACCEPT-AUTH-02', 'ACCEPT-AUTH-03'],
    description: 'A request with wrong or missing credentials fails as an internal error: HTTP 500 {"statusCode": 4}, not a refusal',
    rationale: 'A request that is not authenticated is refused: statusCode 20, user not authenticated (Return Values page); HTTP 401',
  },
  {
    name: 'csrf-token-not-compared',
    switches: ['csrf-token-not-compared'],
    breaks: ['ACCEPT-CSRF-02', 'ACCEPT-CSRF-03'],
    description: 'Any non-empty X-CSRF-TOKEN is taken for the session token',
    rationale: 'A write with an invalid token answers HTTP 403 "Missing or invalid Csrf token" (CSRF Protection page)',
  },
  {
    name: 'csrf-token-not-bound',
    switches: ['csrf-token-not-bound'],
    breaks: ['ACCEPT-CSRF-03'],
    description: 'A token issued to any session is accepted, not only the session its cookie names',
    rationale: 'The token belongs to the HTTP session it was issued in (CSRF Protection page)',
  },
  {
    name: 'csrf-without-session',
    switches: ['csrf-without-session'],
    breaks: ['ACCEPT-CSRF-04'],
    description: "A write without the session cookie is accepted when its token is one of the agent's sessions'",
    rationale: 'Without the session cookie, writes fail with HTTP 403 (CSRF Protection page)',
  },
  {
    name: 'handshake-anonymous',
    switches: ['handshake-anonymous'],
    breaks: ['ACCEPT-BAYEUX-01'],
    description: 'A CometD handshake without credentials and without a session is accepted',
    rationale: 'The CometD handshake carries the credentials and the session cookie (sample clients; fact sheet §3)',
  },
  {
    name: 'handshake-password-unchecked',
    switches: ['handshake-password-unchecked'],
    breaks: ['ACCEPT-BAYEUX-02'],
    description:
      'The CometD endpoint opens a session for the user its Basic header names without checking the password, with or without a session cookie',
    rationale:
      'The CometD handshake carries the credentials (sample clients; fact sheet §3): a wrong password with no session authenticates nobody',
  },
  {
    name: 'client-publish-broadcast',
    switches: ['client-publish-broadcast'],
    breaks: ['ACCEPT-ISOLATION-03'],
    description: "A client's publish on /v2/me/chats is accepted and reaches every agent subscribed to /v2/me/chats",
    rationale: "/v2/me/... topics carry the user's own notifications (CometD notifications page)",
  },
];
