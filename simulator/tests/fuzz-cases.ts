/**
 * The fuzz test's cases and what it takes of an answer: a seeded generator of malformed requests
 * (bad JSON, wrong types, huge bodies, bad paths, bad credentials, bad Bayeux, bad GMS forms), how each
 * is sent (raw HTTP for broken HTTP), and the check that an answer is a clear error.
 */
import { connect } from 'node:net';

export interface FuzzCase {
  name: string;
  method: string;
  path: string;
  body?: string;
  contentType?: string;
  auth?: 'agent' | 'none' | 'wrong' | 'garbage';
  csrf?: boolean;
  kind: 'gws' | 'gms' | 'bayeux';
}

export function generate(chatId: string, gmsChatId: string, random: () => number): FuzzCase[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const text = (n: number) => Array.from({ length: n }, () => String.fromCharCode(32 + Math.floor(random() * 95))).join('');
  const unicode = (n: number) =>
    Array.from({ length: n }, () => String.fromCodePoint(pick([0x00, 0x7f, 0xe9, 0x2028, 0xfeff, 0x1f600, 0xd7ff]))).join('');
  const chat = `/api/v2/me/chats/${chatId}`;
  const cases: FuzzCase[] = [];
  const add = (c: FuzzCase) => cases.push(c);

  const notJson = [
    '',
    '{',
    '}',
    '{"operationName":"Accept",',
    "{'operationName':'Accept'}",
    'operationName=Accept',
    'nul',
    '{"a":1}}',
    '[',
    '{"operationName":"Accept","nickname":"M"',
    '\u0000',
    '{"nickname":"M" "operationName":"Accept"}',
  ];
  const notObjects = ['null', '0', '-1', '1e309', '"Accept"', 'true', '[]', '[{"operationName":"Accept","nickname":"M"}]'];
  const wrongValues = [
    null,
    0,
    1.5,
    -3,
    true,
    false,
    '',
    ' ',
    'accept',
    'ACCEPT',
    'Accept ',
    'Reject\u0000',
    [],
    ['Accept'],
    {},
    { op: 'Accept' },
  ];
  // 1. Accept bodies that are not JSON, not objects, or have wrong values: 400 each.
  for (let i = 0; i < 150; i++)
    add({
      name: `not JSON #${i}`,
      method: 'POST',
      path: chat,
      body: i < notJson.length ? notJson[i] : text(1 + Math.floor(random() * 60)),
      kind: 'gws',
    });
  for (const body of notObjects) add({ name: `not an object ${body}`, method: 'POST', path: chat, body, kind: 'gws' });
  for (let i = 0; i < 200; i++) {
    const body: Record<string, unknown> = { operationName: 'Accept', nickname: 'Marat' };
    const field = pick(['operationName', 'nickname', 'saveLAR', 'both']);
    if (field === 'operationName' || field === 'both') body.operationName = pick(wrongValues);
    if (field === 'nickname' || field === 'both') body.nickname = pick([null, 0, 1, true, [], {}, ['M'], '']);
    if (field === 'saveLAR') body.saveLAR = pick(['true', 'false', 1, 0, null, [], {}, 'yes']);
    if (random() < 0.2) delete body[pick(['operationName', 'nickname'])];
    if (
      body.operationName === 'Accept' &&
      typeof body.nickname === 'string' &&
      body.nickname !== '' &&
      (body.saveLAR === undefined || typeof body.saveLAR === 'boolean')
    )
      body.nickname = 42;
    add({ name: `wrong values ${JSON.stringify(body).slice(0, 60)}`, method: 'POST', path: chat, body: JSON.stringify(body), kind: 'gws' });
  }
  for (let i = 0; i < 40; i++)
    add({
      name: `unicode nickname types #${i}`,
      method: 'POST',
      path: chat,
      body: JSON.stringify({ operationName: unicode(6), nickname: unicode(8) }),
      kind: 'gws',
    });
  // 2. Wrong content types.
  for (const type of [
    'text/plain',
    'application/xml',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/jsonx',
    'json',
  ]) {
    for (let i = 0; i < 5; i++)
      add({
        name: `content type ${type}`,
        method: 'POST',
        path: chat,
        body: '{"operationName":"Accept","nickname":"M"}',
        contentType: type,
        kind: 'gws',
      });
  }
  // 3. Huge bodies.
  for (let i = 0; i < 20; i++)
    add({
      name: `huge body #${i}`,
      method: 'POST',
      path: chat,
      body: JSON.stringify({ operationName: 'Accept', nickname: 'x'.repeat(65_537 + Math.floor(random() * 900_000)) }),
      kind: 'gws',
    });
  // 4. Bad paths and methods.
  const paths = [
    '/api/v2/me/chats/',
    '/api/v2/me/chats//x',
    `${chat}/extra`,
    '/api/v2/me/chats/%00',
    '/api/v2/me/chats/..%2F..%2Fme',
    '/api/v2/me/chat/x',
    '/api/v2/chats/x',
    '/api/v2/me/channels/voice',
    '/api/v2/',
    '/api/v2/me/me',
    '/api/v3/me',
    '/',
    '/genesys',
    '/genesys/2/chat',
    `/api/v2/me/chats/${'A'.repeat(4000)}`,
    `/api/v2/me/chats/${encodeURIComponent(unicode(10))}`,
  ];
  for (let i = 0; i < 120; i++) {
    const path =
      i < paths.length
        ? paths[i]
        : `/api/v2/${pick(['me', 'users', 'chats', 'x'])}/${encodeURIComponent(text(1 + Math.floor(random() * 20)))}`;
    add({
      name: `bad path ${path.slice(0, 60)}`,
      method: pick(['GET', 'POST', 'PUT', 'DELETE', 'PATCH']),
      path,
      body: '{"operationName":"Accept","nickname":"M"}',
      kind: 'gws',
    });
  }
  for (const method of ['PUT', 'DELETE', 'PATCH'])
    for (let i = 0; i < 5; i++)
      add({ name: `${method} on the chat`, method, path: chat, body: '{"operationName":"Accept","nickname":"M"}', kind: 'gws' });
  // 5. Bad credentials and CSRF.
  for (let i = 0; i < 40; i++)
    add({
      name: `no credentials #${i}`,
      method: pick(['GET', 'POST']),
      path: pick([chat, '/api/v2/me', '/api/v2/me/chats']),
      body: '{"operationName":"Accept","nickname":"M"}',
      auth: 'none',
      kind: 'gws',
    });
  for (let i = 0; i < 40; i++)
    add({
      name: `wrong password #${i}`,
      method: 'POST',
      path: chat,
      body: '{"operationName":"Accept","nickname":"M"}',
      auth: 'wrong',
      kind: 'gws',
    });
  for (let i = 0; i < 40; i++)
    add({
      name: `garbage Authorization #${i}`,
      method: 'POST',
      path: chat,
      body: '{"operationName":"Accept","nickname":"M"}',
      auth: 'garbage',
      kind: 'gws',
    });
  for (let i = 0; i < 40; i++)
    add({
      name: `no CSRF token #${i}`,
      method: 'POST',
      path: pick([chat, '/api/v2/me', '/api/v2/me/channels/chat']),
      body: '{"operationName":"Accept","nickname":"M"}',
      csrf: false,
      kind: 'gws',
    });
  // 6. Bad Bayeux messages (the agent's cookie and credentials, but nothing a Bayeux server may accept).
  const bayeux = [
    'garbage',
    '',
    '{}',
    '[]',
    'null',
    '[1,2]',
    '[null]',
    '{"channel":"/meta/connect"}',
    '[{"nochannel":1}]',
    '[{"channel":"/meta/connect","clientId":"bogus","connectionType":"long-polling"}]',
    '[{"channel":"/meta/subscribe","clientId":"bogus","subscription":"/v2/me/chats"}]',
    '[{"channel":"/meta/unsubscribe","clientId":"bogus","subscription":"/v2/me/chats"}]',
    '[{"channel":"/v2/me/chats","clientId":"bogus","data":{"messageType":"ChatStateChangeMessage"}}]',
    '[{"channel":"/meta/disconnect","clientId":"bogus"}]',
    '[{"channel":"/meta/bogus","clientId":"bogus"}]',
  ];
  for (let i = 0; i < 150; i++) {
    const body =
      i < bayeux.length
        ? bayeux[i]
        : random() < 0.5
          ? text(1 + Math.floor(random() * 80))
          : JSON.stringify([
              {
                channel: pick(['/meta/connect', '/meta/subscribe', '/v2/me/chats', '/service/x', '/meta/unsubscribe']),
                clientId: text(12),
                subscription: pick(['/v2/me/chats', '/**', '/v2/users']),
                data: { x: text(5) },
              },
            ]);
    add({ name: `bad Bayeux #${i} ${body.slice(0, 40)}`, method: 'POST', path: '/api/v2/notifications', body, kind: 'bayeux' });
  }
  // 7. Bad GMS requests.
  const gms = `/genesys/2/chat/customer-support/${gmsChatId}`;
  const forms = [
    '',
    'subject=no+nickname',
    'firstName=OnlyFirst',
    `userId=x&secureKey=y&alias=1&message=hi`,
    '%%%',
    'nickname=',
    'lastName=OnlyLast',
  ];
  for (let i = 0; i < 50; i++)
    add({
      name: `GMS request without nickname #${i}`,
      method: 'POST',
      path: '/genesys/2/chat/customer-support',
      body: forms[i % forms.length],
      contentType: 'application/x-www-form-urlencoded',
      kind: 'gms',
    });
  for (let i = 0; i < 40; i++)
    add({
      name: `GMS wrong secureKey #${i}`,
      method: 'POST',
      path: `${gms}/${pick(['send', 'refresh', 'disconnect'])}`,
      body: `userId=${text(8)}&secureKey=${text(8)}&alias=117&message=hi`,
      contentType: 'application/x-www-form-urlencoded',
      kind: 'gms',
    });
  for (let i = 0; i < 20; i++)
    add({
      name: `GMS JSON body #${i}`,
      method: 'POST',
      path: '/genesys/2/chat/customer-support',
      body: '{"nickname":"P"}',
      contentType: 'application/json',
      kind: 'gms',
    });
  for (let i = 0; i < 30; i++)
    add({
      name: `GMS bad path #${i}`,
      method: pick(['GET', 'POST', 'PUT']),
      path: pick([
        '/genesys/2/chat/no-such-service',
        `${gms}/explode`,
        '/genesys/2/chat/customer-support/NoSuchChat/send',
        `${gms}`,
        `${gms}/send/more`,
      ]),
      body: 'nickname=P',
      contentType: 'application/x-www-form-urlencoded',
      kind: 'gms',
    });
  return cases;
}

