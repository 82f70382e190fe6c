/**
 * What the generic conditions judge: one operation, as its declaration states it
 * (helpers/contract/operation.ts), carried out at the drive's step that marks it. An operation's checks
 * call the conditions with the requirement each decides, as a test plan attaches a spec section to a
 * condition; the conditions read the declaration, never an operation's name.
 */
import type { Finding, HttpEvent, Transcript } from '../../contract/generated/payloads.ts';
import type { OperationDecl, SuccessBody } from '../../contract/operation.ts';
import { type CheckContext, type Judging, perActor } from '../check.ts';
import { operationView } from '../operation-view.ts';
import { isObject, type OperationView } from '../views.ts';

export interface OperationSubject<Id extends string> {
  operation: OperationDecl;
  /** The drive's step that marks the operation (its scenarios' drivers record it). */
  step: string;
  /** The operation's judging helpers, typed by its requirement IDs. */
  judging: Judging<Id, string>;
}

/** Which of the success bodies a declaration can allow `body` is (undefined: none of them). */
export function successBodyOf(body: unknown): SuccessBody | undefined {
  if (body === undefined || body === null || body === '') return 'empty';
  if (!isObject(body)) return undefined;
  if (body.statusCode === 0) return 'statusCode 0';
  if (body.status === 0 && body.statusCode === undefined) return 'status 0';
  return undefined;
}

/** The declared success bodies, as a report shows them. */
export function bodiesOf(operation: OperationDecl): string {
  const shown: Record<SuccessBody, string> = { 'statusCode 0': '{"statusCode": 0}', 'status 0': '{"status": 0}', empty: 'an empty body' };
  return operation.success.bodies.map((b) => shown[b]).join(' or ');
}

/** Did the exchange succeed as the declaration allows (HTTP 200 with one of its bodies)? No answer is not a success. */
export function declaredSuccess(operation: OperationDecl, e: HttpEvent | undefined): boolean {
  const r = e?.response;
  if (!r || r.status !== operation.success.http) return false;
  const body = successBodyOf(r.body);
  return body !== undefined && operation.success.bodies.includes(body);
}

/** Runs `fn` on each actor's view of the operation; an actor that did not carry it out leaves nothing to judge. */
export function eachActor<Id extends string>(
  s: OperationSubject<Id>,
  fn: (v: OperationView, ctx: CheckContext) => Finding[],
): (ctx: CheckContext) => Finding[] {
  return perActor((t: Transcript, actor: string, operations) => operationView(t, actor, s.step, operations), fn);
}
