/**
 * The closed sets of values the payload schemas document: every enum, and for each property the
 * consts it takes in the different payloads (messageType is ChatStateChangeMessage in one schema,
 * MessageLogUpdated in another). The mutation engine draws "another documented value" from them; the
 * comparison of two runs tells a documented value that vanished from an undocumented one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCHEMA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schemas');

/** The payload schemas (not the suite's own transcript and summary formats). */
const PAYLOAD_SCHEMAS = ['chat', 'chat-state-change-message', 'common', 'message-log-updated', 'participant', 'chats-notification'];

/**
 * The value sets the schemas document: every enum, and for each property the consts it takes in the
 * different payloads (messageType is ChatStateChangeMessage in one schema, MessageLogUpdated in another).
 */
export function documentedValueSets(dir = SCHEMA_DIR): string[][] {
  const sets: string[][] = [];
  const consts = new Map<string, Set<string>>();
  const walk = (node: unknown, key?: string) => {
    if (Array.isArray(node)) for (const n of node) walk(n);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (Array.isArray(o.enum) && o.enum.every((v) => typeof v === 'string') && o.enum.length > 1) sets.push(o.enum as string[]);
      if (key && typeof o.const === 'string') consts.set(key, (consts.get(key) ?? new Set()).add(o.const));
      const props = o.properties as Record<string, unknown> | undefined;
      for (const [k, v] of Object.entries(o)) {
        if (k === 'examples') continue;
        if (k === 'properties' && props) for (const [pk, pv] of Object.entries(props)) walk(pv, pk);
        else walk(v);
      }
    }
  };
  for (const f of readdirSync(dir).filter((f) => PAYLOAD_SCHEMAS.some((p) => f === `${p}.schema.json`)))
    walk(JSON.parse(readFileSync(join(dir, f), 'utf8')));
  for (const values of consts.values()) if (values.size > 1) sets.push([...values]);
  // The most specific set first: a value is replaced by another of the smallest set documenting it.
  return sets.sort((a, b) => a.length - b.length);
}

let cached: Set<string> | undefined;

/** Whether a value is one the payload schemas document in a closed set. */
export function isDocumentedValue(value: string): boolean {
  cached ??= new Set(documentedValueSets().flat());
  return cached.has(value);
}