export async function send(baseUrl: string, c: FuzzCase, creds: { auth: string; cookie: string; csrfName: string; csrf: string }) {
  const headers: Record<string, string> = { Cookie: creds.cookie, 'Content-Type': c.contentType ?? 'application/json' };
  if ((c.auth ?? 'agent') === 'agent') headers.Authorization = creds.auth;
  if (c.auth === 'wrong') headers.Authorization = `Basic ${Buffer.from('agent1:wrong-password').toString('base64')}`;
  if (c.auth === 'garbage') headers.Authorization = pickGarbageAuth(c.name);
  if (c.csrf !== false) headers[creds.csrfName] = creds.csrf;
  const hasBody = c.method !== 'GET' && c.method !== 'HEAD';
  const response = await fetch(new URL(c.path, baseUrl), {
    method: c.method,
    headers,
    body: hasBody ? c.body : undefined,
    signal: AbortSignal.timeout(15_000),
  });
  return { status: response.status, text: await response.text() };
}

function pickGarbageAuth(name: string): string {
  const options = [
    'Basic',
    'Basic !!!',
    'Bearer abc',
    `Basic ${Buffer.from('no-colon').toString('base64')}`,
    'Digest x',
    `Basic ${Buffer.from(':').toString('base64')}`,
  ];
  return options[name.length % options.length];
}

