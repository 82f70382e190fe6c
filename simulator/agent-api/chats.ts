/**
 * /api/v2/me/chats and /api/v2/me/chats/{id}: the agent's chats (GET) and the chat operations (POST):
 * Accept (agent-api/accept.ts), Reject (the chat is offered to another agent), Complete, SendMessage.
 */
import { routeAndOffer } from '../context.ts';
import type { Json } from '../faults/index.ts';
import { gwsError, HttpError, isObject, operationError, readJson } from '../http.ts';
import { chatResource, chatUri, messageLog, snapshot, stateChange } from '../payloads.ts';
import { accept } from './accept.ts';
import type { AgentCall } from './call.ts';

export function listChats(call: AgentCall, query: URLSearchParams): void {
  const mine = [...call.session.agent.chats];
  const apiBase = call.ctx.apiBase;
  if (query.get('fields') === '*') call.ok({ statusCode: 0, chats: mine.map((c) => snapshot(apiBase, c)) as unknown as Json });
  else call.ok({ statusCode: 0, uris: mine.map((c) => chatUri(apiBase, c)) });
}

export function getChat(call: AgentCall, id: string): void {
  const chat = call.ctx.model.chatForAgent(id, call.session.agent);
  if (!chat) throw gwsError(404, 6, `Chat ${id} not found`);
  call.ok({ statusCode: 0, chat: snapshot(call.ctx.apiBase, chat) as unknown as Json });
}

export async function chatOperation(call: AgentCall, id: string): Promise<void> {
  try {
    return await operate(call, id);
  } catch (err) {
    // Fault error-statuscodes-generic: every failed chat operation answers statusCode 4 (internal error).
    if (
      call.ctx.fault('error-statuscodes-generic') &&
      err instanceof HttpError &&
      isObject(err.body) &&
      typeof err.body.statusCode === 'number'
    ) {
      throw new HttpError(err.status, { ...err.body, statusCode: 4 }, err.headers);
    }
    // Fault error-without-statusmessage: the error body holds the statusCode only.
    if (call.ctx.fault('error-without-statusmessage') && err instanceof HttpError && isObject(err.body) && 'statusMessage' in err.body) {
      const { statusMessage: _dropped, ...rest } = err.body;
      throw new HttpError(err.status, rest, err.headers);
    }
    // Fault error-html: the error body is JSON, served as text/html.
    if (call.ctx.fault('error-html') && err instanceof HttpError && err.text === undefined)
      throw new HttpError(err.status, err.body, { ...err.headers, 'Content-Type': 'text/html;charset=UTF-8' });
    throw err;
  }
}

async function operate(call: AgentCall, id: string): Promise<void> {
  const { ctx, session } = call;
  const { model, apiBase } = ctx;
  const agent = session.agent;
  const body = await readJson(call.req, ctx.bodyLimit);
  // Fault operationname-optional: an operation without operationName is taken for an Accept.
  const op = body.operationName === undefined && ctx.fault('operationname-optional') ? 'Accept' : body.operationName;
  const ok = (done?: () => void) => call.ok({ statusCode: 0 }, done);
  const notFound = () => gwsError(404, 6, `Chat ${id} not found`);

  if (op === 'Accept') return accept(call, id, body);

  if (op === 'Reject') {
    const chat = model.chatForAgent(id, agent);
    if (!chat) throw notFound();
    if (chat.state !== 'Invited' || chat.offeredTo !== agent)
      throw gwsError(400, 2, `Chat ${id} cannot be rejected in state ${chat.state}`);
    const referenceId = session.nextReferenceId++;
    model.reject(chat, agent);
    ok(() => {
      ctx.bayeux.deliver(agent, stateChange('StatusChange', chatResource(apiBase, chat, 'completed'), referenceId));
      routeAndOffer(ctx);
    });
    return;
  }

  if (op === 'Complete') {
    const chat = model.chatForAgent(id, agent);
    if (!chat) throw notFound();
    if (chat.state !== 'Chatting' || chat.agent !== agent) throw gwsError(400, 2, `Chat ${id} cannot be completed in state ${chat.state}`);
    session.nextReferenceId++;
    model.complete(chat, Date.now());
    ok(() => {
      // As the Complete sample: no referenceId, no capabilities.
      ctx.bayeux.deliver(agent, stateChange('StatusChange', chatResource(apiBase, chat, 'completed')));
      routeAndOffer(ctx);
    });
    return;
  }

  if (op === 'SendMessage') {
    const chat = model.chatForAgent(id, agent);
    if (!chat) throw notFound();
    if (chat.state !== 'Chatting' || !chat.agentParticipant) throw gwsError(400, 2, `Chat ${id} is not in state Chatting`);
    if (typeof body.text !== 'string' || body.text === '') throw gwsError(400, 1, 'Required parameter text is missing');
    session.nextReferenceId++;
    const entry = model.addEntry(chat, 'Text', chat.agentParticipant, Date.now(), body.text);
    ok(() => ctx.bayeux.deliver(agent, messageLog(apiBase, chat, [entry])));
    return;
  }

  // Fault unknown-operation-ignored: an operation that does not exist answers success and does nothing.
  if (typeof op === 'string' && ctx.fault('unknown-operation-ignored')) return ok();
  throw operationError(op, ctx.variant('other-open-choices'));
}
