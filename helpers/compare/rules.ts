/**
 * How each difference between two runs is classified for the people who consume the API, the way
 * oasdiff classifies OpenAPI changes: breaking for a client (something it read is gone or different)
 * or compatible (something was added, or got faster). One row per rule; helpers/compare/rules.test.ts
 * has a test per row.
 */
import type { Aspect } from './observe.ts';

export type Change = 'added' | 'removed' | 'changed';
export type DriftClass = 'breaking' | 'compatible';

export interface Rule {
  id: string;
  aspect: Aspect | 'kind' | 'timing';
  change: Change | 'slower' | 'faster';
  class: DriftClass;
  /** Why, for a client. */
  why: string;
}

export const RULES: readonly Rule[] = [
  { id: 'field-removed', aspect: 'field', change: 'removed', class: 'breaking', why: 'a client reading the field finds nothing' },
  { id: 'field-added', aspect: 'field', change: 'added', class: 'compatible', why: 'clients ignore fields they do not read' },
  { id: 'type-changed', aspect: 'type', change: 'changed', class: 'breaking', why: 'a client parsing the field gets another JSON type' },
  { id: 'value-removed', aspect: 'value', change: 'removed', class: 'breaking', why: 'a client waiting for the value never sees it' },
  {
    id: 'value-added',
    aspect: 'value',
    change: 'added',
    class: 'compatible',
    why: 'a new value of a closed set; clients that switch on it should have a default',
  },
  { id: 'http-status-changed', aspect: 'http-status', change: 'changed', class: 'breaking', why: 'clients branch on the HTTP status' },
  { id: 'content-type-changed', aspect: 'content-type', change: 'changed', class: 'breaking', why: 'clients parse by content type' },
  {
    id: 'status-code-changed',
    aspect: 'status-code',
    change: 'changed',
    class: 'breaking',
    why: 'clients branch on the statusCode of an error',
  },
  {
    id: 'timestamp-form-changed',
    aspect: 'timestamp-form',
    change: 'changed',
    class: 'breaking',
    why: 'a client parsing timestamps in one form fails on the other',
  },
  { id: 'undocumented-added', aspect: 'undocumented', change: 'added', class: 'compatible', why: 'an extra field no client relies on yet' },
  {
    id: 'undocumented-removed',
    aspect: 'undocumented',
    change: 'removed',
    class: 'breaking',
    why: 'a client may have relied on the undocumented field',
  },
  {
    id: 'order-changed',
    aspect: 'order',
    change: 'changed',
    class: 'breaking',
    why: 'clients that build state from the sequence get it in another order',
  },
  {
    id: 'presence-changed',
    aspect: 'presence',
    change: 'changed',
    class: 'breaking',
    why: 'a notification gone, or arriving more than once',
  },
  { id: 'kind-gone', aspect: 'kind', change: 'removed', class: 'breaking', why: 'a message kind the baseline showed no longer appears' },
  { id: 'kind-new', aspect: 'kind', change: 'added', class: 'compatible', why: 'a message kind appears that the baseline did not show' },
  { id: 'slower', aspect: 'timing', change: 'slower', class: 'breaking', why: 'clients with timeouts may give up' },
  { id: 'faster', aspect: 'timing', change: 'faster', class: 'compatible', why: 'nothing a client can mind' },
];

/** The rule for an aspect and a change (a rule is missing only by a bug: it throws). */
export function ruleFor(aspect: Rule['aspect'], change: Rule['change']): Rule {
  const exact = RULES.find((r) => r.aspect === aspect && r.change === change);
  if (exact) return exact;
  // A closed scalar (status, content type, ...) that lost or gained a value changed.
  const changed = RULES.find((r) => r.aspect === aspect && r.change === 'changed');
  if (changed) return changed;
  throw new Error(`no classification rule for ${aspect} ${change}: add one to helpers/compare/rules.ts`);
}
