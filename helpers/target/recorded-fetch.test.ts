import { createServer } from 'node:http';
import { expect, test } from '@playwright/test';
import { answeredBefore, recordedFetch } from './recorded-fetch.ts';

/**
 * A server answering every request with `body` as `type`, at an origin no other test of this process
 * used: a loopback address of its own (any of 127.0.0.0/8), as ports are reused.
 */
async function serving(type: string, body: string) {
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': type }).end(body));
  const host = `127.${[0, 0, 0].map(() => 1 + Math.floor(Math.random() * 250)).join('.')}`;
  await new Promise<void>((r) => server.listen(0, host, () => r()));
  const origin = `http://${host}:${(server.address() as { port: number }).port}`;
  return { origin, stop: () => new Promise<void>((r) => server.close(() => r())) };
}

const get = (origin: string) =>
  recordedFetch(undefined, {
    actor: 'agent1',
    method: 'GET',
    url: new URL('/api/v2/me', origin),
    headers: {},
    timeoutMs: 2000,
    label: 'GET /api/v2/me',
    step: 'online',
    setting: 'GWS_BASE_URL',
  });

test('answeredBefore: a server that answered as an API (a JSON body) in this process; not one that answered a web page', async () => {
  const api = await serving('application/json', '{"statusCode":0}');
  const page = await serving('text/html', '<html><title>Login</title></html>');
  try {
    expect(answeredBefore(api.origin)).toBe(false);
    await get(api.origin);
    await get(page.origin);
    expect(answeredBefore(api.origin)).toBe(true);
    expect(answeredBefore(page.origin)).toBe(false);
  } finally {
    await Promise.all([api.stop(), page.stop()]);
  }
});
