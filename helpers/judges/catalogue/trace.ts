/**
 * What a row of the traceability table is: one documented fact bearing on Accept (a parameter and one of
 * its cases, a field, an identity seen in several places, a security mechanism, an error), the
 * requirements that check it, or why none does.
 */
export type Aspect = 'parameter' | 'field' | 'identity' | 'security' | 'error';

export interface Trace {
  aspect: Aspect;
  /** The parameter, field (by its path in a payload), identity, mechanism or error. */
  subject: string;
  /** The case exercised: present, absent, empty, wrong type, another value, ... */
  case: string;
  /** What the docs say, with their tags (S1.., C1.., §n resolve in docs/gws-chat-api-facts.md). */
  fact: string;
  /** The requirements that decide it; empty when `reason` says why none does. */
  requirements: string[];
  /** Why no requirement checks it (documented as optional, docs contradict each other, ...). */
  reason?: string;
}

/** A row checked by requirements. */
export const checked = (aspect: Aspect, subject: string, c: string, fact: string, requirements: string[]): Trace => ({
  aspect,
  subject,
  case: c,
  fact,
  requirements,
});

/** A row no requirement checks, and why. */
export const unchecked = (aspect: Aspect, subject: string, c: string, fact: string, reason: string): Trace => ({
  aspect,
  subject,
  case: c,
  fact,
  requirements: [],
  reason,
});
