/**
 * Checks of the Accept response: its HTTP status and its body (seed: {"statusCode": 0}).
 */
import { validate } from '../../../helpers/contract/validator.ts';
import { json } from '../../../helpers/judges/check.ts';
import { answersHttpStatus } from '../../../helpers/judges/conditions/index.ts';
import { ACCEPTED, type AcceptCheck, notJudged, verdictOf } from '../judging.ts';
import { perAcceptor } from '../view.ts';

export const httpStatusIs200 = answersHttpStatus(ACCEPTED, 'ACCEPT-HTTP-01');

export const bodyIsStatusCodeZero: AcceptCheck = {
  requirement: 'ACCEPT-RESP-01',
  does: 'validates the Accept response body and reads its statusCode',
  run: perAcceptor((v) => {
    if (!v.accept?.response) return [notJudged('ACCEPT-RESP-01', 'no Accept response was recorded')];
    const body = v.accept.response.body;
    const checked = validate('OperationResponse', body);
    const ok = checked.ok && checked.value.statusCode === 0;
    const out = [
      verdictOf(
        'ACCEPT-RESP-01',
        ok,
        '{"statusCode": 0}',
        checked.ok ? json(body) : `${json(body)} (${checked.errors.map((e) => e.message).join('; ')})`,
      ),
    ];
    for (const u of checked.undocumented)
      out.push({
        requirement: 'ACCEPT-RESP-01',
        verdict: 'INFO',
        expected: 'documented properties',
        observed: `undocumented ${u.pointer} = ${u.actual}`,
      });
    return out;
  }),
};

export const responseIsJson: AcceptCheck = {
  requirement: 'ACCEPT-RESP-02',
  does: 'reads the Content-Type of the Accept response',
  run: perAcceptor((v) => {
    const r = v.accept?.response;
    if (!r) return [notJudged('ACCEPT-RESP-02', 'no Accept response was recorded')];
    const type = Object.entries(r.headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1];
    const value = Array.isArray(type) ? type.join(', ') : type;
    return [
      verdictOf(
        'ACCEPT-RESP-02',
        typeof value === 'string' && /^application\/json\b/i.test(value.trim()),
        'Content-Type application/json',
        json(value),
      ),
    ];
  }),
};
