/**
 * One HTTP request and its whole answer, on Node's own http and https clients (keep-alive, as their
 * global agents have it). The GWS and GMS clients used fetch before: the same exchange cost about three
 * times the CPU there, and a run makes a thousand of them beside the simulator in one process.
 *
 * What the target answered is what the caller sees: a redirect is returned as it came (the caller
 * names where it points), never followed. A compressed body (a server may compress though the request
 * does not ask it) is decompressed. Failures are Node's errors (their `code`: ECONNREFUSED, ENOTFOUND,
 * a TLS code), and a `TimeoutError` when no whole answer came within `timeoutMs`: what
 * helpers/target/failure.ts describes.
 */
import http from 'node:http';
import https from 'node:https';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

export interface HttpExchangeRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  /** The body sent, as text. */
  body?: string;
  /** The whole exchange, the answer's body included. */
  timeoutMs: number;
}

export interface HttpExchangeAnswer {
  status: number;
  headers: Headers;
  text: string;
}

/** Names the suite in the target's logs, as a browser or curl names itself. */
const USER_AGENT = 'gws-chat-conformance';

function timeoutError(ms: number): Error {
  return Object.assign(new Error(`no whole answer within ${ms} ms`), { name: 'TimeoutError' });
}

/** The body as sent, decoded where the server compressed it. */
function decoded(body: Buffer, encoding: string | undefined): string {
  const e = (encoding ?? '').trim().toLowerCase();
  if (e === 'gzip' || e === 'x-gzip') return gunzipSync(body).toString('utf8');
  if (e === 'deflate') return inflateSync(body).toString('utf8');
  if (e === 'br') return brotliDecompressSync(body).toString('utf8');
  return body.toString('utf8');
}

/** The answer's headers, every value kept (Set-Cookie each on its own, as getSetCookie() returns them). */
function headersOf(raw: string[]): Headers {
  const headers = new Headers();
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i], raw[i + 1]);
  return headers;
}

/** Methods a client may send again on its own: nothing changes on the server by them (RFC 9110 9.2.2). */
const IDEMPOTENT_READS = new Set(['GET', 'HEAD']);

/**
 * The exchange; a GET or HEAD sent on a kept-alive connection that the server or a proxy had closed
 * meanwhile (reset before any answer: the race every keep-alive client meets) is sent once more, on
 * another connection, as Node's documentation advises. Nothing else is sent again: a POST may have
 * been carried out.
 */
export async function httpExchange(r: HttpExchangeRequest): Promise<HttpExchangeAnswer> {
  try {
    return await exchangeOnce(r);
  } catch (err) {
    if (!(err as { onReusedSocket?: boolean }).onReusedSocket || !IDEMPOTENT_READS.has(r.method.toUpperCase())) throw err;
    return exchangeOnce(r);
  }
}

function exchangeOnce(r: HttpExchangeRequest): Promise<HttpExchangeAnswer> {
  return new Promise((resolve, reject) => {
    const client = r.url.protocol === 'https:' ? https : http;
    const headers: Record<string, string | number> = { 'User-Agent': USER_AGENT, ...r.headers };
    if (r.body !== undefined) headers['Content-Length'] = Buffer.byteLength(r.body);
    let settled = false;
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      reject(err);
    };
    const request = client.request(r.url, { method: r.method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', fail);
      // Closed before its end: the connection was cut in the middle of the answer.
      response.on('close', () => {
        if (!response.complete) fail(Object.assign(new Error('the answer was cut before its end'), { code: 'ECONNRESET' }));
      });
      response.on('end', () => {
        if (settled) return;
        let answer: HttpExchangeAnswer;
        try {
          const text = decoded(Buffer.concat(chunks), response.headers['content-encoding']);
          answer = { status: response.statusCode ?? 0, headers: headersOf(response.rawHeaders), text };
        } catch (err) {
          // A body that does not decode, a header a Headers object refuses: no usable answer.
          fail(err as Error);
          return;
        }
        settled = true;
        clearTimeout(timer);
        resolve(answer);
      });
    });
    const timer = setTimeout(() => fail(timeoutError(r.timeoutMs)), r.timeoutMs);
    request.on('error', (err: Error & { code?: string }) => {
      // Reset before any answer, on a connection kept alive from an earlier exchange.
      const stale = request.reusedSocket && err.code === 'ECONNRESET';
      fail(stale ? Object.assign(err, { onReusedSocket: true }) : err);
    });
    request.end(r.body);
  });
}
