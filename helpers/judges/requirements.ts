/**
 * The requirement catalogue for Accept. Each entry: a stable ID, MUST or SHOULD, one sentence, the
 * source (the doc pages, by title, and what they show), the address of the main page, and whether a
 * page states it or a sample shows it (then it is a SHOULD). Where the docs leave a choice open, the
 * other answer is an open choice (catalogue/open-choices.ts), never a broken requirement. Every
 * check (helpers/judges/) names one of these. The entries live in catalogue/, one file per scenario;
 * helpers/judges/traceability.md shows which documented fact each one checks. The pages, and what was
 * read from them, are kept in the repository: docs/chat-accept-page.txt (the Accept page) and
 * docs/gws-chat-api-facts.md (every other page, by tag S1..S35, C1..C4).
 */

import { ACCEPT_REQUIREMENTS } from './catalogue/accept.ts';
import { CONCURRENCY_REQUIREMENTS } from './catalogue/concurrency.ts';
import { ERROR_REQUIREMENTS } from './catalogue/errors.ts';
import { PARAMS_REQUIREMENTS } from './catalogue/params.ts';
import type { Requirement } from './catalogue/requirement.ts';
import { SECURITY_REQUIREMENTS } from './catalogue/security.ts';

export { OPEN_CHOICES, type OpenChoice, openChoice } from './catalogue/open-choices.ts';
export { type DocPage, FACT_SHEET, PAGES } from './catalogue/pages.ts';
export type { Level, Requirement } from './catalogue/requirement.ts';

export const REQUIREMENTS: readonly Requirement[] = [
  ...ACCEPT_REQUIREMENTS,
  ...ERROR_REQUIREMENTS,
  ...SECURITY_REQUIREMENTS,
  ...PARAMS_REQUIREMENTS,
  ...CONCURRENCY_REQUIREMENTS,
];

export function requirement(id: string): Requirement {
  const r = REQUIREMENTS.find((x) => x.id === id);
  if (!r) throw new Error(`unknown requirement ${id}`);
  return r;
}
