/**
 * A drive's turn at its target's routing, where runs side by side share one GMS service
 * (helpers/target/routing-gate.ts): taken once, however many of the drive's agents go Ready at once,
 * and passed on when the drive's routing is done (its Ready agents NotReady again) or its clean-up
 * ended. Without a gate (the embedded simulator, one run at a time) taking and passing do nothing.
 */
import type { OnlineAgent } from '../target/agent.ts';
import type { RoutingGate } from '../target/routing-gate.ts';

export class RoutingTurn {
  /** The agents the drive made Ready (NotReady again when its routing is done). */
  private readonly ready = new Set<OnlineAgent>();
  /** The gate, taken (or being taken): resolves with its release. */
  private taken?: Promise<() => void>;

  constructor(private readonly gate: RoutingGate | undefined) {}

  get gated(): boolean {
    return this.gate !== undefined;
  }

  isReady(agent: OnlineAgent): boolean {
    return this.ready.has(agent);
  }

  markReady(agent: OnlineAgent): void {
    this.ready.add(agent);
  }

  /**
   * Takes the gate once, however many agents of the drive ask at once; `patient` where the drive will
   * hold it through a window (RoutingGate.acquire).
   */
  take(patient = false): Promise<unknown> {
    if (!this.gate) return Promise.resolve();
    this.taken ??= this.gate.acquire(patient);
    return this.taken;
  }

  /** The drive's routing is done: its Ready agents go NotReady (an offer made stays the agent's), the gate passes on. */
  async done(): Promise<void> {
    if (!this.taken) return;
    for (const agent of this.ready) await agent.http.setChatReady(false);
    this.ready.clear();
    await this.pass();
  }

  /** Whether the drive holds the gate (or is taking it) now. */
  get holding(): boolean {
    return this.taken !== undefined;
  }

  async pass(): Promise<void> {
    const taken = this.taken;
    this.taken = undefined;
    (await taken)?.();
  }
}
