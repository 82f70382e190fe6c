/**
 * What an open choice is: where no page states or shows one answer, a server may answer either way, and
 * no requirement holds it to the suite's own reading. A check that meets the other answer reports it as
 * an open choice (INFO whose `open` names it): listed apart in the summary with why both answers are
 * legal and what no page says; never NON-STRICT, never a failure, in either profile. Each operation
 * lists its own (operations/<name>/requirements/open-choices.ts).
 */
export interface OpenChoice {
  /** Stable name: the `open` of a finding that records it. */
  name: string;
  /** The requirement whose check meets it. */
  requirement: string;
  /** What the docs leave open. */
  question: string;
  /** Why either answer is legal. */
  reasoning: string;
  /** What no page says, with the fact sheet's tags. */
  gap: string;
}
