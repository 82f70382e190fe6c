/**
 * Validates payloads against the JSON Schemas in schemas/ (the single source of truth).
 *
 * Each schema is compiled once, when first used. `validate(kind, payload)` returns
 * either the typed payload or readable findings (JSON pointer, expected, actual, the schema location
 * and whether that fact is documented or inferred, with its source). Independently of the verdict it
 * lists undocumented properties: the schemas never fail on extra properties (real servers add fields
 * across versions), so a judge can report them as information.
 */
import type { ErrorObject } from 'ajv';
import { alternatives, describing, discriminators, toPointer } from './alternatives.ts';
import type * as P from './generated/payloads.ts';
import {
  escapePointer,
  type FactStatus,
  isObject,
  type JsonObject,
  type SchemaNode,
  schemaSet,
  show,
  unescapePointer,
} from './schema-set.ts';

/** The payload kinds, named by schema title, and their generated types. */
export interface PayloadTypes {
  AcceptRequest: P.AcceptRequest;
  OperationResponse: P.OperationResponse;
  ChatStateChangeMessage: P.ChatStateChangeMessage;
  MessageLogUpdated: P.MessageLogUpdated;
  ChatsNotification: P.ChatsNotification;
  Chat: P.Chat;
  Participant: P.Participant;
  AgentOperationRequest: P.AgentOperationRequest;
  ChatOperationRequest: P.ChatOperationRequest;
  GmsChatResponse: P.GmsChatResponse;
  Transcript: P.Transcript;
  TranscriptV1: P.TranscriptV1;
  Finding: P.Finding;
  ConformanceSummary: P.ConformanceSummary;
  Comparison: P.Comparison;
  Certificate: P.Certificate;
  CertificateManifest: P.CertificateManifest;
}
export type PayloadKind = keyof PayloadTypes;

export const PAYLOAD_SCHEMAS: Readonly<Record<PayloadKind, string>> = {
  AcceptRequest: 'accept-request.schema.json',
  OperationResponse: 'operation-response.schema.json',
  ChatStateChangeMessage: 'chat-state-change-message.schema.json',
  MessageLogUpdated: 'message-log-updated.schema.json',
  ChatsNotification: 'chats-notification.schema.json',
  Chat: 'chat.schema.json',
  Participant: 'participant.schema.json',
  AgentOperationRequest: 'agent-operation-request.schema.json',
  ChatOperationRequest: 'chat-operation-request.schema.json',
  GmsChatResponse: 'gms-chat-response.schema.json',
  Transcript: 'transcript.schema.json',
  TranscriptV1: 'transcript-v1.schema.json',
  Finding: 'finding.schema.json',
  ConformanceSummary: 'summary.schema.json',
  Comparison: 'compare.schema.json',
  Certificate: 'certificate.schema.json',
  CertificateManifest: 'certificate-manifest.schema.json',
};

/** One way a payload breaks its schema. */
export interface SchemaFinding {
  /** JSON pointer into the payload ('' is the payload itself; a missing property points at itself). */
  pointer: string;
  /** The JSON Schema keyword that failed (required, type, enum, const, format, ...). */
  keyword: string;
  /** One readable sentence: what is wrong where. */
  message: string;
  /** What the schema asks for, in words. */
  expected: string;
  /** What the payload holds there (JSON, shortened), or "(absent)". */
  actual: string;
  /** The schema node that decided, e.g. chat.schema.json#/definitions/ChatState. */
  schema: string;
  /** Whether the docs state this fact or it is inferred (from the schema's x-status). */
  status: FactStatus;
  /** Where the fact comes from (seed section or doc page; from the schema's x-source). */
  source: string;
}

/** A property the schemas do not document. Not an error: information for the judges. */
export interface UndocumentedProperty {
  pointer: string;
  /** The schema node of the object that holds it. */
  schema: string;
  actual: string;
}

export type Validation<T> =
  | { ok: true; value: T; errors: []; undocumented: UndocumentedProperty[] }
  | { ok: false; errors: SchemaFinding[]; undocumented: UndocumentedProperty[] };

/* --------------------------------------- error rendering --------------------------------------- */

function valueAt(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const token of pointer.split('/').slice(1)) {
    if (Array.isArray(node)) node = node[Number(unescapePointer(token))];
    else if (isObject(node)) node = node[unescapePointer(token)];
    else return undefined;
  }
  return node;
}

