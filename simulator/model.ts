/**
 * The simulator's state: agent accounts, HTTP sessions, chats with their transcripts, and routing.
 * Pure in-memory; the HTTP handlers (agent-api/, gms-api.ts) drive it, and payloads.ts renders it.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { ChatState, Participant, TranscriptEntryType } from '../helpers/contract/generated/payloads.ts';

export interface AgentAccount {
  username: string;
  password: string;
}

export interface Agent extends AgentAccount {
  /** GWS user id (used in user URIs). */
  userId: string;
  /** Contact-center session started with the chat channel. */
  chatChannel: boolean;
  ready: boolean;
  /** When the agent last became Ready (routing picks the one waiting longest). */
  readySince: number;
  /** Chats offered to or owned by the agent, not yet completed. */
  chats: Set<SimChat>;
}

export interface HttpSession {
  /** The JSESSIONID value. */
  id: string;
  agent: Agent;
  csrfToken: string;
  /** Per-session counter for referenceId (documented values look like a small per-session counter). */
  nextReferenceId: number;
}

export interface ChatParticipant {
  /** participantId on the agent API (16 hex characters, time-ordered; UUIDs under the uuid-ids variant). */
  participantId: string;
  /** participantId on the GMS customer API (small integers per chat). */
  gmsId: number;
  type: Participant['type'];
  nickname: string;
}

export interface TranscriptEntry {
  index: number;
  type: TranscriptEntryType;
  from: ChatParticipant;
  at: number;
  text?: string;
  /** A PushUrl's url, a notice's noticeText. */
  url?: string;
  noticeText?: string;
  /** All unless Agents: an agents-only entry never reaches the customer's transcript. */
  visibility?: 'All' | 'Agents';
}

/** What an entry carries beside its type, sender and time. */
export type EntryContent = Pick<TranscriptEntry, 'text' | 'url' | 'noticeText' | 'visibility'>;

/** Internal chat states: Waiting (queued) and the documented agent-side states. */
export type SimChatState = 'Waiting' | ChatState;

export interface SimChat {
  /** Interaction id, the chat id on the agent API. */
  id: string;
  /** Chat Server session id, the chatId on the GMS customer API (a different id, as in a real deployment). */
  gmsChatId: string;
  serviceName: string;
  secrets: { userId: string; secureKey: string; alias: string };
  state: SimChatState;
  customer: ChatParticipant;
  customerLeft: boolean;
  /** The customer's session outlives the chat's completion (a fault of Complete sets it). */
  customerKeptOpen?: boolean;
  offeredTo?: Agent;
  agent?: Agent;
  agentParticipant?: ChatParticipant;
  rejectedBy: Set<Agent>;
  entries: TranscriptEntry[];
  nextGmsId: number;
  /** Values strings or numbers (§4.1): GMS gives strings, the user data operations either. */
  userData: Record<string, string | number>;
  /** The userData the customer started the chat with (a fault's REST view shows it, whatever changed since). */
  startUserData: Readonly<Record<string, string>>;
  subject?: string;
  createdAt: number;
}

/**
 * Random bytes drawn 4 KiB at a time: the ids of agents, sessions and chats took a system call each
 * (8 µs, against 0.4 µs from the pool), and the self-test starts simulators by the hundred, each with an
 * id for every account.
 */
let pool = Buffer.alloc(0);
let drawn = 0;

function hex(bytes: number): string {
  if (drawn + bytes > pool.length) {
    pool = randomBytes(Math.max(4096, bytes));
    drawn = 0;
  }
  drawn += bytes;
  return pool.toString('hex', drawn - bytes, drawn).toUpperCase();
}

export interface ModelOptions {
  accounts: AgentAccount[];
  /** Chats an agent handles at once (offered or Chatting). */
  capacity: number;
  uuidIds: boolean;
  /** Fault password-not-checked: a known user name is enough. */
  ignorePasswords?: boolean;
}

export class Model {
  readonly agents = new Map<string, Agent>();
  readonly sessions = new Map<string, HttpSession>();

  readonly chats = new Map<string, SimChat>();
  readonly chatsByGmsId = new Map<string, SimChat>();
  /** Chats waiting for an agent, first come first served. */
  readonly queue: SimChat[] = [];
  private idCounter = 0;
  private participantCounter = 0x9052c5e6d6004an;
  private aliasCounter = 117;

  constructor(readonly options: ModelOptions) {
    for (const account of options.accounts) {
      this.agents.set(account.username, { ...account, userId: hex(8), chatChannel: false, ready: false, readySince: 0, chats: new Set() });
    }
  }

  /* ----------------------------------------- ids ----------------------------------------- */

  newChatId(): string {
    if (this.options.uuidIds) return randomUUID();
    this.idCounter++;
    return `0000${hex(2)}${this.idCounter.toString(36).toUpperCase().padStart(8, '0')}`;
  }

  newParticipantId(): string {
    if (this.options.uuidIds) return randomUUID();
    this.participantCounter += BigInt(1 + Math.floor(Math.random() * 16));
    return this.participantCounter.toString(16).toUpperCase().padStart(16, '0');
  }

