import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { applyDefect, basePayload, negativeFixtures, seedAccept } from './fixtures.ts';
import { schemaSet } from './schema-set.ts';
import { PAYLOAD_SCHEMAS, type PayloadKind, schemaTitles, statusCodeMeaning, validate } from './validator.ts';

const seed = seedAccept();

test('every schema in schemas/ compiles in ajv strict mode', () => {
  expect(() => schemaSet().compileAll()).not.toThrow();
  expect(schemaSet().files.size).toBe(
    readdirSync(join(import.meta.dirname, '..', '..', 'schemas')).filter((f) => f.endsWith('.schema.json')).length,
  );
});

test.describe('documented payloads validate', () => {
  test('seed request body (nickname quoted)', () => {
    expect(validate('AcceptRequest', seed.request)).toMatchObject({ ok: true, errors: [], undocumented: [] });
  });

  test('seed response {statusCode: 0}', () => {
    expect(validate('OperationResponse', seed.response)).toMatchObject({ ok: true, errors: [], undocumented: [] });
  });

  const kinds: PayloadKind[] = ['ChatStateChangeMessage', 'ChatStateChangeMessage', 'MessageLogUpdated'];
  seed.notifications.forEach((notification, i) => {
    test(`seed notification ${i + 1} (${notification.messageType}/${notification.notificationType})`, () => {
      expect(validate(kinds[i], notification)).toMatchObject({ ok: true, errors: [], undocumented: [] });
      const wrapped = { channel: '/v2/me/chats', data: notification, id: '42' };
      expect(validate('ChatsNotification', wrapped)).toMatchObject({ ok: true, errors: [], undocumented: [] });
    });
  });

  for (const [kind, file] of Object.entries(PAYLOAD_SCHEMAS) as [PayloadKind, string][]) {
    test(`every example embedded in ${file} validates as ${kind}`, () => {
      const schema = JSON.parse(readFileSync(join('schemas', file), 'utf8')) as { examples?: unknown[] };
      expect(schema.examples?.length ?? 0).toBeGreaterThan(0);
      for (const example of schema.examples ?? []) {
        const result = validate(kind, example);
        expect(result.errors, JSON.stringify(example)).toEqual([]);
        expect(result.undocumented).toEqual([]);
      }
    });
  }
});

test.describe('negative fixtures: one defect each, rejected on its own pointer', () => {
  const fixtures = negativeFixtures();

  test('there are at least 30, with unique ids', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
    expect(new Set(fixtures.map((f) => f.id)).size).toBe(fixtures.length);
  });

  for (const fixture of fixtures) {
    test(`${fixture.id}: ${fixture.defect}`, () => {
      const payload = applyDefect(basePayload(seed, fixture.base), fixture);
      const result = validate(fixture.kind, payload);
      expect(result.ok).toBe(false);
      const found = result.errors.map((e) => `${e.pointer} ${e.keyword}`);
      expect(found, `findings: ${found.join('; ')}`).toContain(`${fixture.pointer} ${fixture.keyword}`);
      // One defect, one place: nothing else in the payload may be reported.
      expect(new Set(result.errors.map((e) => e.pointer)), JSON.stringify(result.errors, null, 1)).toEqual(new Set([fixture.pointer]));
    });
  }
});

test.describe('findings are readable', () => {
  test('a finding names pointer, expected, actual, schema location, status and source', () => {
    const payload = structuredClone(seed.notifications[0]) as unknown as { chat: { state: string } };
    payload.chat.state = 'Talking';
    const result = validate('ChatStateChangeMessage', payload);
    expect(result.errors).toEqual([
      {
        pointer: '/chat/state',
        keyword: 'enum',
        message: '/chat/state: expected one of "Invited", "Chatting", "Completed", "LeftChat", "Revoked", got "Talking"',
        expected: 'one of "Invited", "Chatting", "Completed", "LeftChat", "Revoked"',
        actual: '"Talking"',
        schema: 'chat.schema.json#/definitions/ChatState',
        status: 'documented',
        source: expect.stringContaining('S1'),
      },
    ]);
  });

  test('a missing property points at itself and carries the status of its own schema', () => {
    const result = validate('OperationResponse', { statusCode: 6 });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({
      pointer: '/statusMessage',
      keyword: 'required',
      actual: '(absent)',
      schema: 'operation-response.schema.json#/definitions/OperationError/properties/statusMessage',
    });
  });

  test('a broken inferred fact is reported as inferred', () => {
    const payload = { ...seed.notifications[0], notificationType: 'Error', errorMessage: 17 };
    const result = validate('ChatStateChangeMessage', payload);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ pointer: '/errorMessage', keyword: 'type', status: 'inferred' });
  });

  test('a notification that matches neither alternative is told so on its discriminator', () => {
    // notificationType NewMessages says which one was meant.
    const misspelled = validate('ChatsNotification', {
      channel: '/v2/me/chats',
      data: { ...seed.notifications[2], messageType: 'ChatMessage' },
    });
    expect(misspelled.errors).toHaveLength(1);
    expect(misspelled.errors[0]).toMatchObject({
      pointer: '/data/messageType',
      expected: 'exactly "MessageLogUpdated"',
      actual: '"ChatMessage"',
    });
    // Nothing says which: both readings are offered.
    const unknown = validate('ChatsNotification', { channel: '/v2/me/chats', data: { messageType: 'ChatMessage' } });
    expect(unknown.errors).toContainEqual(
      expect.objectContaining({
        pointer: '/data/messageType',
        expected: 'one of "ChatStateChangeMessage", "MessageLogUpdated"',
        actual: '"ChatMessage"',
      }),
    );
  });

  test('anything that is not JSON of the right shape is rejected without throwing', () => {
    for (const junk of [null, undefined, 0, 'text', [], [1, 2], true, { data: null }]) {
      for (const kind of Object.keys(PAYLOAD_SCHEMAS) as PayloadKind[]) {
        const result = validate(kind, junk);
        expect(result.ok, `${kind} ${String(junk)}`).toBe(false);
        expect(result.errors.length).toBeGreaterThan(0);
      }
    }
  });
});

