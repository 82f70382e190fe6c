/**
 * What a chat operation is to the simulator (POST /api/v2/me/chats/{id} with its operationName), and
 * what a deviation may do to it. Each operation's folder (operations/<name>/simulator/) declares its
 * handler: the checks before it, named (each refusal the error the docs give), and its success: the
 * chat moved to its next state, the answer and the notifications planned. A fault or a variant never
 * sits inside a handler: it bends a named check (does something instead of the refusal), adds a check,
 * transforms the plan, or switches a server-wide behaviour on; the dispatch (dispatch.ts) applies them.
 */
import type { Logger } from 'pino';
import type { BayeuxBridge } from '../bayeux/index.ts';
import type { HttpError } from '../http.ts';
import type { Agent, HttpSession, Model } from '../model.ts';
import type { SimSwitch } from '../switches.ts';
import type { Plan, PlanContext } from './plan.ts';

/**
 * What the request handlers share in one running simulator: the state, the log, the settings, the
 * switched-on deviations, the Bayeux bridge, timers.
 */
export interface SimContext {
  readonly model: Model;
  readonly log: Logger;
  /** CSRF protection on (the token is announced and, unless a fault says otherwise, required). */
  readonly csrf: boolean;
  readonly bodyLimit: number;
  /** GMS chat services served. */
  readonly services: string[];
  /** Every deviation switched on: variants, then faults, the order their transforms apply in. */
  readonly deviations: readonly Deviation[];
  /** The chat operations served, by operationName (their folders' handlers). */
  readonly operations: ReadonlyMap<string, SimOperation>;
  /** The deviations switched on that its operation's catalogue declares (variants first). */
  activeOf(operation: string): readonly Deviation[];
  /** Is this server-wide behaviour switched on (simulator/switches.ts)? */
  on(behaviour: SimSwitch): boolean;
  /** externalApiUrlV2 (baseUrl + /api/v2), known once the server listens. */
  apiBase: string;
  readonly bayeux: BayeuxBridge;
  /** Runs `fn` after `ms`, unless the simulator stops first. */
  later(ms: number, fn: () => void): void;
}

/** One request for an operation on a chat, as the handler sees it. */
export interface OperationCall {
  ctx: SimContext;
  session: HttpSession;
  agent: Agent;
  chatId: string;
  body: Record<string, unknown>;
}

/** A check before the operation: the refusal it answers (an HttpError), or nothing when it holds. */
export interface Rule<S> {
  name: string;
  check(call: OperationCall, state: S): HttpError | undefined;
}

export interface SimOperation<S = unknown> {
  /** The operationName. */
  name: string;
  /** What the checks and the plan work on: the chat found, the values read from the request. */
  prepare(call: OperationCall): S;
  /** The checks, in the order they run. */
  rules: readonly Rule<S>[];
  /** The success: moves the chat to its next state, and plans the answer and the notifications. */
  plan(call: OperationCall, state: S): Plan;
}

/**
 * What a deviation does instead of a check's refusal: go on as if the check held; answer
 * {"statusCode": 0} and change nothing; carry the operation out and answer the refusal all the same;
 * or carry an earlier plan out again. Undefined: the refusal stands.
 */
export type Instead = 'go-on' | 'answer-success' | 'go-on-then-refuse' | { replay: Plan };

// biome-ignore lint/suspicious/noExplicitAny: a bend reads the state of the operation it belongs to.
export type Bend = (call: OperationCall, state: any, refusal: HttpError) => Instead | undefined;

/** The delays of a real server a variant imitates. */
export interface Timing {
  /** An offer reaches the agent this long after routing. */
  offerDelayMs: number;
  /** An operation's notifications follow its HTTP answer by this long. */
  notificationDelayMs: number;
}

/**
 * A fault (something a real server could get wrong; the suite must turn red on exactly `breaks`) or a
 * legal variant (something a real server may do differently; the suite must stay green). Declared in
 * the catalogue of the operation whose requirements it concerns.
 */
export interface Deviation {
  name: string;
  description: string;
  /** Fault: the documented behaviour it breaks, in words. Variant: why it is legal. */
  rationale: string;
  /** Fault: the requirement IDs the suite must report broken, exactly. Variant: none. */
  breaks: readonly string[];
  /** Server-wide behaviours it switches on (simulator/switches.ts). */
  switches?: readonly SimSwitch[];
  /** Checks of its operation it bends, by name. */
  bends?: Readonly<Record<string, Bend>>;
  /** Checks it adds to its operation's, after them. */
  // biome-ignore lint/suspicious/noExplicitAny: a rule reads the state of the operation it belongs to.
  rules?: readonly Rule<any>[];
  /** A request without operationName is taken for its operation. */
  takesNamelessRequests?: boolean;
  /** Transforms each refusal of its operation (the error a check answers, when no bend replaces it). */
  refusal?: (refusal: HttpError) => HttpError;
  /** Transforms the plan of each success of its operation. */
  transform?: (plan: Plan, ctx: PlanContext) => void;
  /** Variant only: the delays of a real server it imitates; the suite then waits as it does for one. */
  timing?: Timing;
  /**
   * The longest delay of what it sends after its operation's notifications (`plan.later`): the suite's
   * conversation then waits the quiet window after each turn. Undeclared, a later delivery is refused.
   */
  lateMs?: number;
  /**
   * Variant only: legal only when the user declares it (GWS_SERVER_WITHOUT=`without`, an item of
   * helpers/judges/declared.ts); undeclared, the suite must report exactly `breaks` broken.
   */
  declaration?: { without: string; breaks: readonly string[] };
}

/** An operation as the simulator serves it, with the faults and legal variants its catalogue declares. */
export interface SimulatedOperation {
  // biome-ignore lint/suspicious/noExplicitAny: each handler has a state of its own.
  handler: SimOperation<any>;
  faults: readonly Deviation[];
  variants: readonly Deviation[];
}

/** The longest `lateMs` over the deviations switched on (0: none sends anything later). */
export function lateOf(deviations: readonly Deviation[]): number {
  return Math.max(0, ...deviations.map((d) => d.lateMs ?? 0));
}

/** The longest of a delay over the deviations switched on (0: none delays). */
export function delayOf(deviations: readonly Deviation[], delay: keyof Timing): number {
  return Math.max(0, ...deviations.map((d) => d.timing?.[delay] ?? 0));
}
