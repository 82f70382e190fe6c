/**
 * Generates the TypeScript payload types from schemas/*.schema.json with json-schema-to-typescript
 * (helpers/contract/generated/payloads.ts), and tells whether a committed file is stale. The command is
 * helpers/cli/generate-types.ts (npm run generate, npm run generate:check).
 *
 * All schemas are compiled through one root schema, so a schema referenced from several others
 * (Participant, Chat, ...) is declared once.
 *
 * Generate in a process of its own: json-schema-ref-parser takes a global `window` to mean a browser,
 * and cometd-nodejs-client's adapt() defines one, so generation fails in a process that has used the
 * CometD client.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, type JSONSchema } from 'json-schema-to-typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SCHEMA_DIR = join(root, 'schemas');
export const GENERATED_FILE = join(root, 'helpers', 'contract', 'generated', 'payloads.ts');

const HEADER = `/* eslint-disable */
/**
 * GENERATED FILE, DO NOT EDIT.
 * Generated from schemas/*.schema.json by json-schema-to-typescript (npm run generate).
 * Change the schemas, then run \`npm run generate\`; \`npm test\` fails while this file is stale.
 */`;

export function schemaFiles(): string[] {
  return readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.schema.json'))
    .sort();
}

/** The generated source for the current schemas. */
export async function generateTypes(): Promise<string> {
  const properties: Record<string, JSONSchema> = {};
  for (const file of schemaFiles()) {
    if (file === 'common.schema.json') continue; // definitions only, reached through the others
    // Every schema file becomes one property of an unexported root, so each title is declared once.
    properties[file.replace('.schema.json', '')] = { $ref: `./${file}` };
  }
  const rootSchema: JSONSchema = {
    title: 'GwsChatSchemaIndex',
    type: 'object',
    properties,
    additionalProperties: false,
  };
  const source = await compile(rootSchema, 'GwsChatSchemaIndex', {
    cwd: SCHEMA_DIR,
    bannerComment: HEADER,
    additionalProperties: false,
    unreachableDefinitions: false,
    strictIndexSignatures: true,
    format: true,
    style: { singleQuote: true, printWidth: 110 },
  });
  return source;
}

/** Null when `current` is `expected`, else a message naming the fix. */
export function describeStaleness(
  current: string | null,
  expected: string,
  name = 'helpers/contract/generated/payloads.ts',
): string | null {
  if (current === expected) return null;
  const what = current === null ? 'is missing' : 'is stale (the schemas changed after it was generated)';
  return `${name} ${what}. Run \`npm run generate\` and commit the result.`;
}

/** Returns null when `current` matches what the schemas generate, else a message naming the fix. */
export async function staleness(current: string | null, name?: string): Promise<string | null> {
  return describeStaleness(current, await generateTypes(), name);
}

/** The committed file's text, or null when it is missing. */
export function readGenerated(file = GENERATED_FILE): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** Writes the generated types; returns the file's path relative to the project. */
export async function writeGenerated(): Promise<string> {
  mkdirSync(dirname(GENERATED_FILE), { recursive: true });
  writeFileSync(GENERATED_FILE, await generateTypes());
  return GENERATED_FILE.slice(root.length + 1);
}
