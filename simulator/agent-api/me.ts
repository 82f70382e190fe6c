/**
 * /api/v2/me: the agent (GET) and its contact-center session (POST StartContactCenterSession with the
 * chat channel, EndContactCenterSession).
 */
import { gwsError, operationError, readJson } from '../http.ts';
import type { AgentCall } from './call.ts';

export function getMe(call: AgentCall): void {
  const agent = call.session.agent;
  const apiBase = call.ctx.apiBase;
  call.ok({
    statusCode: 0,
    user: { id: agent.userId, userName: agent.username, uri: `${apiBase}/users/${agent.userId}`, path: `/users/${agent.userId}` },
  });
}

export async function postMe(call: AgentCall): Promise<void> {
  const agent = call.session.agent;
  const body = await readJson(call.req, call.ctx.bodyLimit);
  if (body.operationName === 'StartContactCenterSession') {
    const channels = body.channels;
    if (!Array.isArray(channels) || channels.length === 0 || !channels.every((c) => typeof c === 'string'))
      throw gwsError(400, 1, 'channels must list the channels to log in to');
    if (channels.includes('chat')) agent.chatChannel = true;
    return call.ok();
  }
  if (body.operationName === 'EndContactCenterSession') {
    agent.chatChannel = false;
    agent.ready = false;
    return call.ok();
  }
  throw operationError(body.operationName);
}
