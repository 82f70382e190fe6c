/**
 * What one acceptor did and received: its operation's view (helpers/judges/views.ts) from its accept
 * step, with the nickname its Accept sent (the scenario's when the body has none).
 */
import type { Finding, HttpEvent, Transcript } from '../../helpers/contract/generated/payloads.ts';
import type { OperationDecl } from '../../helpers/contract/operation.ts';
import { type CheckContext, perActor } from '../../helpers/judges/check.ts';
import { operationView } from '../../helpers/judges/operation-view.ts';
import type { OperationView } from '../../helpers/judges/views.ts';

/** The drive's step that marks an Accept (its scenarios' drivers record it). */
export const ACCEPT_STEP = 'accept';

export interface AcceptView extends OperationView {
  nickname: string;
  accept?: HttpEvent;
  acceptIndex: number;
}

export function acceptView(t: Transcript, actor: string, operations?: readonly OperationDecl[]): AcceptView {
  const v = operationView(t, actor, ACCEPT_STEP, operations);
  const sent = (v.answer?.request.body as { nickname?: unknown } | undefined)?.nickname;
  return { ...v, nickname: typeof sent === 'string' ? sent : t.scenario.nickname, accept: v.answer, acceptIndex: v.index };
}

/** Runs `fn` for each acceptor of the scenario; without an Accept there is nothing to judge. */
export const perAcceptor = (fn: (v: AcceptView, ctx: CheckContext) => Finding[]): ((ctx: CheckContext) => Finding[]) =>
  perActor(acceptView, fn);
