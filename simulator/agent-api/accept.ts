/**
 * Accept (POST /api/v2/me/chats/{id}, operationName Accept), as the seed documents it: the chat offered
 * to this agent becomes Chatting, the answer is {"statusCode": 0}, then StatusChange,
 * ParticipantsUpdated and MessageLogUpdated go to this agent on /v2/me/chats. The switched-on variants
 * and faults transform that plan; behavioural faults bend the checks before it.
 */
import type { ServerResponse } from 'node:http';
import type { SimContext } from '../context.ts';
import { type AcceptPlan, type Delivery, delayOf } from '../faults/index.ts';
import { gwsError, type HttpError, send, sendText } from '../http.ts';
import type { Agent, SimChat } from '../model.ts';
import { chatResource, messageLog, stateChange } from '../payloads.ts';
import type { AgentCall } from './call.ts';

export async function accept(call: AgentCall, id: string, body: Record<string, unknown>): Promise<void> {
  const { ctx, session } = call;
  const { model, apiBase } = ctx;
  const fault = (name: string) => ctx.fault(name);
  // Variants making the other choices the docs leave open: other statusCodes the Return Values table
  // allows; an empty nickname, and one that is not a string, accepted.
  const other = ctx.variant('other-open-choices');
  const lenient = ctx.variant('lenient-nickname');
  const agent = session.agent;
  const ok = () => call.ok({ statusCode: 0 });
  const notFound = () => gwsError(404, 6, `Chat ${id} not found`);

  let chat = model.chatForAgent(id, agent);
  if (!chat && fault('other-agent-can-accept')) {
    const any = model.chats.get(id);
    if (any?.state === 'Invited') chat = any;
  }
  if (!chat) {
    // The fault is about ids that exist nowhere; a chat offered to someone else stays not found.
    if (fault('unknown-id-accepted') && !model.chats.has(id)) return ok();
    if (other && model.chats.has(id)) throw gwsError(403, 3, `Chat ${id} is offered to another agent`);
    throw notFound();
  }
  let nickname = body.nickname;
  let errorAfterAccept: HttpError | undefined;
  const emptyTaken = nickname === '' && lenient;
  if ((nickname === undefined || nickname === '') && !emptyTaken) {
    const missing =
      nickname === '' && other
        ? gwsError(400, 10, 'nickname must not be empty')
        : gwsError(400, 1, 'Required parameter nickname is missing');
    if (fault('missing-nickname-accepted')) nickname = agent.username;
    else if (fault('error-changes-state') && chat.state === 'Invited') {
      nickname = agent.username;
      errorAfterAccept = missing;
    } else throw missing;
  }
  // Fault nickname-type-ignored: such an Accept answers success and does nothing.
  if (typeof nickname !== 'string' && fault('nickname-type-ignored')) return ok();
  if (typeof nickname !== 'string' && !lenient) throw gwsError(400, other ? 2 : 10, 'nickname must be a string');
  const shown = String(nickname);
  if (body.saveLAR !== undefined && typeof body.saveLAR !== 'boolean' && !fault('savelar-unchecked'))
    throw gwsError(400, other ? 2 : 10, 'saveLAR must be true or false');
  if (body.saveLAR !== undefined && fault('savelar-refused')) throw gwsError(400, 10, 'saveLAR is not supported');
  if (chat.state !== 'Invited') {
    if (fault('second-accept-succeeds') && chat.agent === agent) return ok();
    // Fault double-accept-race: an Accept that comes right after the first one succeeds again.
    const first = accepted.get(chat);
    if (fault('double-accept-race') && chat.agent === agent && first && Date.now() - first.at < 300)
      return executePlan(ctx, call.res, first.plan, agent, call.headers);
    throw gwsError(400, other ? 3 : 2, `Chat ${id} cannot be accepted in state ${chat.state}`);
  }
  const referenceId = session.nextReferenceId++;
  model.accept(chat, agent, shown, Date.now());
  const plan: AcceptPlan = {
    status: 200,
    body: { statusCode: 0 },
    notifications: [
      stateChange('StatusChange', chatResource(apiBase, chat, 'chatting-empty'), referenceId),
      stateChange('ParticipantsUpdated', chatResource(apiBase, chat, 'chatting'), referenceId),
      messageLog(apiBase, chat, chat.entries),
    ],
    notifyBeforeResponse: false,
    notifyDelayMs: delayOf(ctx.deviations, 'notificationDelayMs'),
    later: [],
    leakToOthers: false,
  };
  if (errorAfterAccept) {
    plan.status = errorAfterAccept.status;
    plan.body = errorAfterAccept.body;
  }
  const planContext = { chatId: chat.id, otherChatId: model.newChatId(), apiBase, agentUserName: agent.username };
  for (const d of ctx.deviations) d.transform?.(plan, planContext);
  ctx.log.info({ chat: chat.id, agent: agent.username, referenceId }, 'chat accepted');
  accepted.set(chat, { at: Date.now(), plan });
  return executePlan(ctx, call.res, plan, agent, call.headers);
}

/** When each chat was accepted, and its plan, for the double-accept-race fault. */
const accepted = new WeakMap<SimChat, { at: number; plan: AcceptPlan }>();

/** The last Accept of each simulator, for the concurrent-accepts-crossed fault. */
const lastAccepts = new WeakMap<SimContext, { agent: Agent; at: number }>();

function executePlan(ctx: SimContext, res: ServerResponse, plan: AcceptPlan, agent: Agent, headers: Record<string, string>): void {
  const now = Date.now();
  const lastAccept = lastAccepts.get(ctx);
  const crossedTo =
    ctx.fault('concurrent-accepts-crossed') && lastAccept && lastAccept.agent !== agent && now - lastAccept.at < 250
      ? lastAccept.agent
      : undefined;
  lastAccepts.set(ctx, { agent, at: now });
  const deliver = (to: Agent, d: Delivery) => ctx.bayeux.deliver(to, d);
  const notify = () => {
    for (const d of plan.notifications) {
      deliver(agent, d);
      if (crossedTo) deliver(crossedTo, structuredClone(d));
      if (plan.leakToOthers) for (const other of ctx.model.agents.values()) if (other !== agent) deliver(other, structuredClone(d));
    }
    for (const l of plan.later) ctx.later(l.delayMs, () => deliver(agent, l.delivery));
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
