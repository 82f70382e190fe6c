/**
 * Builders of the documented payloads, from the model's state: the chat resource in each of its views,
 * ChatStateChangeMessage and MessageLogUpdated notifications on /v2/me/chats, transcript entries as the
 * agent API shows them, and the GMS customer side's transcript messages.
 */
import { LEFTCHAT_CAPABILITIES, OFFER_CAPABILITIES, SEED_CHATTING_CAPABILITIES } from '../helpers/contract/capabilities.ts';
import { CHATS_CHANNEL } from '../helpers/contract/endpoints.ts';
import type {
  Chat as ChatResource,
  ChatStateChangeMessage,
  MessageEntry,
  MessageLogUpdated,
} from '../helpers/contract/generated/payloads.ts';
import { formatGwsTimestamp } from '../helpers/contract/timestamp.ts';
import type { SimChat, TranscriptEntry } from './model.ts';
import type { Delivery, Json, JsonObject } from './operations/plan.ts';

/** Formats epoch ms as 2014-01-02T14:23:18.000-0800: the local time of the simulator's process, with its offset. */
export const gwsTimestamp = (ms: number): string => formatGwsTimestamp(ms, -new Date(ms).getTimezoneOffset());

/** The chat's URI: externalApiUrlV2 + /chats/{id} (S22). */
export const chatUri = (apiBase: string, chat: SimChat) => `${apiBase}/chats/${chat.id}`;

export type ChatView = 'offer' | 'chatting-empty' | 'chatting' | 'leftchat' | 'completed';

export function chatResource(apiBase: string, chat: SimChat, view: ChatView): ChatResource {
  const base = { id: chat.id, uri: chatUri(apiBase, chat) };
  const participant = (p: { type: 'Agent' | 'Customer'; nickname: string; participantId: string }) => ({
    type: p.type,
    nickname: p.nickname,
    participantId: p.participantId,
  });
  switch (view) {
    case 'offer':
      // INFERRED: the offer's state name and content are not documented (reference §6.5, §11.2).
      return {
        state: 'Invited',
        capabilities: [...OFFER_CAPABILITIES],
        ...base,
        participants: [participant(chat.customer)],
        ...(Object.keys(chat.userData).length > 0 ? { userData: { ...chat.userData } } : {}),
      };
    case 'chatting-empty':
      return { state: 'Chatting', capabilities: [...SEED_CHATTING_CAPABILITIES], ...base, participants: [] };
    case 'chatting': {
      const participants = [];
      if (chat.agentParticipant) participants.push(participant(chat.agentParticipant));
      if (!chat.customerLeft) participants.push(participant(chat.customer));
      const userData = Object.keys(chat.userData).length > 0 ? { userData: { ...chat.userData } } : {};
      return { state: 'Chatting', capabilities: [...SEED_CHATTING_CAPABILITIES], ...base, participants, ...userData };
    }
    case 'leftchat':
      // As the Leave page's sample: the LeftChat capabilities, no participants key (S4).
      return { state: 'LeftChat', capabilities: [...LEFTCHAT_CAPABILITIES], ...base };
    case 'completed':
      return { state: 'Completed', ...base, participants: [] };
  }
}

/** The chat as GET /api/v2/me/chats/{id} shows it now. */
export function snapshot(apiBase: string, chat: SimChat): ChatResource {
  const view =
    chat.state === 'Invited' ? 'offer' : chat.state === 'Chatting' ? 'chatting' : chat.state === 'LeftChat' ? 'leftchat' : 'completed';
  return chatResource(apiBase, chat, view);
}

export function stateChange(
  notificationType: ChatStateChangeMessage['notificationType'],
  chat: ChatResource,
  referenceId?: number,
): Delivery {
  const data: ChatStateChangeMessage = {
    messageType: 'ChatStateChangeMessage',
    ...(referenceId === undefined ? {} : { referenceId }),
    notificationType,
    chat,
  };
  return { channel: CHATS_CHANNEL, data: data as unknown as JsonObject };
}

/** Entries as the agent API shows them. */
export function agentEntries(entries: TranscriptEntry[]): MessageEntry[] {
  return entries.map((e) => ({
    index: e.index,
    type: e.type,
    from: { type: e.from.type, nickname: e.from.nickname, participantId: e.from.participantId },
    visibility: e.visibility ?? 'All',
    timestamp: gwsTimestamp(e.at),
    ...(e.text === undefined ? {} : { text: e.text }),
    ...(e.url === undefined ? {} : { url: e.url }),
    ...(e.noticeText === undefined ? {} : { noticeText: e.noticeText }),
  }));
}

export function messageLog(apiBase: string, chat: SimChat, entries: TranscriptEntry[]): Delivery {
  const data: MessageLogUpdated = {
    messageType: 'MessageLogUpdated',
    notificationType: 'NewMessages',
    messages: agentEntries(entries),
    chatUri: chatUri(apiBase, chat),
  };
  return { channel: CHATS_CHANNEL, data: data as unknown as JsonObject };
}

/** The transcript as the GMS customer side shows it, from position `from` on. */
export function gmsMessages(chat: SimChat, from: number): Json[] {
  return chat.entries
    .filter((e) => e.index >= from && e.visibility !== 'Agents')
    .map((e) => ({
      from: { nickname: e.from.nickname, participantId: e.from.gmsId, type: e.from.type === 'Customer' ? 'Client' : 'Agent' },
      index: e.index,
      type: e.type === 'Text' ? 'Message' : e.type,
      // No page shows how GMS renders a URL or a notice: the value under its agent-side name.
      ...(e.text === undefined ? {} : { text: e.text }),
      ...(e.url === undefined ? {} : { url: e.url }),
      ...(e.noticeText === undefined ? {} : { noticeText: e.noticeText }),
      utcTime: e.at,
    }));
}