function expectedOf(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `property "${String(p.missingProperty)}" present`;
    case 'type':
      return `type ${String(p.type)}`;
    case 'const':
      return `exactly ${show(p.allowedValue)}`;
    case 'enum':
      return `one of ${(p.allowedValues as unknown[]).map((v) => show(v)).join(', ')}`;
    case 'format':
      return `format ${String(p.format)}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `${error.keyword === 'minimum' ? '>=' : error.keyword === 'maximum' ? '<=' : error.keyword === 'exclusiveMinimum' ? '>' : '<'} ${String(p.limit)}`;
    case 'minLength':
      return `at least ${String(p.limit)} character(s)`;
    case 'maxLength':
      return `at most ${String(p.limit)} character(s)`;
    case 'pattern':
      return `matching /${String(p.pattern)}/`;
    case 'oneOf':
      return 'exactly one of the alternatives';
    default:
      return error.message ?? error.keyword;
  }
}

function toFinding(error: ErrorObject, payload: unknown): SchemaFinding {
  const pointer = toPointer(error);
  let node: unknown = error.parentSchema;
  if (error.keyword === 'required') {
    const missing = String((error.params as { missingProperty: string }).missingProperty);
    const props = isObject(error.parentSchema) ? error.parentSchema.properties : undefined;
    const propSchema = isObject(props) ? props[missing] : undefined;
    if (isObject(propSchema)) node = propSchema.$ref ? schemaSet().resolveRef(String(propSchema.$ref), propSchema) : propSchema;
  }
  const info = schemaSet().info(node);
  const actual = show(valueAt(payload, pointer));
  const expected = expectedOf(error);
  const where = pointer === '' ? 'the payload' : pointer;
  return {
    pointer,
    keyword: error.keyword,
    message: `${where}: expected ${expected}, got ${actual}`,
    expected,
    actual,
    schema: `${info.file}#${info.pointer}`,
    status: info.status,
    source: info.source,
  };
}

function under(pointer: string, base: string): boolean {
  return pointer === base || pointer.startsWith(`${base}/`);
}

/**
 * Keeps what matters from ajv's allErrors output. For a failed oneOf ajv reports the errors of every
 * alternative. Here each alternative is validated on its own: when the payload's discriminators
 * (messageType, statusCode 0, ...) point to an alternative, only that alternative's errors are kept, so
 * a payload that is clearly a MessageLogUpdated is told what is wrong with it as a MessageLogUpdated.
 * When no alternative accepts the discriminators, only the discriminators are reported.
 */
function refine(errors: ErrorObject[], payload: unknown): ErrorObject[] {
  const oneOfs = errors.filter(
    (e) =>
      e.keyword === 'oneOf' &&
      !errors.some((o) => o !== e && o.keyword === 'oneOf' && under(e.instancePath, o.instancePath) && o.instancePath !== e.instancePath),
  );
  if (oneOfs.length === 0) return errors;
  let kept = errors.filter((e) => !oneOfs.some((o) => under(e.instancePath, o.instancePath)));
  for (const o of oneOfs) {
    const parent = o.parentSchema as SchemaNode;
    const all = alternatives(parent, 'oneOf', valueAt(payload, o.instancePath), o.instancePath);
    const keys = discriminators(parent, 'oneOf').map((name) => `${o.instancePath}/${escapePointer(name)}`);
    const meant = all.filter((a) => a.acceptsDiscriminators);
    if (all.some((a) => a.errors.length === 0)) {
      kept.push(o); // it matched several alternatives
    } else if (meant.length > 0) {
      for (const a of meant) kept = kept.concat(refine(a.errors, payload));
    } else if (keys.length > 0) {
      // No alternative accepts the discriminators: report them, for the alternative(s) they miss least.
      const wrong = all.map((a) => a.errors.filter((e) => keys.includes(toPointer(e))));
      const fewest = Math.min(...wrong.map((w) => w.length));
      kept = kept.concat(wrong.filter((w) => w.length === fewest).flat());
    } else {
      kept.push(o);
      for (const a of all) kept = kept.concat(refine(a.errors, payload));
    }
  }
  return kept;
}