  /* --------------------------------------- sessions -------------------------------------- */

  authenticate(username: string, password: string): Agent | undefined {
    const agent = this.agents.get(username);
    return agent && (agent.password === password || this.options.ignorePasswords) ? agent : undefined;
  }

  newSession(agent: Agent): HttpSession {
    const session: HttpSession = { id: hex(16), agent, csrfToken: randomUUID(), nextReferenceId: 1 };
    this.sessions.set(session.id, session);
    return session;
  }

  /* ----------------------------------------- chats --------------------------------------- */

  createChat(serviceName: string, nickname: string, subject: string | undefined, userData: Record<string, string>, now: number): SimChat {
    const customer: ChatParticipant = { participantId: this.newParticipantId(), gmsId: 1, type: 'Customer', nickname };
    const chat: SimChat = {
      id: this.newChatId(),
      gmsChatId: this.newChatId(),
      serviceName,
      secrets: { userId: hex(8), secureKey: hex(8).toLowerCase(), alias: String(this.aliasCounter++) },
      state: 'Waiting',
      customer,
      customerLeft: false,
      rejectedBy: new Set(),
      entries: [],
      nextGmsId: 2,
      userData,
      startUserData: { ...userData },
      subject,
      createdAt: now,
    };
    this.addEntry(chat, 'ParticipantJoined', customer, now);
    this.chats.set(chat.id, chat);
    this.chatsByGmsId.set(chat.gmsChatId, chat);
    this.queue.push(chat);
    return chat;
  }

  addEntry(chat: SimChat, type: TranscriptEntryType, from: ChatParticipant, at: number, content?: string | EntryContent): TranscriptEntry {
    // The index continues the transcript: one above the last (a variant may have left gaps below it).
    const index = (chat.entries.at(-1)?.index ?? 0) + 1;
    const carried =
      typeof content === 'string'
        ? { text: content }
        : Object.fromEntries(Object.entries(content ?? {}).filter(([, v]) => v !== undefined));
    const entry: TranscriptEntry = { index, type, from, at, ...carried };
    chat.entries.push(entry);
    return entry;
  }

  /** The chat as the given agent may see it through /api/v2/me/chats: offered to it or owned by it. */
  chatForAgent(id: string, agent: Agent): SimChat | undefined {
    const chat = this.chats.get(id);
    if (!chat) return undefined;
    return chat.offeredTo === agent || chat.agent === agent ? chat : undefined;
  }

  /**
   * Offers waiting chats to Ready agents with free capacity: chats first come first served, each to
   * the eligible agent that has been Ready longest. Returns the offers made.
   */
  route(): { chat: SimChat; agent: Agent }[] {
    const offers: { chat: SimChat; agent: Agent }[] = [];
    for (const chat of [...this.queue]) {
      let best: Agent | undefined;
      for (const agent of this.agents.values()) {
        if (!agent.chatChannel || !agent.ready || agent.chats.size >= this.options.capacity || chat.rejectedBy.has(agent)) continue;
        if (!best || agent.readySince < best.readySince) best = agent;
      }
      if (!best) continue;
      this.queue.splice(this.queue.indexOf(chat), 1);
      chat.state = 'Invited';
      chat.offeredTo = best;
      best.chats.add(chat);
      offers.push({ chat, agent: best });
    }
    return offers;
  }

  accept(chat: SimChat, agent: Agent, nickname: string, now: number): void {
    if (chat.offeredTo && chat.offeredTo !== agent) chat.offeredTo.chats.delete(chat);
    chat.offeredTo = undefined;
    chat.state = 'Chatting';
    chat.agent = agent;
    agent.chats.add(chat);
    chat.agentParticipant = { participantId: this.newParticipantId(), gmsId: chat.nextGmsId++, type: 'Agent', nickname };
    this.addEntry(chat, 'ParticipantJoined', chat.agentParticipant, now);
  }

  reject(chat: SimChat, agent: Agent): void {
    chat.rejectedBy.add(agent);
    agent.chats.delete(chat);
    chat.offeredTo = undefined;
    chat.state = 'Waiting';
    this.queue.push(chat);
  }

  /** Whether the customer's GMS session has ended: the customer left, or the chat was completed. */
  customerSessionEnded(chat: SimChat): boolean {
    return chat.customerLeft || ((chat.state === 'Completed' || chat.state === 'LeftChat') && !chat.customerKeptOpen);
  }

  /** The agent leaves a chat outside a conference: the chat LeftChat, still the agent's to complete; the customer's session ends. */
  leave(chat: SimChat, now: number): void {
    if (chat.agentParticipant) this.addEntry(chat, 'ParticipantLeft', chat.agentParticipant, now);
    chat.state = 'LeftChat';
  }

  complete(chat: SimChat, now: number): void {
    if (chat.agent && chat.agentParticipant && chat.state === 'Chatting')
      this.addEntry(chat, 'ParticipantLeft', chat.agentParticipant, now);
    chat.agent?.chats.delete(chat);
    chat.offeredTo?.chats.delete(chat);
    chat.state = 'Completed';
    const i = this.queue.indexOf(chat);
    if (i >= 0) this.queue.splice(i, 1);
  }
}
