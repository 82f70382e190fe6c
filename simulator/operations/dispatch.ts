/**
 * The chat operations (POST /api/v2/me/chats/{id}), dispatched by operationName to the handler its
 * operation declares (a table, operations/<name>/simulator/): the handler's checks run in order, each
 * refusal answered unless a deviation switched on bends it; then the plan of the success, transformed by
 * the deviations of that operation, is carried out: the answer, the notifications, what follows.
 */
import type { ServerResponse } from 'node:http';
import type { AgentCall } from '../agent-api/call.ts';
import { HttpError, isObject, operationError, readJson, send, sendText } from '../http.ts';
import type { Agent } from '../model.ts';
import { chatResource, stateChange } from '../payloads.ts';
import type { SimSwitch } from '../switches.ts';
import type { SimContext } from './operation.ts';
import { delayOf, lateOf, type OperationCall, type SimOperation } from './operation.ts';
import type { Delivery, Plan } from './plan.ts';

export async function chatOperation(call: AgentCall, id: string): Promise<void> {
  const named: { operation?: string } = {};
  try {
    return await operate(call, id, named);
  } catch (err) {
    throw answered(call.ctx, err, named.operation);
  }
}

/**
 * Is an error-answer switch on for this answer? A deviation of the operation's own catalogue switches it
 * for that operation's refusals; a refusal of no known operation (no or an unknown operationName, a body
 * that is not JSON) follows the switch server-wide.
 */
function onFor(ctx: SimContext, operation: string | undefined, behaviour: SimSwitch): boolean {
  return operation === undefined ? ctx.on(behaviour) : ctx.activeOf(operation).some((d) => d.switches?.includes(behaviour));
}

/** A failed operation's answer, as the error-answer switches bend it. */
function answered(ctx: SimContext, err: unknown, operation: string | undefined): unknown {
  if (!(err instanceof HttpError)) return err;
  // Every failed chat operation answers statusCode 4 (internal error).
  if (onFor(ctx, operation, 'error-statuscodes-generic') && isObject(err.body) && typeof err.body.statusCode === 'number')
    return new HttpError(err.status, { ...err.body, statusCode: 4 }, err.headers);
  // The error body holds the statusCode only.
  if (onFor(ctx, operation, 'error-without-statusmessage') && isObject(err.body) && 'statusMessage' in err.body) {
    const { statusMessage: _dropped, ...rest } = err.body;
    return new HttpError(err.status, rest, err.headers);
  }
  // The error body is JSON, served as text/html.
  if (onFor(ctx, operation, 'error-html') && err.text === undefined)
    return new HttpError(err.status, err.body, { ...err.headers, 'Content-Type': 'text/html;charset=UTF-8' });
  return err;
}

/** The handler a request names: by operationName, or, without one, the operation a deviation takes it for. */
function handlerOf(ctx: SimContext, name: unknown): SimOperation | undefined {
  if (name === undefined) {
    const nameless = [...ctx.operations.values()].find((op) => ctx.activeOf(op.name).some((d) => d.takesNamelessRequests));
    return nameless;
  }
  return typeof name === 'string' ? ctx.operations.get(name) : undefined;
}

