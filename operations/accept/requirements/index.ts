/**
 * Accept's requirement catalogue, in the order reports list it: the Accept itself (response, sequence,
 * chat, participants, history, offer, identities), its error cases, what the server must refuse, its
 * parameters, and Accepts at once. Each entry: a stable ID, MUST or SHOULD, one sentence, its source
 * and main page, and whether a page states it or a sample shows it. The text of a requirement lives
 * here only.
 */
import { ACCEPT_REQUIREMENTS } from './accept.ts';
import { CONCURRENCY_REQUIREMENTS } from './concurrency.ts';
import { ERROR_REQUIREMENTS } from './errors.ts';
import { PARAMS_REQUIREMENTS } from './params.ts';
import { SECURITY_REQUIREMENTS } from './security.ts';

export const ACCEPT_CATALOGUE = [
  ...ACCEPT_REQUIREMENTS,
  ...ERROR_REQUIREMENTS,
  ...SECURITY_REQUIREMENTS,
  ...PARAMS_REQUIREMENTS,
  ...CONCURRENCY_REQUIREMENTS,
] as const;
