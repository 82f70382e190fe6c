/**
 * Which alternative of a oneOf / anyOf describes a payload. A payload that fails every alternative is
 * told what is wrong with it as the alternative its discriminators (messageType, statusCode 0, ...)
 * point to, not as every alternative at once.
 */
import type { ErrorObject } from 'ajv';
import { escapePointer, isObject, type SchemaNode, schemaSet } from './schema-set.ts';

export interface Alternative {
  index: number;
  errors: ErrorObject[];
  /** The data's discriminator values (see discriminators()) are all acceptable to this alternative. */
  acceptsDiscriminators: boolean;
}

/** Properties that some alternative pins with `const` (messageType, statusCode 0, ...): they say which alternative is meant. */
export function discriminators(schema: SchemaNode, key: 'oneOf' | 'anyOf'): string[] {
  const names = new Set<string>();
  for (const alt of schema[key] as SchemaNode[]) {
    const root = typeof alt.$ref === 'string' ? schemaSet().resolveRef(alt.$ref, alt) : alt;
    const props = isObject(root.properties) ? root.properties : {};
    for (const [name, prop] of Object.entries(props)) if (isObject(prop) && 'const' in prop) names.add(name);
  }
  return [...names];
}

/** Validates `data` (found at `pointer` of the payload) against each alternative of schema[key]. */
export function alternatives(schema: SchemaNode, key: 'oneOf' | 'anyOf', data: unknown, pointer: string): Alternative[] {
  const info = schemaSet().info(schema);
  const keys = discriminators(schema, key).map((name) => `${pointer}/${escapePointer(name)}`);
  return (schema[key] as SchemaNode[]).map((_, index) => {
    const fn = schemaSet().validator(info.file, `${info.pointer}/${key}/${index}`);
    fn(data);
    const errors = (fn.errors ?? []).map((e) => ({ ...e, instancePath: pointer + e.instancePath }));
    const acceptsDiscriminators = keys.length > 0 && !errors.some((e) => keys.includes(toPointer(e)));
    return { index, errors, acceptsDiscriminators };
  });
}

/** The alternatives that describe `data`: those it satisfies, else those its discriminators point to. */
export function describing(all: Alternative[]): Alternative[] {
  const valid = all.filter((a) => a.errors.length === 0);
  return valid.length > 0 ? valid : all.filter((a) => a.acceptsDiscriminators);
}

/** The pointer an error is about (for `required`, the missing property itself). */
export function toPointer(error: ErrorObject): string {
  if (error.keyword !== 'required') return error.instancePath;
  return `${error.instancePath}/${escapePointer(String((error.params as { missingProperty: string }).missingProperty))}`;
}