async function operate(call: AgentCall, id: string, named: { operation?: string }): Promise<void> {
  const { ctx, session } = call;
  const body = await readJson(call.req, ctx.bodyLimit);
  const handler = handlerOf(ctx, body.operationName);
  if (!handler) {
    // An operation that does not exist answers success and does nothing.
    if (typeof body.operationName === 'string' && ctx.on('unknown-operation-ignored')) return call.ok();
    throw operationError(body.operationName, ctx.on('other-open-choices'));
  }
  named.operation = handler.name;
  const op: OperationCall = { ctx, session, agent: session.agent, chatId: id, body };
  const deviations = ctx.activeOf(handler.name);
  const state = handler.prepare(op);
  let refuseAfter: HttpError | undefined;
  for (const rule of [...handler.rules, ...deviations.flatMap((d) => d.rules ?? [])]) {
    const refusal = rule.check(op, state);
    if (!refusal) continue;
    const instead = deviations.map((d) => d.bends?.[rule.name]?.(op, state, refusal)).find((i) => i !== undefined);
    if (instead === undefined && ctx.on('left-chat-answers-success') && ctx.model.chats.get(id)?.state === 'LeftChat') return call.ok();
    if (instead === undefined && endedHere(ctx, id, op.agent)) {
      if (ctx.on('ended-chat-answers-success')) return call.ok();
      if (ctx.on('ended-chat-refusal-notifies')) {
        const chat = ctx.model.chats.get(id)!;
        ctx.later(0, () => ctx.bayeux.deliver(op.agent, stateChange('StatusChange', chatResource(ctx.apiBase, chat, 'completed'))));
      }
    }
    if (instead === undefined) throw deviations.reduce((e, d) => d.refusal?.(e) ?? e, refusal);
    if (instead === 'answer-success') return call.ok();
    if (instead === 'go-on-then-refuse') refuseAfter = refusal;
    else if (instead !== 'go-on') return carryOut(ctx, call.res, instead.replay, op.agent, call.headers);
  }
  const plan = handler.plan(op, state);
  plan.notifyDelayMs = Math.max(plan.notifyDelayMs, delayOf(ctx.deviations, 'notificationDelayMs'));
  if (refuseAfter) {
    plan.status = refuseAfter.status;
    plan.body = refuseAfter.body;
  }
  const chat = ctx.model.chats.get(id);
  if (chat) {
    const planContext = {
      chat,
      chatId: chat.id,
      otherChatId: ctx.model.newChatId(),
      apiBase: ctx.apiBase,
      agent: op.agent,
      agentUserName: op.agent.username,
      body: op.body,
      referenceId: session.nextReferenceId - 1,
      sim: ctx,
    };
    for (const d of deviations) d.transform?.(plan, planContext);
  }
  // What is sent later is declared (Deviation.lateMs): the suite's waits are chosen from it.
  const late = lateOf(ctx.deviations);
  for (const l of plan.later)
    if (l.delayMs > late)
      throw new Error(`a deviation of ${handler.name} sends a notification ${l.delayMs} ms later but declares lateMs ${late}: declare it`);
  if (ctx.on('referenceid-repeated'))
    for (const d of [...plan.notifications, ...plan.later.map((l) => l.delivery)]) if ('referenceId' in d.data) d.data.referenceId = 1;
  return carryOut(ctx, call.res, plan, op.agent, call.headers);
}

/** The chat `id` has ended for `agent`: it completed it, or rejected it (what the ended-chat faults act on). */
function endedHere(ctx: SimContext, id: string, agent: Agent): boolean {
  const chat = ctx.model.chats.get(id);
  return !!chat && ((chat.state === 'Completed' && chat.agent === agent) || chat.rejectedBy.has(agent));
}

/** Answers, then notifies the agent (and whom else the plan says), then what follows. */
export function carryOut(ctx: SimContext, res: ServerResponse, plan: Plan, agent: Agent, headers: Record<string, string>): void {
  const deliver = (to: Agent, d: Delivery) => ctx.bayeux.deliver(to, d);
  const notify = () => {
    for (const d of plan.notifications) {
      deliver(agent, d);
      for (const other of plan.alsoTo) deliver(other, structuredClone(d));
      if (plan.leakToOthers) for (const other of ctx.model.agents.values()) if (other !== agent) deliver(other, structuredClone(d));
    }
    for (const l of plan.later) ctx.later(l.delayMs, () => deliver(agent, l.delivery));
    plan.afterwards?.();
  };
  const respond = (after?: () => void) => {
    if (plan.rawBody) sendText(res, plan.status, plan.rawBody.text, plan.rawBody.contentType, headers, after);
    else send(res, plan.status, plan.body, headers, after);
  };
  if (plan.notifyBeforeResponse) {
    // Hold the response until the long-poll carrying the notifications has been answered.
    notify();
    ctx.later(100, () => respond());
  } else if (plan.notifyDelayMs > 0) {
    respond(() => ctx.later(plan.notifyDelayMs, notify));
  } else {
    respond(notify);
  }
}
