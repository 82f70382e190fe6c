/**
 * Which statusCodes name the reason an Accept failed, as the Return Values table (S17) reads: for each
 * probe of the error, validation and security scenarios, the codes whose meaning fits it, the suite's
 * own reading (the embedded simulator's) first. A code outside them names another reason (ACCEPT-CODE-01,
 * broken); another fitting code is the server's choice where the docs leave it open: an open choice
 * (error-code-reading), information, never broken.
 */
import { statusCodeMeaning } from '../../../helpers/contract/validator.ts';
import { json } from '../../../helpers/judges/check.ts';
import { isObject } from '../../../helpers/judges/views.ts';
import { type AcceptCheck, notJudged, openChoiceFinding, verdictOf } from '../judging.ts';
import { ACCEPT } from '../operation.ts';

/** For each error case of the declaration, the statusCodes that name its reason, the suite's own reading first. */
export const REASON_CODES: Readonly<Record<string, readonly number[]>> = Object.fromEntries(
  ACCEPT.errors.map((e) => [e.name, e.statusCodes]),
);

const named = (c: number) => `${c} (${statusCodeMeaning(c) ?? 'not in the table'})`;

/** The findings of ACCEPT-CODE-01 for a failed probe's answer body, or nothing to judge. */
export function reasonCode(probe: string, body: unknown, evidence: number): ReturnType<AcceptCheck['run']> {
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
