/**
 * Authentication as GWS does it (S18): HTTP Basic credentials on every request, the HTTP session named
 * by the JSESSIONID cookie (opened on first contact), and the CSRF token announced on a GET
 * (X-CSRF-HEADER / X-CSRF-TOKEN) and required on every write.
 */
import type { IncomingMessage } from 'node:http';
import type { Json } from './faults/index.ts';
import { CSRF_ERROR, HttpError, parseBasic, parseCookies } from './http.ts';
import type { HttpSession, Model } from './model.ts';

export interface Authenticated {
  session: HttpSession;
  /** Headers the answer carries: a new session cookie, the CSRF token on a GET. */
  headers: Record<string, string>;
}

/**
 * Authenticates a GWS API request. `csrf`: the protection is on (the token is announced);
 * `enforceCsrf`: a write without the session's token is refused (off under the csrf-not-enforced fault).
 */
export function authenticate(model: Model, req: IncomingMessage, write: boolean, csrf: boolean, enforceCsrf: boolean): Authenticated {
  const basic = parseBasic(req.headers.authorization);
  const agent = basic ? model.authenticate(basic.username, basic.password) : undefined;
  if (!agent) {
    // INFERRED: 401 with statusCode 20 (User not authenticated, S17).
    throw new HttpError(401, { statusCode: 20, statusMessage: 'User not authenticated' } as Json, {
      'WWW-Authenticate': 'Basic realm="GWS"',
    });
  }
  const existing = model.sessions.get(parseCookies(req.headers.cookie).JSESSIONID ?? '');
  if (write && enforceCsrf) {
    if (!existing || existing.agent !== agent || req.headers['x-csrf-token'] !== existing.csrfToken) {
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
