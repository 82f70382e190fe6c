/**
 * The cause of a failed request names the server, what went wrong, the setting to check, and the fix
 * where there is one (TLS: a certificate of your own CA goes in NODE_EXTRA_CA_CERTS).
 */
import { expect, test } from '@playwright/test';
import { describeFetchFailure, whatAnswered } from './failure.ts';

const GWS = { origin: 'https://gws.example.com', setting: 'GWS_BASE_URL', timeoutMs: 15_000 };
const GMS = { origin: 'http://gms.example.com:8080', setting: 'GMS_BASE_URL', timeoutMs: 15_000 };

/** fetch's errors: a TypeError("fetch failed") whose cause carries the code. */
function fetchFailed(code: string, message = code): Error {
  const cause = Object.assign(new Error(message), { code });
  return new TypeError('fetch failed', { cause });
}

test('a refused connection names the server and its setting', () => {
  expect(describeFetchFailure(fetchFailed('ECONNREFUSED'), GMS)).toBe(
    'http://gms.example.com:8080 refused the connection (ECONNREFUSED): check GMS_BASE_URL',
  );
  expect(describeFetchFailure(fetchFailed('ENOTFOUND'), GWS)).toBe(
    'https://gws.example.com has a host name that does not resolve (ENOTFOUND): check GWS_BASE_URL',
  );
});

test('an untrusted certificate says how to trust your own CA', () => {
  for (const code of ['SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE']) {
    const text = describeFetchFailure(fetchFailed(code, 'self-signed certificate in certificate chain'), GWS);
    expect(text).toBe(
      `TLS: the certificate of https://gws.example.com is not trusted (${code}): if your server's certificate comes from your own CA, run with NODE_EXTRA_CA_CERTS=/path/to/ca.pem; check GWS_BASE_URL`,
    );
  }
});

test('no answer in time names the timeout setting', () => {
  const timeout = Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' });
  expect(describeFetchFailure(timeout, GWS)).toBe(
    'https://gws.example.com did not answer within 15000 ms: check GWS_BASE_URL, or raise GWS_REQUEST_TIMEOUT_MS for a slow server',
  );
});

test('anything else still names the server, the error and the setting', () => {
  expect(describeFetchFailure(new TypeError('fetch failed', { cause: new Error('bad port') }), GWS)).toBe(
    'https://gws.example.com gave no response (fetch failed (bad port)): check GWS_BASE_URL',
  );
});

test('what answered instead of the API: a redirect names where it points (it is not followed)', () => {
  const moved = { status: 302, headers: new Headers({ Location: 'https://sso.example.com/login' }), text: '' };
  expect(whatAnswered(moved)).toBe('HTTP 302 redirecting to https://sso.example.com/login with an empty body');
  const page = { status: 404, headers: new Headers({ 'Content-Type': 'text/html' }), text: '<html><title>Not here</title></html>' };
  expect(whatAnswered(page)).toBe('HTTP 404 with an HTML page ("Not here")');
});
