/**
 * The agent side of GWS (/api/v2/...): every request authenticated (Basic, JSESSIONID, CSRF), then
 * routed to its resource's handler.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gwsError, send } from '../http.ts';
import { chatOperation } from '../operations/dispatch.ts';
import type { SimContext } from '../operations/operation.ts';
import type { Json } from '../operations/plan.ts';
import { authenticate } from '../sessions.ts';
import type { AgentCall } from './call.ts';
import { postChatChannel } from './channels.ts';
import { getChat, listChats } from './chats.ts';
import { getMe, postMe } from './me.ts';

export async function handleAgentApi(
  ctx: SimContext,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  query: URLSearchParams,
): Promise<void> {
  const method = req.method ?? 'GET';
  const write = method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
  const { session, headers } = authenticate(ctx.model, req, write, {
    csrf: ctx.csrf,
    enforceCsrf: ctx.csrf && !ctx.on('csrf-not-enforced'),
    sessionDecides: ctx.on('other-open-choices'),
    anyToken: ctx.on('csrf-token-not-compared'),
    anySessionsToken: ctx.on('csrf-token-not-bound'),
    sessionByToken: ctx.on('csrf-without-session'),
    fallBackToDefaultAgent: ctx.on('credentials-fall-back'),
    refusalAsServerError: ctx.on('credentials-refused-as-500'),
  });
  const call: AgentCall = {
    ctx,
    req,
    res,
    session,
    headers,
    ok: (body: Json = { statusCode: 0 }, done?: () => void) => send(res, 200, body, headers, done),
  };
  const parts = path.split('/').filter(Boolean); // api, v2, me, ...

  const route = parts.slice(2).join('/');
  if (route === 'me' && method === 'GET') return getMe(call);
  if (route === 'me' && method === 'POST') return postMe(call);
  if (route === 'me/channels/chat' && method === 'POST') return postChatChannel(call);
  if (route === 'me/chats' && method === 'GET') return listChats(call, query);
  if (parts.length === 5 && parts[2] === 'me' && parts[3] === 'chats') {
    const id = decodeURIComponent(parts[4]);
    if (method === 'GET') return getChat(call, id);
    if (method === 'POST') return chatOperation(call, id);
    throw gwsError(405, 3, `Method ${method} not allowed on this resource`);
  }
  throw gwsError(404, 6, `No resource ${path}`);
}
