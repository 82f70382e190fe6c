/**
 * Generates the TypeScript payload types from schemas/*.schema.json with json-schema-to-typescript.
 *
 *   npm run generate            writes helpers/generated/payloads.ts
 *   npm run generate -- --check exits 1 when the committed file differs from what the schemas give
 *
 * All schemas are compiled through one root schema, so a schema referenced from several others
 * (Participant, Chat, ...) is declared once.
 *
 * Run it as its own process (as the npm scripts do): json-schema-ref-parser takes a global `window` to
 * mean a browser, and cometd-nodejs-client's adapt() defines one, so generation fails in a process
 * that has used the CometD client.
 *
 *   npm run generate -- --check --file other.ts   checks another file (for the suite's own tests)
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
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
export function describeStaleness(current: string | null, expected: string, name = 'helpers/contract/generated/payloads.ts'): string | null {
  if (current === expected) return null;
  const what = current === null ? 'is missing' : 'is stale (the schemas changed after it was generated)';
  return `${name} ${what}. Run \`npm run generate\` and commit the result.`;
}

/** Returns null when `current` matches what the schemas generate, else a message naming the fix. */
export async function staleness(current: string | null, name?: string): Promise<string | null> {
  return describeStaleness(current, await generateTypes(), name);
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  if (check) {
    const fileArg = process.argv.indexOf('--file');
    const file = fileArg > 0 && process.argv[fileArg + 1] ? resolve(process.argv[fileArg + 1]) : GENERATED_FILE;
    let current: string | null = null;
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      current = null;
    }
    const problem = await staleness(current, file === GENERATED_FILE ? undefined : file);
    if (problem) {
      console.error(problem);
      process.exit(1);
    }
    console.log('generated types are up to date with schemas/');
    return;
  }
  mkdirSync(dirname(GENERATED_FILE), { recursive: true });
  writeFileSync(GENERATED_FILE, await generateTypes());
  console.log(`wrote ${GENERATED_FILE.slice(root.length + 1)} from ${schemaFiles().length} schemas`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
}
