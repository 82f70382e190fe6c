/**
 * Which statusCodes name the reason an Accept failed, as the Return Values table (S17) reads: for each
 * probe of the error, validation and security scenarios, the codes whose meaning fits it, the suite's
 * own reading (the embedded simulator's) first. A code outside them names another reason (ACCEPT-CODE-01,
 * broken); another fitting code is the server's choice where the docs leave it open: an open choice
 * (error-code-reading), information, never broken.
 */
import { statusCodeMeaning } from '../contract/validator.ts';
import { type Check, json, notJudged, openChoiceFinding, verdictOf } from './check.ts';
import { isObject } from './views.ts';

export const REASON_CODES: Readonly<Record<string, readonly number[]>> = {
  'unknown-id': [6],
  'missing-nickname': [1],
  'accepted-twice': [2, 3],
  'not-offered': [6, 3, 5],
  'accepted-at-once': [2, 3],
  'empty-nickname': [1, 10],
  'nickname-not-string': [10, 2, 1],
  'savelar-invalid': [10, 2],
  'no-operationname': [1],
  'unknown-operationname': [2, 3, 10],
};

const named = (c: number) => `${c} (${statusCodeMeaning(c) ?? 'not in the table'})`;

/** The findings of ACCEPT-CODE-01 for a failed probe's answer body, or nothing to judge. */
export function reasonCode(probe: string, body: unknown, evidence: number): ReturnType<Check['run']> {
  const allowed = REASON_CODES[probe];
  if (!allowed) return [];
  const code = isObject(body) ? body.statusCode : undefined;
  if (typeof code !== 'number' || code === 0) return [notJudged('ACCEPT-CODE-01', `the ${probe} probe got no error statusCode to read`)];
  const out = [
    verdictOf(
      'ACCEPT-CODE-01',
      allowed.includes(code),
      `for ${probe}: statusCode ${allowed.map(named).join(' or ')}`,
      `statusCode ${named(code)}: ${json(body)}`,
      { evidence: [evidence] },
    ),
  ];
  if (allowed.includes(code) && code !== allowed[0])
    out.push(
      openChoiceFinding(
        'ACCEPT-CODE-01',
        'error-code-reading',
        `for ${probe}: statusCode ${named(allowed[0])}`,
        `for ${probe}: statusCode ${named(code)}`,
        { evidence: [evidence] },
      ),
    );
  return out;
}
