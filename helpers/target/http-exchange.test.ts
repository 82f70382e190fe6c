/**
 * The exchange the GWS and GMS clients make: the answer as the target sent it (status, every header,
 * the body decoded), a redirect returned and not followed, and each failure as Node's error that
 * helpers/target/failure.ts describes (refused, cut, no whole answer in time).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { describeFetchFailure } from './failure.ts';
import { httpExchange } from './http-exchange.ts';

async function serve(handler: (req: IncomingMessage, body: string, res: ServerResponse) => void): Promise<{ url: URL; server: Server }> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => handler(req, body, res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v2/me`), server };
}

const close = (server: Server) => {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(resolve));
};

test('the answer as sent: status, every Set-Cookie, the body; the request as given, its length counted', async () => {
  const seen: { method?: string; headers?: IncomingMessage['headers']; body?: string } = {};
  const { url, server } = await serve((req, body, res) => {
    Object.assign(seen, { method: req.method, headers: req.headers, body });
    res.writeHead(200, [
      ['Content-Type', 'application/json'],
      ['Set-Cookie', 'JSESSIONID=one; Path=/'],
      ['Set-Cookie', 'other=two'],
    ]);
    res.end('{"statusCode":0,"text":"Grüße 👋"}');
  });
  try {
    const body = JSON.stringify({ operationName: 'Accept', nickname: 'Agent é' });
    const answer = await httpExchange({ method: 'POST', url, headers: { 'Content-Type': 'application/json' }, body, timeoutMs: 5_000 });
    expect(answer.status).toBe(200);
    expect(answer.headers.getSetCookie()).toEqual(['JSESSIONID=one; Path=/', 'other=two']);
    expect(answer.headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(answer.text)).toEqual({ statusCode: 0, text: 'Grüße 👋' });
    expect(seen.method).toBe('POST');
    expect(seen.body).toBe(body);
    expect(seen.headers?.['content-length']).toBe(String(Buffer.byteLength(body)));
    expect(seen.headers?.['content-type']).toBe('application/json');
  } finally {
    await close(server);
  }
});

test('a compressed body is decoded; a redirect is returned as it came, not followed', async () => {
  let requests = 0;
  const { url, server } = await serve((req, _body, res) => {
    requests++;
    if (req.url === '/api/v2/me') {
      res.writeHead(302, { Location: '/login' });
      res.end();
      return;
    }
    res.writeHead(200, { 'Content-Encoding': 'gzip', 'Content-Type': 'application/json' });
    res.end(gzipSync('{"statusCode":0}'));
  });
  try {
    const moved = await httpExchange({ method: 'GET', url, headers: {}, timeoutMs: 5_000 });
    expect(moved.status).toBe(302);
    expect(moved.headers.get('location')).toBe('/login');
    expect(requests).toBe(1);
    const zipped = await httpExchange({ method: 'GET', url: new URL('/api/v2/me/chats', url), headers: {}, timeoutMs: 5_000 });
    expect(zipped.text).toBe('{"statusCode":0}');
  } finally {
    await close(server);
  }
});

const failure = { origin: 'http://127.0.0.1', setting: 'GWS_BASE_URL', timeoutMs: 300 };

test('no whole answer in time is a TimeoutError, described with the timeout setting', async () => {
  const { url, server } = await serve((_req, _body, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.write('{"statusCode":'); // and never the rest
  });
  try {
    const err = await httpExchange({ method: 'GET', url, headers: {}, timeoutMs: 300 }).catch((e: unknown) => e);
    expect((err as Error).name).toBe('TimeoutError');
    expect(describeFetchFailure(err, failure)).toBe(
      'http://127.0.0.1 did not answer within 300 ms: check GWS_BASE_URL, or raise GWS_REQUEST_TIMEOUT_MS for a slow server',
    );
  } finally {
    await close(server);
  }
});

test('an answer cut in the middle and a refused connection are described as such', async () => {
  const { url, server } = await serve((_req, _body, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '100' });
    res.write('{"statusCode":');
    setTimeout(() => res.socket?.destroy(), 20);
  });
  const cut = await httpExchange({ method: 'GET', url, headers: {}, timeoutMs: 5_000 }).catch((e: unknown) => e);
  expect(describeFetchFailure(cut, failure)).toBe('http://127.0.0.1 reset the connection (ECONNRESET): check GWS_BASE_URL');
  await close(server);
  const refused = await httpExchange({ method: 'GET', url, headers: {}, timeoutMs: 5_000 }).catch((e: unknown) => e);
  expect(describeFetchFailure(refused, failure)).toBe('http://127.0.0.1 refused the connection (ECONNREFUSED): check GWS_BASE_URL');
});

test('a body that does not decode as its Content-Encoding says is a failure of the exchange, never a crash', async () => {
  const { url, server } = await serve((_req, _body, res) => {
    res.writeHead(200, { 'Content-Encoding': 'gzip', 'Content-Type': 'application/json' });
    res.end('{"statusCode":0} but not gzip');
  });
  try {
    const err = await httpExchange({ method: 'GET', url, headers: {}, timeoutMs: 5_000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(describeFetchFailure(err, failure)).toMatch(/^http:\/\/127\.0\.0\.1 gave no response \(Z_DATA_ERROR: .*\): check GWS_BASE_URL$/);
  } finally {
    await close(server);
  }
});

test('a GET on a kept-alive connection closed meanwhile is sent once more on another; a POST is not', async () => {
  // Answers the first request of each connection, kept alive, and drops the connection at the second
  // without a word: what a proxy's restart does to the connections a client keeps.
  const requests: string[] = [];
  const server = createNetServer((socket) => {
    let seen = 0;
    socket.on('data', (d: Buffer) => {
      requests.push(d.toString().split(' ')[0]!);
      if (++seen === 1)
        socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\n{}');
      else socket.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v2/me`);
  const exchange = (method: string) =>
    httpExchange({ method, url, headers: {}, timeoutMs: 2000, ...(method === 'POST' ? { body: '{}' } : {}) });
  try {
    expect((await exchange('GET')).status).toBe(200);
    expect((await exchange('GET')).status).toBe(200);
    expect(requests).toEqual(['GET', 'GET', 'GET']);
    await expect(exchange('POST')).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect(requests).toEqual(['GET', 'GET', 'GET', 'POST']);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
