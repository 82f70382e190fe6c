/**
 * /api/v2/me/channels/chat: Ready and NotReady on the chat channel. Ready offers waiting chats.
 */

import { gwsError, operationError, readJson } from '../http.ts';
import { routeAndOffer } from '../routing.ts';
import type { AgentCall } from './call.ts';

export async function postChatChannel(call: AgentCall): Promise<void> {
  const agent = call.session.agent;
  const body = await readJson(call.req, call.ctx.bodyLimit);
  if (body.operationName !== 'Ready' && body.operationName !== 'NotReady') throw operationError(body.operationName);
  if (!agent.chatChannel)
    throw gwsError(400, 2, 'The chat channel is not logged in: StartContactCenterSession with channels ["chat"] first');
  agent.ready = body.operationName === 'Ready';
  if (agent.ready) agent.readySince = Date.now();
  call.ok();
  if (agent.ready) routeAndOffer(call.ctx);
}
