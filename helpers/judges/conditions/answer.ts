/**
 * Conditions on the answer to an operation that succeeds: its HTTP status, and a body its declaration
 * allows (Accept: {"statusCode": 0}; Reject: that, {"status": 0}, or nothing).
 */
import type { Check } from '../check.ts';
import { json } from '../check.ts';
import { bodiesOf, eachActor, type OperationSubject, successBodyOf } from './subject.ts';

/** The operation answers the declared HTTP status. */
export function answersHttpStatus<Id extends string>(s: OperationSubject<Id>, id: Id): Check<Id> {
  const { verdictOf, notJudged } = s.judging;
  const want = s.operation.success.http;
  return {
    requirement: id,
    does: `reads the HTTP status of the ${s.operation.name} response`,
    run: eachActor(s, (v) => [
      v.answer?.response
        ? verdictOf(id, v.answer.response.status === want, `HTTP ${want}`, `HTTP ${v.answer.response.status}`)
        : notJudged(id, `no ${s.operation.name} response was recorded`),
    ]),
  };
}

/** The operation answers one of the bodies its declaration allows. */
export function answersADeclaredBody<Id extends string>(s: OperationSubject<Id>, id: Id): Check<Id> {
  const { verdictOf, notJudged } = s.judging;
  return {
    requirement: id,
    does: `reads the body of the ${s.operation.name} response`,
    run: eachActor(s, (v) => {
      const r = v.answer?.response;
      if (!r) return [notJudged(id, `no ${s.operation.name} response was recorded`)];
      const body = successBodyOf(r.body);
      const ok = body !== undefined && s.operation.success.bodies.includes(body);
      return [verdictOf(id, ok, bodiesOf(s.operation), r.body === undefined ? 'an empty body' : json(r.body), { evidence: [v.index] })];
    }),
  };
}