/** Several `const` errors at one pointer (one per alternative) read best as one: "one of A, B". */
function mergeConsts(findings: SchemaFinding[]): SchemaFinding[] {
  const out: SchemaFinding[] = [];
  for (const f of findings) {
    const twin = out.find((o) => o.keyword === 'const' && f.keyword === 'const' && o.pointer === f.pointer);
    if (!twin) {
      out.push(f);
      continue;
    }
    const values = [twin.expected, f.expected].map((e) => e.replace(/^(exactly|one of) /, '')).join(', ');
    twin.expected = `one of ${values}`;
    twin.message = `${twin.pointer || 'the payload'}: expected ${twin.expected}, got ${twin.actual}`;
  }
  return out;
}

/* ------------------------------------ undocumented properties ---------------------------------- */

function walkUndocumented(schema: SchemaNode, data: unknown, pointer: string, out: UndocumentedProperty[]): void {
  if (typeof schema.$ref === 'string') {
    walkUndocumented(schemaSet().resolveRef(schema.$ref, schema), data, pointer, out);
  }
  for (const sub of (schema.allOf as SchemaNode[] | undefined) ?? []) walkUndocumented(sub, data, pointer, out);
  for (const key of ['oneOf', 'anyOf'] as const) {
    if (!Array.isArray(schema[key])) continue;
    // Only the alternatives that describe the data say which of its properties are documented.
    for (const alt of describing(alternatives(schema, key, data, pointer))) {
      walkUndocumented((schema[key] as SchemaNode[])[alt.index], data, pointer, out);
    }
  }
  const properties = isObject(schema.properties) ? schema.properties : undefined;
  if (isObject(data) && (properties || schema.type === 'object')) {
    const open = isObject(schema.additionalProperties) || schema.additionalProperties === true;
    for (const [key, value] of Object.entries(data)) {
      const childPointer = `${pointer}/${escapePointer(key)}`;
      const propSchema = properties?.[key];
      if (isObject(propSchema)) walkUndocumented(propSchema, value, childPointer, out);
      else if (isObject(schema.additionalProperties)) walkUndocumented(schema.additionalProperties, value, childPointer, out);
      else if (!open && properties) out.push({ pointer: childPointer, schema: schemaSet().where(schema), actual: show(value) });
    }
  }
  if (Array.isArray(data) && isObject(schema.items)) {
    const items = schema.items;
    data.forEach((item, i) => {
      walkUndocumented(items, item, `${pointer}/${i}`, out);
    });
  }
}

function dedupe(list: UndocumentedProperty[]): UndocumentedProperty[] {
  const seen = new Set<string>();
  return list.filter((u) => {
    if (seen.has(u.pointer)) return false;
    seen.add(u.pointer);
    return true;
  });
}

/* --------------------------------------------- API --------------------------------------------- */

/** Validates `payload` as `kind`. Never throws for any JSON value. */
export function validate<K extends PayloadKind>(kind: K, payload: unknown): Validation<PayloadTypes[K]> {
  const file = PAYLOAD_SCHEMAS[kind];
  const fn = schemaSet().validator(file);
  const ok = fn(payload);
  const rawErrors = fn.errors ? [...fn.errors] : [];
  const undocumented: UndocumentedProperty[] = [];
  walkUndocumented(schemaSet().files.get(file)!, payload, '', undocumented);
  if (ok) return { ok: true, value: payload as PayloadTypes[K], errors: [], undocumented: dedupe(undocumented) };
  const seen = new Set<string>();
  const errors = mergeConsts(
    refine(rawErrors, payload)
      .map((e) => toFinding(e, payload))
      .filter((f) => {
        if (seen.has(f.message)) return false;
        seen.add(f.message);
        return true;
      }),
  );
  return { ok: false, errors, undocumented: dedupe(undocumented) };
}

/** The meaning of a GWS statusCode, from the Return Values table (operation-response.schema.json). */
export function statusCodeMeaning(code: number): string | undefined {
  if (code === 0) return 'Success';
  const schema = schemaSet().files.get(PAYLOAD_SCHEMAS.OperationResponse)!;
  const error = (schema.definitions as JsonObject).OperationError as SchemaNode;
  const meanings = ((error.properties as JsonObject).statusCode as JsonObject)['x-meanings'] as Record<string, string>;
  return meanings[String(code)];
}

/** The titles of the schema files, for checks that every payload schema has a kind. */
export function schemaTitles(): Map<string, string> {
  return new Map([...schemaSet().files].map(([file, s]) => [file, String(s.title)]));
}
