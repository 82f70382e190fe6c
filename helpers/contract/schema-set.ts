/**
 * The JSON Schemas in schemas/, read once and each compiled once, on first use (ajv, draft-07, with
 * the gws-timestamp format), and indexed: for every schema node, where it is and whether its fact is documented or inferred, with
 * its source (the nearest x-status / x-source). Also the JSON pointer helpers the validator shares.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Ajv, ValidateFunction } from 'ajv';
import { GWS_TIMESTAMP_FORMAT, isGwsTimestamp } from './timestamp.ts';

export type FactStatus = 'documented' | 'inferred';

export type JsonObject = { [key: string]: unknown };
/** A schema node: a JSON object inside one of the schema files. */
export type SchemaNode = JsonObject;

interface NodeInfo {
  file: string;
  pointer: string;
  status: FactStatus;
  source: string;
}

const SCHEMA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schemas');
export const SCHEMA_BASE = 'https://schemas.gws-chat-conformance.invalid/';
const ANNOTATIONS = ['x-status', 'x-source', 'x-meanings'];

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapePointer(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function show(value: unknown): string {
  if (value === undefined) return '(absent)';
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

class SchemaSet {
  readonly ajv: Ajv;
  /** Schema file name → parsed schema. */
  readonly files = new Map<string, SchemaNode>();
  /** Every schema node → where it is and what its nearest x-status/x-source say. */
  readonly nodes = new Map<SchemaNode, NodeInfo>();

  constructor(dir: string) {
    // ajv and ajv-formats are CommonJS: required here, when the schemas are first used.
    const require = createRequire(import.meta.url);
    const { Ajv: AjvClass } = require('ajv') as typeof import('ajv');
    const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
    this.ajv = new AjvClass({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
    this.ajv.addVocabulary(ANNOTATIONS);
    addFormats(this.ajv);
    this.ajv.addFormat(GWS_TIMESTAMP_FORMAT, { type: 'string', validate: isGwsTimestamp });
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.schema.json'))
      .sort()) {
      const schema = JSON.parse(readFileSync(join(dir, file), 'utf8')) as SchemaNode;
      if (schema.$id !== SCHEMA_BASE + file) {
        throw new Error(`schemas/${file}: $id must be ${SCHEMA_BASE + file} (it is ${show(schema.$id)})`);
      }
      this.files.set(file, schema);
      this.index(schema, file, '', 'documented', '');
      this.ajv.addSchema(schema);
    }
    // Each schema is compiled when first used: a process that never validates (Playwright's main
    // process listing the specs) pays nothing. compileAll() compiles every one (the unit tests do).
  }

  /** Compiles every schema now; throws on the first that ajv (strict mode) rejects. */
  compileAll(): void {
    for (const file of this.files.keys()) this.validator(file);
  }

  private index(node: unknown, file: string, pointer: string, status: FactStatus, source: string): void {
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        this.index(item, file, `${pointer}/${i}`, status, source);
      });
      return;
    }
    if (!isObject(node)) return;
    const ownStatus = node['x-status'] === 'inferred' ? 'inferred' : node['x-status'] === 'documented' ? 'documented' : status;
    const ownSource = typeof node['x-source'] === 'string' ? node['x-source'] : source;
    this.nodes.set(node, { file, pointer, status: ownStatus, source: ownSource });
    for (const [key, child] of Object.entries(node)) {
      if (key === 'examples' || key === 'const' || key === 'enum' || ANNOTATIONS.includes(key)) continue;
      this.index(child, file, `${pointer}/${escapePointer(key)}`, ownStatus, ownSource);
    }
  }

  info(node: unknown): NodeInfo {
    const found = isObject(node) ? this.nodes.get(node) : undefined;
    return found ?? { file: '?', pointer: '', status: 'documented', source: '' };
  }

  where(node: unknown): string {
    const i = this.info(node);
    return `${i.file}#${i.pointer}`;
  }

  validator(file: string, pointer = ''): ValidateFunction {
    const id = SCHEMA_BASE + file + (pointer ? `#${pointer}` : '');
    const fn = this.ajv.getSchema(id);
    if (!fn) throw new Error(`no schema ${id}`);
    return fn;
  }

  /** Resolves a $ref written in `from` to its target node. */
  resolveRef(ref: string, from: SchemaNode): SchemaNode {
    const base = SCHEMA_BASE + this.info(from).file;
    const url = new URL(ref, base);
    const file = url.href.slice(SCHEMA_BASE.length).replace(/#.*$/, '');
    let target: unknown = this.files.get(file);
    for (const token of url.hash.replace(/^#\/?/, '').split('/').filter(Boolean)) {
      target = isObject(target) || Array.isArray(target) ? (target as JsonObject)[unescapePointer(token)] : undefined;
    }
    if (!isObject(target)) throw new Error(`unresolvable $ref ${ref} in ${this.where(from)}`);
    return target;
  }
}

let set: SchemaSet | undefined;

/**
 * The schemas, read on first use (a process that validates nothing, as Playwright's main process
 * listing the specs, reads none); each compiled on first use.
 */
export function schemaSet(): SchemaSet {
  set ??= new SchemaSet(SCHEMA_DIR);
  return set;
}
