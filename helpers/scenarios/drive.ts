/**
 * What every scenario driver shares: agents brought online, a chat started (as a GMS customer or by
 * someone else), the offer awaited, the sequence awaited, the quiet window, the liveness check and the
 * clean-up, all recorded in one transcript. Drivers never judge: they return the transcript, and
 * helpers/judges/ decide.
 *
 * When the target or the network fails (login, handshake, subscription, chat creation, no offer, a
 * request without response, a lost CometD connection, the target gone at the end), the failure is
 * recorded and the transcript is judged INCONCLUSIVE: a dead server is never a contract FAIL.
 */
import { randomBytes } from 'node:crypto';
import type { ChatOperationRequest, Scenario, Transcript } from '../contract/generated/payloads.ts';
import type { OperationDecl } from '../contract/operation.ts';
import { TranscriptRecorder, TransportError, WaitTimeout } from '../evidence/transcript.ts';
import { classify } from '../judges/views.ts';
import { awaitOffer, bringOnline, expectOk, type OnlineAgent } from '../target/agent.ts';
import type { Target } from '../target/config.ts';
import { type GmsChat, GmsClient, GmsError } from '../target/gms-client.ts';
import { type Credentials, targetUrl } from '../target/gws-client.ts';
import { checkAlive, waitingForSomeone } from './liveness.ts';
import { releaseAgent, tries } from './release.ts';
import { RoutingTurn } from './routing-turn.ts';

