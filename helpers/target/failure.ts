/**
 * What failed, and which setting is involved: a failed request or connection described in one line
 * that names the server, the error, the setting to check and, where there is one, the fix. A target or
 * network failure is never a contract failure; this is what the INCONCLUSIVE verdict says about it.
 */

/** Connection errors: the server cannot be reached at that address. */
const UNREACHABLE: Record<string, string> = {
  ECONNREFUSED: 'refused the connection',
  ENOTFOUND: 'has a host name that does not resolve',
  EAI_AGAIN: 'has a host name that could not be resolved now',
  ECONNRESET: 'reset the connection',
  EHOSTUNREACH: 'is unreachable',
  ENETUNREACH: 'is on an unreachable network',
  ETIMEDOUT: 'did not accept the connection in time',
  UND_ERR_CONNECT_TIMEOUT: 'did not accept the connection in time',
  UND_ERR_SOCKET: 'closed the connection',
};

/** TLS errors: the server's certificate is not trusted as it is. */
const UNTRUSTED = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

function codeOf(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

export interface FetchFailure {
  /** The server's origin, e.g. https://gws.example.com */
  origin: string;
  /** The setting that names that server, e.g. GWS_BASE_URL. */
  setting: string;
  timeoutMs: number;
}

/** One line: what a request that got no response tells about the server, and what to check or do. */
export function describeFetchFailure(err: unknown, f: FetchFailure): string {
  const name = (err as { name?: unknown }).name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return `${f.origin} did not answer within ${f.timeoutMs} ms: check ${f.setting}, or raise GWS_REQUEST_TIMEOUT_MS for a slow server`;
  }
  const code = codeOf(err);
  if (code && UNREACHABLE[code]) return `${f.origin} ${UNREACHABLE[code]} (${code}): check ${f.setting}`;
  if (code && UNTRUSTED.has(code)) {
    return `TLS: the certificate of ${f.origin} is not trusted (${code}): if your server's certificate comes from your own CA, run with NODE_EXTRA_CA_CERTS=/path/to/ca.pem; check ${f.setting}`;
  }
  const message = err instanceof Error ? `${err.message}${err.cause instanceof Error ? ` (${err.cause.message})` : ''}` : String(err);
  return `${f.origin} gave no response (${code ? `${code}: ` : ''}${message}): check ${f.setting}`;
}

/** An answer's content type, without parameters (charset...). */
function contentTypeOf(headers: Headers): string {
  return (headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
}

/**
 * Did a JSON API answer? A body that is not a JSON object (an HTML page, plain text, nothing) comes from
 * something else at that address: a web server, a proxy's error page, a login portal.
 */
export function answeredJson(r: { body?: unknown }): boolean {
  return typeof r.body === 'object' && r.body !== null;
}

/** What answered instead of the API, in a few words: the status (and where a redirect points), the kind of body and its title or first words. */
export function whatAnswered(r: { status: number; headers: Headers; text: string }): string {
  const type = contentTypeOf(r.headers);
  const html = type === 'text/html' || /^\s*<(!doctype html|html)/i.test(r.text);
  const title = /<title>([^<]{0,80})<\/title>/i.exec(r.text)?.[1]?.trim();
  const words = r.text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60);
  const body = r.text === '' ? 'an empty body' : html ? `an HTML page${title ? ` ("${title}")` : ''}` : `${type || 'a body'} "${words}"`;
  // A redirect (to a login page, to https) is not followed: where it points is what the user needs.
  const location = r.status >= 300 && r.status < 400 ? r.headers.get('location') : null;
  return `HTTP ${r.status}${location ? ` redirecting to ${location.slice(0, 120)}` : ''} with ${body}`;
}
