/**
 * Operators on the fields of every notification (offers included): remove, null, another JSON type,
 * empty, another value of the field's documented enumeration (from the schemas), a value taken from
 * another chat or participant.
 */
import { documentedValueSets } from '../../contract/documented-values.ts';
import type { BayeuxEvent, Transcript } from '../../contract/generated/payloads.ts';
import { dataOf, type Field, fields, fieldsInSubject, type Json, notifications, REMOVE, setAt } from './locate.ts';
import type { CorpusEntry, IdentityPools, Mutant, Operator } from './types.ts';

const VALUE_SETS = documentedValueSets();

/** Another documented value of the enumeration that holds `value`, or undefined. */
export function otherDocumentedValue(value: string): string | undefined {
  const set = VALUE_SETS.find((s) => s.includes(value));
  if (!set) return undefined;
  return set[(set.indexOf(value) + 1) % set.length];
}

/** Fields whose values identify something: a chat, a participant, a name. */
export const IDENTITY_KEYS = ['id', 'participantId', 'uri', 'chatUri', 'chatPath', 'nickname'];

function otherType(v: Json): Json | undefined {
  if (typeof v === 'string') return 42;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return {};
  if (v && typeof v === 'object') return '[object]';
  return undefined;
}

function empty(v: Json): Json | undefined {
  if (typeof v === 'string') return v === '' ? undefined : '';
  if (Array.isArray(v)) return v.length === 0 ? undefined : [];
  if (v && typeof v === 'object') return Object.keys(v).length === 0 ? undefined : {};
  return undefined;
}

type FieldChange = (f: Field, pools: IdentityPools) => { value: Json | typeof REMOVE; says: string } | undefined;

/** An operator applying `change` to every field of every notification of a transcript. */
function fieldOperator(name: string, does: string, change: FieldChange): Operator {
  return {
    name,
    does,
    mutate(entry: CorpusEntry, pools: IdentityPools) {
      const out: Omit<Mutant, 'operator'>[] = [];
      for (const n of notifications(entry.transcript).filter((x) => fieldsInSubject(entry.transcript, x.index))) {
        for (const f of fields(dataOf(n.event))) {
          const c = change(f, pools);
          if (!c) continue;
          const transcript = structuredClone(entry.transcript) as Transcript;
          setAt(dataOf(transcript.events[n.index] as BayeuxEvent), f.path, c.value);
          out.push({
            id: `${entry.name}:${name}:${n.label}:${f.path}`,
            description: `${n.label} ${f.path}: ${c.says}`,
            transcript,
          });
        }
      }
      return out;
    },
  };
}

const show = (v: Json) => JSON.stringify(v).slice(0, 60);

export const FIELD_OPERATORS: Operator[] = [
  fieldOperator('remove-field', 'removes the field (an array element: removes the element)', () => ({ value: REMOVE, says: 'removed' })),
  fieldOperator('null-field', 'sets the field to null', (f) => (f.value === null ? undefined : { value: null, says: 'null' })),
  fieldOperator('other-type', 'gives the field another JSON type (a string 42, a number as a string, ...)', (f) => {
    const v = otherType(f.value);
    return v === undefined ? undefined : { value: v, says: `${show(f.value)} → ${show(v)}` };
  }),
  fieldOperator('empty', 'empties the field: "", [] or {}', (f) => {
    const v = empty(f.value);
    return v === undefined ? undefined : { value: v, says: `${show(f.value)} → ${show(v)}` };
  }),
  fieldOperator('other-enum', 'replaces a documented value by another of its enumeration (schemas)', (f) => {
    if (typeof f.value !== 'string') return undefined;
    const v = otherDocumentedValue(f.value);
    return v === undefined || v === f.value ? undefined : { value: v, says: `${f.value} → ${v}` };
  }),
  fieldOperator('other-identity', 'replaces an id, uri or nickname by the value of another chat or participant', (f, pools) => {
    if (typeof f.key !== 'string' || !IDENTITY_KEYS.includes(f.key) || typeof f.value !== 'string') return undefined;
    const v = (pools[f.key] ?? []).find((x) => x !== f.value);
    return v === undefined ? undefined : { value: v, says: `${show(f.value)} → ${show(v)} (another's)` };
  }),
];

/** The identity values the corpus holds, per key: where other-identity takes "another chat's" values from. */
export function identityPools(corpus: CorpusEntry[]): IdentityPools {
  const pools: Record<string, Set<string>> = {};
  for (const entry of corpus)
    for (const n of notifications(entry.transcript))
      for (const f of fields(dataOf(n.event)))
        if (typeof f.key === 'string' && IDENTITY_KEYS.includes(f.key) && typeof f.value === 'string') {
          pools[f.key] ??= new Set();
          pools[f.key].add(f.value);
        }
  return Object.fromEntries(Object.entries(pools).map(([k, v]) => [k, [...v].sort()]));
}