const CUSTOMER_MESSAGE = 'Hello World';
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Test hooks (for the suite's own tests): called at points of the drive. */
export interface DriveHooks {
  afterOffer?: () => Promise<void> | void;
  /** After the scenario's operation was sent, before its notifications are awaited. */
  afterOperation?: () => Promise<void> | void;
  /** Bring the leak-detecting observer agent online (default true; the benchmark measures without it too). */
  observer?: boolean;
}

export class Drive {
  readonly recorder: TranscriptRecorder;
  readonly agents: OnlineAgent[] = [];
  readonly customerChats: GmsChat[] = [];
  private readonly alsoHeld: { actor: string; chatId: string }[] = [];
  /** The agents asked to come online (online), settled or not. */
  private readonly comingOnline: Promise<OnlineAgent>[] = [];
  /** The clean-up began. */
  private ending = false;
  /** The userData the customer starts its chats with (GMS userData[key] fields), where a scenario needs some. */
  chatUserData?: Record<string, string>;
  readonly customer?: GmsClient;
  readonly scenario: Scenario;
  /** The drive's turn at its target's routing, where runs side by side share one GMS service. */
  private readonly turn: RoutingTurn;

  /** A drive of scenario `kind` of `operation`: every step it marks names the operation. */
  constructor(
    readonly target: Target,
    readonly operation: OperationDecl,
    kind: string,
  ) {
    const c = target.config;
    this.recorder = new TranscriptRecorder({
      baseUrl: target.label,
      profile: c.profile,
      ...(c.serverWithout.length > 0 ? { without: [...c.serverWithout] } : {}),
    });
    this.recorder.operation = operation.name;
    this.turn = new RoutingTurn(target.gate);
    if (c.chatSource === 'gms') this.customer = new GmsClient(c.gmsBaseUrl!, c.gmsService, this.recorder, 'customer', c.requestTimeoutMs);
    this.scenario = {
      operation: operation.name,
      kind,
      actors: [],
      observers: [],
      chats: {},
      nickname: c.nickname,
      customerNickname: c.chatSource === 'gms' ? 'Conformance Customer' : undefined,
      customerMessages: c.chatSource === 'gms' ? [CUSTOMER_MESSAGE] : [],
      chatSource: c.chatSource,
      settings: {
        offerTimeoutMs: c.offerTimeoutMs,
        notificationTimeoutMs: c.notificationTimeoutMs,
        quietWindowMs: c.quietWindowMs,
        turnWindowMs: c.turnWindowMs,
      },
    };
  }

  get config() {
    return this.target.config;
  }

  /**
   * Brings an agent online (an actor Ready, in the routing turn where there is one). Tracked: a drive
   * that fails while another of its agents is still coming online (agents come online side by side)
   * waits for it in its clean-up, which then releases that agent too, instead of leaving it behind.
   */
  online(account: Credentials, role: 'actor' | 'observer', routed = true): Promise<OnlineAgent> {
    const coming = this.goOnline(account, role, routed);
    this.comingOnline.push(coming);
    return coming;
  }

  /**
   * `routed` false: an actor that will be offered no chat (an operation on an unknown chat id). Where
   * runs share a GMS service it does not go Ready, so it waits for no turn at the routing: it would go
   * NotReady again before its first request. Elsewhere it goes Ready at login, as every actor does.
   */
  private async goOnline(account: Credentials, role: 'actor' | 'observer', routed: boolean): Promise<OnlineAgent> {
    // An actor is Ready at login where runs do not share a GMS service, else in the routing turn.
    const readyAtLogin = role === 'actor' && !this.turn.gated;
    const readyInTurn = role === 'actor' && this.turn.gated && routed;
    const agent = await bringOnline({
      baseUrl: this.config.baseUrl,
      credentials: account,
      recorder: this.recorder,
      actor: account.username,
      notificationsPath: this.config.cometdPath,
      transport: this.config.transport,
      ready: readyAtLogin,
      timeoutMs: this.config.requestTimeoutMs,
    });
    this.agents.push(agent);
    if (readyInTurn) await this.makeReady(agent, true);
    else if (readyAtLogin) this.turn.markReady(agent);
    (role === 'actor' ? this.scenario.actors : this.scenario.observers).push(agent.actor);
    if (this.scenario.csrf === undefined) this.scenario.csrf = agent.http.csrfHeaderName !== undefined;
    return agent;
  }

  /**
   * Makes the agent Ready for chats, inside the exclusive part of the run when runs side by side share
   * the target's GMS service (the gate is taken first, and kept until doneRouting). `required`: a
   * refusal is the target's failure (bringing an actor online); else the answer is only recorded.
   */
  async makeReady(agent: OnlineAgent, required = false, patient = false): Promise<void> {
    if (this.turn.isReady(agent)) return;
    // Once the clean-up began, nobody goes Ready: the turn it passes on would be taken again, and kept.
    if (this.ending) throw new TransportError(`agent ${agent.actor} came online after the run had failed`, 'ready');
    await this.turn.take(patient);
    const r = await agent.http.setChatReady(true);
    if (required) expectOk(agent.actor, 'ready', r, targetUrl(this.config.baseUrl, '/api/v2/me/channels/chat'));
    this.turn.markReady(agent);
  }

  /**
   * Makes the busy agent Ready for a chat that is then started and must wait (a server with room for two
   * would offer it at once): where runs share the GMS service, the run holds the routing turn through
   * that window, so it lets the runs asking meanwhile go first (their turns last milliseconds).
   */
  readyForWaitingChat(agent: OnlineAgent): Promise<void> {
    return this.makeReady(agent, false, true);
  }

  /**
   * The run's routing is done: every chat it needed was offered. Where runs side by side share the
   * target's GMS service, its Ready agents go NotReady (an offer already made stays the agent's) and
   * the gate passes to the next run; elsewhere nothing changes.
   */
  doneRouting(): Promise<void> {
    return this.turn.done();
  }

  /**
   * Before a request that sends the run's chat back to its service's queue (a Reject) after its routing
   * was done: where runs side by side share the GMS service, the routing turn is taken again, so that
   * no other run's agent is Ready for the chat, and kept until the clean-up has ended it. Elsewhere nothing.
   */
  beforeRequeue(): Promise<unknown> {
    return this.turn.take();
  }

  /** A chat started and offered to `agent`, and the run's routing done (doneRouting): its chat id. */
  async offeredOnly(agent: OnlineAgent): Promise<string> {
    await this.startChat();
    const chatId = await this.offerTo(agent);
    await this.doneRouting();
    return chatId;
  }

  /** Starts a chat as the customer (gms) or waits for one started by someone else (external). */
  async startChat(): Promise<void> {
    if (!this.customer) {
      this.recorder.note('chat source external: waiting for a chat started outside the suite');
      return;
    }
    const chat = await this.customer.startChat({
      nickname: this.scenario.customerNickname!,
      subject: 'gws-chat-conformance',
      ...(this.chatUserData ? { userData: this.chatUserData } : {}),
    });
    this.customerChats.push(chat);
    await this.customer.send(chat, CUSTOMER_MESSAGE);
  }

  async offerTo(agent: OnlineAgent): Promise<string> {
    const timeoutMs = this.config.offerTimeoutMs;
    const external = this.config.chatSource === 'external';
    const progress = external ? waitingForSomeone(agent.actor, timeoutMs) : undefined;
    const gate = this.target.gate;
    const chatId = await awaitOffer(this.recorder, agent.actor, timeoutMs, 0, (id) => gate?.claim(id, this) ?? true)
      .catch((err: unknown) => {
        if (!(err instanceof WaitTimeout)) throw err;
        throw new TransportError(
          external
            ? `nobody started a chat that was offered to agent ${agent.actor} within ${timeoutMs} ms (GWS_CHAT_SOURCE=external): start one routed to it, or raise GWS_OFFER_TIMEOUT_MS`
            : `no chat was offered to agent ${agent.actor} within ${timeoutMs} ms: check that chats of the GMS service ${this.config.gmsService} (GMS_SERVICE) are routed to the agents of GWS_AGENTS and that no other agent is Ready for them, or raise GWS_OFFER_TIMEOUT_MS`,
          'offer',
        );
      })
      .finally(() => clearInterval(progress));
    this.scenario.chats[agent.actor] = chatId;
    this.recorder.step('offer', agent.actor, { chatId });
    return chatId;
  }

  /**
   * The way into a conversation, for the operations on a Chatting chat: the agent accepts the chat
   * offered to it (a step named for Accept), its notifications arrive, then the quiet window. Accept's
   * own contract is the accept scenario's to judge: an Accept answered otherwise than documented still
   * opens the conversation when the chat's notifications follow it. When neither the answer nor a
   * notification says the chat was accepted, there is nothing to judge: the scenario is INCONCLUSIVE,
   * never a FAIL of the operation that follows.
   */
  async accepted(agent: OnlineAgent, chatId: string): Promise<void> {
    this.recorder.step('accept', agent.actor, { operation: 'Accept' });
    const from = this.recorder.cursor();
    const r = await agent.http.accept(chatId, { operationName: 'Accept', nickname: this.config.nickname });
    const answered = r.status === 200 && (r.body as { statusCode?: unknown } | undefined)?.statusCode === 0;
    const followed = await this.awaitOperated(agent.actor, chatId, from);
    if (!answered && !followed)
      throw new TransportError(
        `agent ${agent.actor} could not accept chat ${chatId} (HTTP ${r.status}, no notification followed): the conversation could not start; the accept scenario judges Accept`,
        'accept',
      );
    await sleep(this.config.quietWindowMs);
  }

  /**
   * The conversation the operations on a Chatting chat start from: the actor online (and an observer,
   * unless the hooks leave it out, to show nothing reaches another agent), a chat started, offered to
   * the actor and accepted.
   */
  async conversation(hooks: DriveHooks = {}): Promise<{ agent: OnlineAgent; chatId: string }> {
    const [actorAccount, observerAccount] = accounts(this.target, 2);
    const online = [this.online(actorAccount, 'actor')];
    if (hooks.observer !== false) online.push(this.online(observerAccount, 'observer'));
    const [agent] = await Promise.all(online);
    const chatId = await this.offeredOnly(agent);
    await hooks.afterOffer?.();
    await this.accepted(agent, chatId);
    return { agent, chatId };
  }

  /** The error case of an unknown chat id: the request at the `probe` step, then the quiet window. */
  async probeUnknownChat(agent: OnlineAgent, body: ChatOperationRequest): Promise<void> {
    // No chat is offered in this case: the actor came online unrouted (online(..., false)).
    this.recorder.step('probe', agent.actor);
    await agent.http.chatOperation(`0000${randomBytes(6).toString('hex').toUpperCase()}`, body);
    await this.quietWindow();
  }

  /**
   * An error case on a chat the agent has: the chat's REST view read (`rest-before`), the request at
   * the `probe` step, the quiet window, the REST view read again (`rest-view`): nothing may change.
   */
  async probeUnchanged(agent: OnlineAgent, chatId: string, body: ChatOperationRequest): Promise<void> {
    this.recorder.step('rest-before', agent.actor);
    await agent.http.getChat(chatId);
    this.recorder.step('probe', agent.actor);
    await agent.http.chatOperation(chatId, body);
    await sleep(this.config.quietWindowMs);
    this.recorder.step('rest-view', agent.actor);
    await agent.http.getChat(chatId);
    this.recorder.step('quiet-end');
  }

  /**
   * A probe: marks the step (its name in data.probe), runs it, and records what it observed beside
   * (data.successful and data.why, for probes whose outcome no HTTP exchange shows). Then, for a probe
   * that could change the chat, the quiet window, so that whatever it changed has time to show.
   */
  async probe(
    actor: string,
    name: string,
    run: () => Promise<{ successful: boolean; why?: string } | unknown>,
    settle = true,
  ): Promise<void> {
    this.recorder.step('probe', actor, { probe: name });
    const outcome = await run();
    if (outcome && typeof outcome === 'object' && 'successful' in outcome) {
      this.recorder.note(
        `probe ${name}: ${(outcome as { successful: boolean }).successful ? 'the server accepted it' : 'refused'}`,
        actor,
        {
          probe: name,
          ...(outcome as Record<string, unknown>),
        },
      );
    }
    if (settle) await sleep(this.config.quietWindowMs);
  }

  /** Waits until every notification the operation's success declares has arrived for the chat, or the timeout. */
  async awaitSequence(actor: string, chatId: string, from: number): Promise<void> {
    const declared = this.operation.success.notifications.map((n) => n.kind);
    const done = await this.awaitKinds(actor, chatId, from, (seen) => declared.every((kind) => seen.has(kind)));
    this.recorder.step('sequence-complete', actor, { complete: done });
  }

  /**
   * Waits for the chat's first notification after an operation that only has to show the chat could
   * still be operated on (its sequence is another scenario's to judge): a notification missing from
   * the sequence costs no wait, as long as one of them came. True if one came.
   */
  async awaitOperated(actor: string, chatId: string, from: number): Promise<boolean> {
    // One of the documented kinds: "followed by the chat's notifications".
    return this.awaitKinds(actor, chatId, from, (seen) => [...seen].some((kind) => kind !== 'other'));
  }

  /**
   * Waits until the kinds of the chat's notifications to `actor` since event `from` are `enough`, or
   * the notification timeout; true if they were.
   */
  private awaitKinds(actor: string, chatId: string, from: number, enough: (seen: ReadonlySet<string>) => boolean): Promise<boolean> {
    const seen = new Set<string>();
    let checked = from;
    return this.recorder.until(() => {
      // Only the events recorded since the last check: each is classified once.
      for (; checked < this.recorder.events.length; checked++) {
        const e = this.recorder.events[checked];
        if (e.kind !== 'bayeux' || e.actor !== actor) continue;
        const n = classify(checked, e);
        if (n.chatId === chatId) seen.add(n.kind);
      }
      return enough(seen);
    }, this.config.notificationTimeoutMs);
  }

  /** The quiet window (or a conversation's turn window), then its end marked (`quiet-end`). */
  async quietWindow(ms = this.config.quietWindowMs): Promise<void> {
    await sleep(ms);
    this.recorder.step('quiet-end');
  }

  /** Is the target still there? (helpers/scenarios/liveness.ts) */
  checkAlive(): Promise<void> {
    return checkAlive(this.recorder, this.agents, this.config.requestTimeoutMs);
  }

  /** Leaves the target as found: completes accepted chats, NotReady, ends the sessions. Never a failure. */
  async cleanup(): Promise<void> {
    // Marked: what fails from here on (the target gone, the network) cannot touch the evidence.
    this.recorder.step('cleanup');
    this.ending = true;
    // An agent still coming online (the run failed on another) is released with the others.
    await Promise.allSettled(this.comingOnline);
    // A chat rejected here goes back to its service's queue: side by side, such a clean-up is exclusive
    // too, taking the routing turn before its first Reject (or keeping it, where the run still holds it).
    // A clean-up that only completes chats and ends sessions sends none back: it takes no turn.
    let turn: Promise<unknown> | undefined = this.turn.holding ? this.turn.take() : undefined;
    const beforeRequeue = () => (turn ??= this.turn.take());
    await turn;
    try {
      await Promise.all([
        ...this.agents.map((agent) => this.release(agent, beforeRequeue)),
        ...this.customerChats.map((chat) => tries()(async () => this.customer?.disconnect(chat)).catch(() => undefined)),
      ]);
    } finally {
      await this.turn.pass();
    }
  }

  /** A further chat the agent holds (offered to it after its scenario's own): the clean-up releases it too. */
  holds(actor: string, chatId: string): void {
    this.alsoHeld.push({ actor, chatId });
  }

  private release(agent: OnlineAgent, beforeRequeue: () => Promise<unknown>): Promise<void> {
    const known = [this.scenario.chats[agent.actor], ...this.alsoHeld.filter((h) => h.actor === agent.actor).map((h) => h.chatId)];
    return releaseAgent(agent, this.recorder.events, known, this.config.nickname, beforeRequeue);
  }

  /** Records what went wrong with the target (not the contract) as a failure. */
  fail(err: unknown): void {
    if (err instanceof TransportError || err instanceof GmsError || err instanceof WaitTimeout) this.recorder.failure(err.message);
    else this.recorder.failure(`the drive broke: ${err instanceof Error ? err.message : String(err)}`);
  }

  /** Runs the drive, then checks the target is alive; any failure is recorded; always cleans up. */
  async run(drive: () => Promise<void>): Promise<Transcript> {
    try {
      await drive();
      await this.checkAlive();
    } catch (err) {
      this.fail(err);
    } finally {
      await this.cleanup();
    }
    return this.recorder.toTranscript(this.scenario);
  }
}

export function accounts(target: Target, n: number): Credentials[] {
  if (target.config.agents.length < n)
    throw new TransportError(
      `this scenario needs ${n} agent accounts, GWS_AGENTS has ${target.config.agents.length}: add accounts to GWS_AGENTS`,
      'config',
    );
  return target.config.agents.slice(0, n);
}
