/**
 * What a requirement is: a stable ID, MUST or SHOULD, one sentence, its source and main page, whether
 * the docs state it or it is inferred, and the scenario that decides it.
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
  status: 'documented' | 'inferred';
  /** The scenario that decides it. */
  scenario: 'accept' | 'errors' | 'validation' | 'security' | 'params' | 'concurrency';
}
