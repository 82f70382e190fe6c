/**
 * What a deviation is, and what it transforms: the plan of one Accept (its HTTP reply and the
 * notifications that follow), with the helpers the catalogue's transforms share.
 *
 * - A **fault** is something a real server could get wrong; the conformance suite must turn red on it.
 * - A **variant** is something a real server may legally do differently from the seed; the suite must
 *   stay green on it.
 */
import { gwsTimestampToEpochMs } from '../../helpers/contract/timestamp.ts';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** One Bayeux message the simulator will deliver to the accepting agent (or, leaked, to others). */
export interface Delivery {
  channel: string;
  data: JsonObject;
}

/** What the simulator does for one successful Accept: the HTTP reply, then the notifications. */
export interface AcceptPlan {
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
  /** Also deliver the sequence to every other agent with a CometD session. */
  leakToOthers: boolean;
}

export interface PlanContext {
  chatId: string;
  /** An id of another chat (exists or not), for faults that name the wrong chat. */
  otherChatId: string;
  /** externalApiUrlV2, e.g. http://127.0.0.1:8090/api/v2 */
  apiBase: string;
  /** The accepting agent's user name (never its nickname). */
  agentUserName: string;
}

export interface Deviation {
  name: string;
  description: string;
  /** Fault: the documented behaviour it breaks, in words. Variant: why it is legal. */
  rationale: string;
  /** Fault: the requirement IDs (helpers/judges/requirements.ts) the suite must report broken, exactly. Variant: none. */
  breaks: readonly string[];
  transform?: (plan: AcceptPlan, ctx: PlanContext) => void;
  /**
   * Variant only: the delays of a real server it imitates. An offer reaches the agent `offerDelayMs`
   * after routing; an Accept's notifications follow its HTTP response by `notificationDelayMs`. The
   * suite then waits as long as it does for a real server.
   */
  timing?: Timing;
  /**
   * Variant only: legal only when the user declares it (GWS_SERVER_WITHOUT=`without`, an item of
   * helpers/judges/declared.ts); undeclared, the suite must judge the server as the requirements say,
   * and report exactly `breaks` broken.
   */
  declaration?: { without: string; breaks: readonly string[] };
}

export interface Timing {
  offerDelayMs: number;
  notificationDelayMs: number;
}

/** The longest of a delay over the deviations switched on (0: none delays). */
export function delayOf(deviations: readonly Deviation[], delay: keyof Timing): number {
  return Math.max(0, ...deviations.map((d) => d.timing?.[delay] ?? 0));
}

export function byType(plan: AcceptPlan, messageType: string, notificationType?: string): Delivery | undefined {
  return plan.notifications.find(
    (d) => d.data.messageType === messageType && (notificationType === undefined || d.data.notificationType === notificationType),
  );
}

export function statusChange(plan: AcceptPlan): Delivery {
  return byType(plan, 'ChatStateChangeMessage', 'StatusChange')!;
}

export function participantsUpdated(plan: AcceptPlan): Delivery {
  return byType(plan, 'ChatStateChangeMessage', 'ParticipantsUpdated')!;
}

export function messageLog(plan: AcceptPlan): Delivery {
  return byType(plan, 'MessageLogUpdated')!;
}

export function chatOf(d: Delivery): JsonObject {
  return d.data.chat as JsonObject;
}

export function entries(plan: AcceptPlan): JsonObject[] {
  return messageLog(plan).data.messages as JsonObject[];
}

export function remove(plan: AcceptPlan, d: Delivery): void {
  plan.notifications = plan.notifications.filter((x) => x !== d);
}

export function duplicate(plan: AcceptPlan, d: Delivery): void {
  const i = plan.notifications.indexOf(d);
  plan.notifications.splice(i + 1, 0, structuredClone(d));
}

export function move(plan: AcceptPlan, d: Delivery, to: number): void {
  remove(plan, d);
  plan.notifications.splice(to, 0, d);
}

export function eachChat(plan: AcceptPlan, fn: (chat: JsonObject) => void): void {
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
