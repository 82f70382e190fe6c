/**
 * The plan of one chat operation: the HTTP answer, then the notifications that follow, and how they
 * follow. An operation's handler makes it; the deviations switched on transform it (a fault breaks it,
 * a variant changes it in a legal way); the dispatch carries it out. The helpers read and edit a
 * plan's notifications.
 */
import { gwsTimestampToEpochMs } from '../../helpers/contract/timestamp.ts';
import type { Agent, SimChat } from '../model.ts';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** One Bayeux message the simulator will deliver to the agent (or, leaked, to others). */
export interface Delivery {
  channel: string;
  data: JsonObject;
}

export interface Plan {
  status: number;
  /** JSON body, or a raw text body when `rawBody` is set. */
  body: Json;
  rawBody?: { text: string; contentType: string };
  notifications: Delivery[];
  /** Deliver the notifications before the HTTP response is written (legal: they race). */
  notifyBeforeResponse: boolean;
  /** How long after the HTTP response the notifications follow (0: at once). */
  notifyDelayMs: number;
  /** Deliveries made after the sequence, after a delay. */
  later: { delayMs: number; delivery: Delivery }[];
  /** Also deliver the notifications to every other agent with a CometD session. */
  leakToOthers: boolean;
  /** Also deliver the notifications to these agents. */
  alsoTo: Agent[];
  /** What follows once the notifications are out (the chat offered to the next agent, say). */
  afterwards?: () => void;
}

/** What a transform of a plan knows of the request it answers. */
export interface PlanContext {
  chat: SimChat;
  chatId: string;
  /** An id of another chat (exists or not), for faults that name the wrong chat. */
  otherChatId: string;
  /** externalApiUrlV2, e.g. http://127.0.0.1:8090/api/v2 */
  apiBase: string;
  /** The agent whose request it answers. */
  agent: Agent;
  /** The agent's user name (never its nickname). */
  agentUserName: string;
  /** The request's body (what a fault of a parameter's effect reads). */
  body?: Record<string, unknown>;
  /** The referenceId the session counted for this request (what a variant adding one carries). */
  referenceId?: number;
  /** The simulator it runs in: a key for what a transform remembers across requests. */
  sim: object;
}

/** A plan of a success: {"statusCode": 0}, then `notifications` at once. */
export function successPlan(notifications: Delivery[], notifyDelayMs = 0): Plan {
  return {
    status: 200,
    body: { statusCode: 0 },
    notifications,
    notifyBeforeResponse: false,
    notifyDelayMs,
    later: [],
    leakToOthers: false,
    alsoTo: [],
  };
}

export function byType(plan: Plan, messageType: string, notificationType?: string): Delivery | undefined {
  return plan.notifications.find(
    (d) => d.data.messageType === messageType && (notificationType === undefined || d.data.notificationType === notificationType),
  );
}

export function statusChange(plan: Plan): Delivery {
  return byType(plan, 'ChatStateChangeMessage', 'StatusChange')!;
}

export function participantsUpdated(plan: Plan): Delivery {
  return byType(plan, 'ChatStateChangeMessage', 'ParticipantsUpdated')!;
}

export function messageLog(plan: Plan): Delivery {
  return byType(plan, 'MessageLogUpdated')!;
}

export function chatOf(d: Delivery): JsonObject {
  return d.data.chat as JsonObject;
}

export function entries(plan: Plan): JsonObject[] {
  return messageLog(plan).data.messages as JsonObject[];
}

export function remove(plan: Plan, d: Delivery): void {
  plan.notifications = plan.notifications.filter((x) => x !== d);
}

export function duplicate(plan: Plan, d: Delivery): void {
  const i = plan.notifications.indexOf(d);
  plan.notifications.splice(i + 1, 0, structuredClone(d));
}

export function move(plan: Plan, d: Delivery, to: number): void {
  remove(plan, d);
  plan.notifications.splice(to, 0, d);
}

export function eachChat(plan: Plan, fn: (chat: JsonObject) => void): void {
  for (const d of plan.notifications) if (d.data.chat) fn(d.data.chat as JsonObject);
}

export function reverseKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value && typeof value === 'object') {
    const out: JsonObject = {};
    for (const key of Object.keys(value).reverse()) out[key] = reverseKeys(value[key]);
    return out;
  }
  return value;
}

export function parseGwsTimestamp(ts: string): number {
  return gwsTimestampToEpochMs(ts) ?? NaN;
}
