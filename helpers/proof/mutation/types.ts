/**
 * What the mutation engine works with: faithful transcripts (the corpus), operators that derive broken
 * copies of them (mutants), and what judging a mutant showed.
 */
import type { Transcript } from '../../contract/generated/payloads.ts';

/** A faithful transcript the mutants start from. */
export interface CorpusEntry {
  /** Stable name: the scenario (accept, error-unknown-id, concurrency, ...) or "seed". */
  name: string;
  transcript: Transcript;
}

export interface Mutant {
  /** Stable id: corpus:operator:location[:detail]; the same on every recording of the scenario. */
  id: string;
  operator: string;
  /** One line: what the mutant changes. */
  description: string;
  transcript: Transcript;
}

/** An operator: every mutant it derives from one transcript. */
export interface Operator {
  name: string;
  /** What the operator does, in words (the report lists it). */
  does: string;
  /**
   * Legal by the docs: every mutant it makes is expected to survive (an equivalent mutant). Killing
   * one is a false alarm: the suite would flag a conformant server.
   */
  legal?: boolean;
  mutate(entry: CorpusEntry, pools: IdentityPools): Omit<Mutant, 'operator'>[];
}

/** Values of each identity seen anywhere in the corpus: where "a value taken from another chat or participant" comes from. */
export type IdentityPools = Record<string, string[]>;

export type Outcome = 'killed' | 'equivalent' | 'survived' | 'false-alarm';

export interface MutantResult {
  id: string;
  operator: string;
  description: string;
  outcome: Outcome;
  /** The requirements the mutant was flagged on (FAIL or NON-STRICT), beyond the faithful transcript's. */
  flagged: string[];
  /** For an equivalent mutant: the documented reason it is legal. */
  reason?: string;
}
