/**
 * Which statusCodes name the reason an Accept failed, as the Return Values table (S17) reads: for each
 * probe of the error, validation and security scenarios, the codes whose meaning fits it. Which one a
 * server picks among them is its choice; a code outside them names another reason (ACCEPT-CODE-01).
 */
import { statusCodeMeaning } from '../contract/validator.ts';
import { type Check, json, notJudged, verdictOf } from './check.ts';
import { isObject } from './views.ts';

export const REASON_CODES: Readonly<Record<string, readonly number[]>> = {
  'unknown-id': [6],
  'missing-nickname': [1],
  'accepted-twice': [2, 3],
  'not-offered': [3, 5, 6],
  'accepted-at-once': [2, 3],
  'empty-nickname': [1, 10],
  'nickname-not-string': [1, 10],
  'savelar-invalid': [10],
  'no-operationname': [1],
  'unknown-operationname': [2, 3, 10],
};

/** One finding of ACCEPT-CODE-01 for a failed probe's answer body, or nothing to judge. */
export function reasonCode(probe: string, body: unknown, evidence: number): ReturnType<Check['run']> {
  const allowed = REASON_CODES[probe];
  if (!allowed) return [];
  const code = isObject(body) ? body.statusCode : undefined;
  if (typeof code !== 'number' || code === 0) return [notJudged('ACCEPT-CODE-01', `the ${probe} probe got no error statusCode to read`)];
  const name = (c: number) => `${c} (${statusCodeMeaning(c) ?? 'not in the table'})`;
  return [
    verdictOf(
      'ACCEPT-CODE-01',
      allowed.includes(code),
      `for ${probe}: statusCode ${allowed.map(name).join(' or ')}`,
      `statusCode ${name(code)}: ${json(body)}`,
      {
        evidence: [evidence],
      },
    ),
  ];
}
