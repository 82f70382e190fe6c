/** Loads the documented example payloads and the negative catalogue in schemas/fixtures/. */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AcceptRequest, ChatStateChangeMessage, MessageLogUpdated, OperationResponse } from './generated/payloads.ts';
import type { PayloadKind } from './validator.ts';

export const FIXTURE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schemas', 'fixtures');

export interface SeedAccept {
  source: string;
  notes: string[];
  requestPath: string;
  request: AcceptRequest;
  response: OperationResponse;
  notifications: [ChatStateChangeMessage, ChatStateChangeMessage, MessageLogUpdated];
}

export interface NegativeFixture {
  id: string;
  kind: PayloadKind;
  /** request | response | notifications/N | envelope:notifications/N */
  base: string;
  defect: string;
  op: 'add' | 'remove' | 'replace';
  path: string;
  value?: unknown;
  /** Where the validator must report the defect, and with which keyword. */
  pointer: string;
  keyword: string;
}

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURE_DIR, name), 'utf8'));
}

export function seedAccept(): SeedAccept {
  return readJson('seed-accept.json') as SeedAccept;
}

export function negativeFixtures(): NegativeFixture[] {
  return (readJson('negative.json') as { fixtures: NegativeFixture[] }).fixtures;
}

/** A deep copy of the fixture's base payload. */
export function basePayload(seed: SeedAccept, base: string): unknown {
  const envelope = base.startsWith('envelope:');
  const path = base.replace(/^envelope:/, '').split('/');
  let value: unknown = seed;
  for (const token of path) value = (value as Record<string, unknown>)[token];
  if (value === undefined) throw new Error(`fixture base ${base} names nothing in seed-accept.json`);
  const copy: unknown = structuredClone(value);
  return envelope ? { channel: '/v2/me/chats', data: copy } : copy;
}

/** Applies one add/remove/replace at a JSON pointer (RFC 6901 tokens), in place. */
export function applyDefect(payload: unknown, fixture: Pick<NegativeFixture, 'op' | 'path' | 'value'>): unknown {
  const tokens = fixture.path
    .split('/')
    .slice(1)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = tokens.pop();
  if (last === undefined) throw new Error('a defect needs a non-root path');
  let parent = payload as Record<string, unknown>;
  for (const token of tokens) parent = parent[token] as Record<string, unknown>;
  if (typeof parent !== 'object' || parent === null) throw new Error(`defect path ${fixture.path} does not exist`);
  if (fixture.op !== 'add' && !(last in parent)) throw new Error(`defect path ${fixture.path} does not exist`);
  if (fixture.op === 'remove') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    parent[last] = fixture.value;
  }
  return payload;
}