export function clearError(c: FuzzCase, r: { status: number; text: string }): string | null {
  if (c.kind === 'bayeux') {
    if (r.status === 400) return null;
    if (r.status !== 200) return `Bayeux answered HTTP ${r.status}`;
    let replies: unknown;
    try {
      replies = JSON.parse(r.text);
    } catch {
      return `Bayeux answered 200 with a body that is not JSON: ${r.text.slice(0, 80)}`;
    }
    if (!Array.isArray(replies) || replies.length === 0) return 'Bayeux answered 200 without replies';
    const bad = replies.find((m: { successful?: unknown; error?: unknown }) => m.successful !== false || typeof m.error !== 'string');
    return bad ? `Bayeux accepted a malformed message: ${JSON.stringify(bad).slice(0, 120)}` : null;
  }
  if (r.status < 400 || r.status >= 500) return `HTTP ${r.status} (expected a 4xx error): ${r.text.slice(0, 120)}`;
  if (r.status === 403 && c.kind === 'gws' && r.text === 'Missing or invalid Csrf token') return null;
  let body: { statusCode?: unknown; statusMessage?: unknown; errors?: unknown } | undefined;
  try {
    body = JSON.parse(r.text);
  } catch {
    return `HTTP ${r.status} with a body that is not JSON: ${r.text.slice(0, 80)}`;
  }
  if (c.kind === 'gms')
    return Array.isArray(body?.errors) && typeof body?.statusCode === 'number'
      ? null
      : `GMS error without errors[]: ${r.text.slice(0, 120)}`;
  return typeof body?.statusCode === 'number' &&
    body.statusCode > 0 &&
    typeof body.statusMessage === 'string' &&
    body.statusMessage.length > 0
    ? null
    : `error without statusCode/statusMessage: ${r.text.slice(0, 120)}`;
}

export function rawHttp(port: number, payload: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.setTimeout(5000, () => socket.destroy());
    socket.on('data', (chunk) => (data += chunk.toString('latin1')));
    socket.on('close', () => resolve(data));
    socket.on('error', () => resolve(data));
    socket.write(payload, 'latin1');
  });
}
