/**
 * What a requirement is: a stable ID, MUST or SHOULD, one sentence, its source and main page, whether
 * a page states it or a doc sample shows it. Which scenarios decide it, their tests say
 * (helpers/scenarios/scenario.ts). Where the docs leave a
 * choice open, no requirement holds a server to one answer: the other answers are open choices
 * (catalogue/open-choices.ts), information, never NON-STRICT.
 */
export type Level = 'MUST' | 'SHOULD';

export interface Requirement {
  id: string;
  level: Level;
  /** One sentence: what a conformant server does. */
  text: string;
  /** The doc pages, by title, and what they show (docs/gws-chat-api-facts.md §1 gives every page's address). */
  source: string;
  /** Doc page URL of the main source, for reports. */
  url: string;
  /**
   * documented: a page states it. shown: a doc sample (a page's example, or Genesys' own sample
   * clients) shows it without the text stating it; such a requirement is a SHOULD. Both are what a
   * broken requirement is judged against: FAIL for a MUST, NON-STRICT for a SHOULD (the strict profile
   * fails those too).
   */
  status: 'documented' | 'shown';
}
