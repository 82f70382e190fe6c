/**
 * Authentication as GWS does it (S18): HTTP Basic credentials on every request, the HTTP session named
 * by the JSESSIONID cookie (opened on first contact), and the CSRF token announced on a GET
 * (X-CSRF-HEADER / X-CSRF-TOKEN) and required on every write.
 */
import type { IncomingMessage } from 'node:http';
import { CSRF_ERROR, HttpError, parseBasic, parseCookies } from './http.ts';
import type { Agent, HttpSession, Model } from './model.ts';
import type { Json } from './operations/plan.ts';

export interface Authenticated {
  session: HttpSession;
  /** Headers the answer carries: a new session cookie, the CSRF token on a GET. */
  headers: Record<string, string>;
}

/** How authentication behaves: as GWS does, or with one of the catalogue's faults. */
export interface AuthPolicy {
  /** CSRF protection is on: the token is announced on a GET. */
  csrf: boolean;
  /** A write without the session's token is refused (off under the csrf-not-enforced fault). */
  enforceCsrf: boolean;
  /** Variant other-open-choices: a valid session cookie authenticates the request, whatever its Basic header says. */
  sessionDecides?: boolean;
  /** Fault csrf-token-not-compared: any token is taken for the session's. */
  anyToken?: boolean;
  /** Fault csrf-token-not-bound: a token of any session is taken. */
  anySessionsToken?: boolean;
  /** Fault csrf-without-session: without a cookie, the agent's session is found by its token. */
  sessionByToken?: boolean;
  /** Fault credentials-fall-back: no credentials, or an unknown user, is served as the first agent (a default principal). */
  fallBackToDefaultAgent?: boolean;
  /** Fault credentials-refused-as-500: a request that is not authenticated fails as an internal error, not as a refusal. */
  refusalAsServerError?: boolean;
}

/** Authenticates a GWS API request: Basic credentials, then the session and, on a write, its CSRF token. */
export function authenticate(model: Model, req: IncomingMessage, write: boolean, policy: AuthPolicy): Authenticated {
  const { csrf, enforceCsrf } = policy;
  const cookieSession = model.sessions.get(parseCookies(req.headers.cookie).JSESSIONID ?? '');
  const basic = parseBasic(req.headers.authorization);
  let agent =
    policy.sessionDecides && cookieSession ? cookieSession.agent : basic ? model.authenticate(basic.username, basic.password) : undefined;
  if (!agent && policy.fallBackToDefaultAgent && !cookieSession && (!basic || !model.agents.has(basic.username)))
    agent = model.agents.values().next().value;
  if (!agent && policy.refusalAsServerError) throw new HttpError(500, { statusCode: 4, statusMessage: 'Internal error' } as Json);
  if (!agent) {
    // INFERRED: 401 with statusCode 20 (User not authenticated, S17).
    throw new HttpError(401, { statusCode: 20, statusMessage: 'User not authenticated' } as Json, {
      'WWW-Authenticate': 'Basic realm="GWS"',
    });
  }
  const token = req.headers['x-csrf-token'];
  const existing =
    cookieSession ??
    (policy.sessionByToken ? [...model.sessions.values()].find((s) => s.agent === agent && s.csrfToken === token) : undefined);
  if (write && enforceCsrf) {
    const tokenOk =
      (policy.anyToken && typeof token === 'string' && token !== '') ||
      (policy.anySessionsToken && [...model.sessions.values()].some((s) => s.csrfToken === token)) ||
      token === existing?.csrfToken;
    if (!existing || existing.agent !== agent || !tokenOk) {
      throw new HttpError(403, null, {}, CSRF_ERROR);
    }
  }
  const headers: Record<string, string> = {};
  let session = existing && existing.agent === agent ? existing : undefined;
  if (!session) {
    session = model.newSession(agent);
    headers['Set-Cookie'] = `JSESSIONID=${session.id}; Path=/; HttpOnly`;
  }
  if (csrf && !write) {
    headers['X-CSRF-HEADER'] = 'X-CSRF-TOKEN';
    headers['X-CSRF-TOKEN'] = session.csrfToken;
  }
  return { session, headers };
}

/** The authenticated HTTP session a request carries (its JSESSIONID, and no one else's credentials). */
export function sessionOf(model: Model, request: IncomingMessage | undefined): HttpSession | undefined {
  if (!request) return undefined;
  const session = model.sessions.get(parseCookies(request.headers.cookie).JSESSIONID ?? '');
  if (!session) return undefined;
  const basic = parseBasic(request.headers.authorization);
  if (basic && basic.username !== session.agent.username) return undefined; // credentials of someone else
  return session;
}

/**
 * How the CometD endpoint authenticates: a Basic header, when a request carries one, must hold the right
 * password (else HTTP 401), and a handshake needs the agent's authenticated HTTP session. The
 * other-open-choices variant lets a valid session cookie decide, whatever the header says (GWS's own web
 * clients handshake on the cookie); the handshake-password-unchecked fault takes the user the header
 * names, whatever its password, session or not.
 */
export interface CometdAuth {
  sessionDecides: boolean;
  passwordUnchecked: boolean;
}

/** Whether a request to the CometD endpoint passes its Basic credentials (none is fine: the session decides). */
export function cometdCredentialsOk(model: Model, req: IncomingMessage, auth: CometdAuth): boolean {
  const basic = parseBasic(req.headers.authorization);
  if (!basic || model.authenticate(basic.username, basic.password)) return true;
  if (auth.passwordUnchecked && model.agents.has(basic.username)) return true;
  return auth.sessionDecides && sessionOf(model, req) !== undefined;
}

/** The agent a CometD handshake belongs to: its HTTP session's (under the fault, the user the header names), or nobody. */
export function handshakeAgent(model: Model, req: IncomingMessage | undefined, auth: CometdAuth): Agent | undefined {
  const http = sessionOf(model, req);
  if (http) return http.agent;
  const basic = auth.passwordUnchecked && req ? parseBasic(req.headers.authorization) : undefined;
  return basic ? model.agents.get(basic.username) : undefined;
}
