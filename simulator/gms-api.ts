/**
 * The customer side: GMS Chat API v2 (S26), form-encoded, at /genesys/2/chat/{serviceName}. A new chat
 * waits in the queue until routing offers it to an agent; send, refresh and disconnect act on it with
 * the chat's userId, secureKey and alias, which are registered as secrets.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { registerSecret } from '../helpers/evidence/redact.ts';
import { gmsError, readForm, send } from './http.ts';
import type { Agent } from './model.ts';
import type { SimContext } from './operations/operation.ts';
import type { Delivery, JsonObject } from './operations/plan.ts';
import { chatResource, gmsMessages, messageLog, stateChange } from './payloads.ts';
import { routeAndOffer } from './routing.ts';

export async function handleGmsApi(ctx: SimContext, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  const { model, apiBase, services } = ctx;
  const deliver = (to: Agent, d: Delivery) => ctx.bayeux.deliver(to, d);
  if (req.method !== 'POST') throw gmsError(405, 'Use POST');
  const parts = path.split('/').filter(Boolean); // genesys, 2, chat, service, [chatId, action]
  const service = decodeURIComponent(parts[3] ?? '');
  if (!services.includes(service)) throw gmsError(404, `Unknown chat service ${JSON.stringify(service)}; served: ${services.join(', ')}`);
  const form = await readForm(req, ctx.bodyLimit);

  if (parts.length === 4) {
    const first = form.get('firstName');
    const last = form.get('lastName');
    const nickname = form.get('nickname') || (first && last ? `${first} ${last}` : '');
    if (!nickname) throw gmsError(400, 'nickname (or firstName and lastName) is required');
    const userData: Record<string, string> = {};
    for (const [key, value] of form) {
      const m = /^userData\[(.+)\]$/.exec(key);
      if (m) userData[m[1]] = value;
    }
    const chat = model.createChat(service, nickname, form.get('subject') ?? undefined, userData, Date.now());
    registerSecret(chat.secrets.secureKey);
    registerSecret(chat.secrets.userId);
    ctx.log.info({ chat: chat.id, service }, 'chat requested');
    send(
      res,
      200,
      {
        statusCode: 0,
        alias: chat.secrets.alias,
        userId: chat.secrets.userId,
        secureKey: chat.secrets.secureKey,
        messages: gmsMessages(chat, 1),
        chatId: chat.gmsChatId,
        nextPosition: (chat.entries.at(-1)?.index ?? 0) + 1,
      },
      {},
      () => routeAndOffer(ctx),
    );
    return;
  }
  if (parts.length !== 6) throw gmsError(404, `No resource ${path}`);
  const chat = model.chatsByGmsId.get(decodeURIComponent(parts[4]));
  if (!chat || chat.serviceName !== service) throw gmsError(404, 'Chat not found');
  if (
    form.get('userId') !== chat.secrets.userId ||
    form.get('secureKey') !== chat.secrets.secureKey ||
    form.get('alias') !== chat.secrets.alias
  ) {
    throw gmsError(403, 'userId, secureKey and alias do not match this chat');
  }
  const position = Number(form.get('transcriptPosition') ?? 1) || 1;
  const reply = (extra: JsonObject = {}, done?: () => void) =>
    send(
      res,
      200,
      {
        statusCode: 0,
        messages: ctx.on('customer-transcript-reordered') ? gmsMessages(chat, position).reverse() : gmsMessages(chat, position),
        chatEnded: model.customerSessionEnded(chat),
        nextPosition: (chat.entries.at(-1)?.index ?? 0) + 1,
        ...extra,
      },
      {},
      done,
    );

  switch (parts[5]) {
    case 'refresh':
      return reply();
    case 'send': {
      const text = form.get('message');
      if (!text) throw gmsError(400, 'message is required');
      if (model.customerSessionEnded(chat)) throw gmsError(400, 'The chat has ended');
      const before = chat.entries.at(-1);
      const entry = model.addEntry(chat, 'Text', chat.customer, Date.now(), text);
      return reply({}, () => {
        if (chat.state !== 'Chatting' || !chat.agent || ctx.on('customer-message-lost')) return;
        const sent = { ...entry };
        if (ctx.on('customer-message-from-agent') && chat.agentParticipant) sent.from = chat.agentParticipant;
        if (ctx.on('customer-message-index-reused') && before) sent.index = before.index;
        deliver(chat.agent, messageLog(apiBase, chat, [sent]));
        if (ctx.on('customer-message-twice')) deliver(chat.agent, messageLog(apiBase, chat, [sent]));
      });
    }
    case 'disconnect': {
      if (chat.customerLeft) return reply();
      chat.customerLeft = true;
      const entry = model.addEntry(chat, 'ParticipantLeft', chat.customer, Date.now());
      const offeredTo = chat.offeredTo;
      const agent = chat.agent;
      const wasChatting = chat.state === 'Chatting';
      if (!wasChatting) model.complete(chat, Date.now());
      return reply({ chatEnded: true }, () => {
        if (wasChatting && agent) {
          if (ctx.on('customer-leaves-unseen')) return;
          deliver(agent, stateChange('ParticipantsUpdated', chatResource(apiBase, chat, 'chatting')));
          deliver(agent, messageLog(apiBase, chat, [entry]));
        } else if (offeredTo) {
          deliver(offeredTo, stateChange('StatusChange', chatResource(apiBase, chat, 'completed')));
          routeAndOffer(ctx);
        }
      });
    }
    default:
      throw gmsError(404, `Unknown chat action ${JSON.stringify(parts[5])}`);
  }
}