test.describe('undocumented properties are reported, never a failure', () => {
  test('at every depth, with the schema that does not document them', () => {
    const payload = structuredClone(seed.notifications[2]) as unknown as Record<string, unknown>;
    payload.serverVersion = '8.5.201';
    const messages = payload.messages as Record<string, unknown>[];
    messages[0].mediaType = 'chat';
    (messages[1].from as Record<string, unknown>).avatar = 'a.png';
    const result = validate('MessageLogUpdated', payload);
    expect(result.ok).toBe(true);
    expect(result.undocumented).toEqual([
      { pointer: '/messages/0/mediaType', schema: 'message-log-updated.schema.json#/definitions/MessageEntry', actual: '"chat"' },
      { pointer: '/messages/1/from/avatar', schema: 'participant.schema.json#', actual: '"a.png"' },
      { pointer: '/serverVersion', schema: 'message-log-updated.schema.json#', actual: '"8.5.201"' },
    ]);
  });

  test('documented optional fields (chatPath, timestampSeconds, uri, visibility) are not reported', () => {
    const payload = structuredClone(seed.notifications[2]) as unknown as Record<string, unknown>;
    payload.chatPath = '/chats/0000Na9B26EF002X';
    const first = (payload.messages as Record<string, unknown>[])[0];
    first.timestampSeconds = 1388701398000;
    first.from = { ...(first.from as object), uri: 'http://localhost:8080/api/v2/users/1', visibility: 'All', path: '/users/1', id: 'x' };
    expect(validate('MessageLogUpdated', payload)).toMatchObject({ ok: true, undocumented: [] });
  });

  test('userData keys are open by documentation', () => {
    const payload = structuredClone(seed.notifications[0]) as unknown as { chat: Record<string, unknown> };
    payload.chat.userData = { key1: 'value1', anything: 2 };
    expect(validate('ChatStateChangeMessage', payload)).toMatchObject({ ok: true, undocumented: [] });
  });

  test('inside an envelope, the matching alternative decides what is documented', () => {
    const envelope = { channel: '/v2/me/chats', data: { ...seed.notifications[1], extra: true }, clientId: 'abc' };
    const result = validate('ChatsNotification', envelope);
    expect(result.ok).toBe(true);
    expect(result.undocumented.map((u) => u.pointer)).toEqual(['/data/extra', '/clientId']);
  });

  test('also on an invalid payload, so a judge sees both', () => {
    const payload = { statusCode: 6, vendorCode: 'E42' };
    const result = validate('OperationResponse', payload);
    expect(result.ok).toBe(false);
    expect(result.undocumented.map((u) => u.pointer)).toEqual(['/vendorCode']);
  });

  test('a success response may carry referenceId; a statusMessage on success is undocumented', () => {
    expect(validate('OperationResponse', { statusCode: 0, referenceId: 35 })).toMatchObject({ ok: true, undocumented: [] });
    const result = validate('OperationResponse', { statusCode: 0, statusMessage: 'OK' });
    expect(result).toMatchObject({ ok: true });
    expect(result.undocumented.map((u) => u.pointer)).toEqual(['/statusMessage']);
  });
});

test.describe('schema catalogue', () => {
  test('statusCode meanings come from the Return Values table', () => {
    expect(statusCodeMeaning(0)).toBe('Success');
    expect(statusCodeMeaning(6)).toBe('Resource not found');
    expect(statusCodeMeaning(20)).toMatch(/not authenticated/);
    expect(statusCodeMeaning(21)).toBeUndefined();
    for (let code = 1; code <= 20; code++) expect(statusCodeMeaning(code), `statusCode ${code}`).toBeTruthy();
  });

  test('every schema has $id, title, a description citing a source, and x-status on its root', () => {
    const files = readdirSync('schemas').filter((f) => f.endsWith('.schema.json'));
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const file of files) {
      const schema = JSON.parse(readFileSync(join('schemas', file), 'utf8')) as Record<string, unknown>;
      expect(schema.$schema, file).toBe('http://json-schema.org/draft-07/schema#');
      expect(String(schema.$id), file).toMatch(new RegExp(`/${file}$`));
      expect(schema.title, file).toBeTruthy();
      // GWS payloads cite the seed or a doc page; the suite's own formats say so.
      expect(String(schema.description), file).toMatch(/seed|S\d+|the suite's own format/);
      expect(['documented', 'inferred'], file).toContain(schema['x-status']);
      expect(String(schema['x-source']), file).toMatch(/seed|S\d+|C\d+|gws-chat-conformance design/);
    }
  });

  test('each payload kind is named after the title of its schema', () => {
    const titles = schemaTitles();
    for (const [kind, file] of Object.entries(PAYLOAD_SCHEMAS)) expect(titles.get(file)).toBe(kind);
  });
});
