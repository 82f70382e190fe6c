/**
 * GET /api/v2/me/chats and /api/v2/me/chats/{id}: the agent's chats as the agent API shows them. The
 * chat operations (POST) are the dispatch's (operations/dispatch.ts).
 */
import { gwsError } from '../http.ts';
import type { Json } from '../operations/plan.ts';
import { chatResource, chatUri, snapshot } from '../payloads.ts';
import type { AgentCall } from './call.ts';

export function listChats(call: AgentCall, query: URLSearchParams): void {
  const mine = [...call.session.agent.chats];
  const apiBase = call.ctx.apiBase;
  if (query.get('fields') !== '*') {
    call.ok({ statusCode: 0, uris: mine.map((c) => chatUri(apiBase, c)) });
    return;
  }
  // Fault (simulator/conversation-faults.ts): the chats being chatted in left out of the whole resources.
  const shown = call.ctx.on('rest-list-without-chat') ? mine.filter((c) => c.state !== 'Chatting') : mine;
  call.ok({ statusCode: 0, chats: shown.map((c) => snapshot(apiBase, c)) as unknown as Json });
}

export function getChat(call: AgentCall, id: string): void {
  const ctx = call.ctx;
  const chat = ctx.model.chatForAgent(id, call.session.agent);
  if (!chat) throw gwsError(404, 6, `Chat ${id} not found`);
  // Faults of the REST view (simulator/conversation-faults.ts): the chat as offered, its userData as started,
  // its customer renamed, an ended chat Chatting, its participants under other ids.
  const view = ctx.on('rest-view-offered') ? chatResource(ctx.apiBase, chat, 'offer') : snapshot(ctx.apiBase, chat);
  if (ctx.on('rest-view-userdata-unchanged')) view.userData = { ...chat.startUserData };
  if (ctx.on('rest-view-ended-chatting') && (chat.state === 'LeftChat' || chat.state === 'Completed')) view.state = 'Chatting';
  if (ctx.on('rest-view-participant-ids-renewed'))
    view.participants = view.participants?.map((p) => ({ ...p, participantId: `F${String(p.participantId).slice(1)}` }));
  if (ctx.on('rest-view-customer-renamed'))
    view.participants = view.participants?.map((p) => (p.type === 'Customer' ? { ...p, nickname: 'Customer' } : p));
  call.ok({ statusCode: 0, chat: view as unknown as Json });
}
