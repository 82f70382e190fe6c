/**
 * Runs side by side on one GMS service. A chat of a service reaches whichever agent routing picks among
 * the Ready ones, so two runs may not have Ready agents at once: the part of a run from an agent going
 * Ready to the run's last offer received (and its agents NotReady again) is exclusive, one run at a
 * time in the order they asked (RoutingGate). Everything else (operations, notifications, quiet
 * windows, error probes) runs side by side, each run on accounts of its own (AccountLanes).
 */
import type { Credentials } from './gws-client.ts';

/**
 * A first-come first-served lock: `acquire` resolves with the function that releases it. A patient
 * acquirer (a run that will hold the gate through a window: a chat of its waiting in the queue) lets
 * those who ask after it go first while any wait, as they hold it for milliseconds and it for a window.
 */
export class RoutingGate {
  private held = false;
  private readonly waiting: { patient: boolean; admit: (release: () => void) => void }[] = [];
  /** The chats offered to each run, by chat id: a chat one run was offered is never another's. */
  private readonly owners = new Map<string, object>();

  /** Is `chatId` free for `run`, or already its own? Claims it for `run` if free. */
  claim(chatId: string, run: object): boolean {
    const owner = this.owners.get(chatId);
    if (owner && owner !== run) return false;
    this.owners.set(chatId, run);
    return true;
  }

  acquire(patient = false): Promise<() => void> {
    return new Promise((admit) => {
      this.waiting.push({ patient, admit });
      this.admitNext();
    });
  }

  /** The gate free: the first to ask that is not patient goes in, else the first patient one. */
  private admitNext(): void {
    if (this.held || this.waiting.length === 0) return;
    const first = this.waiting.findIndex((w) => !w.patient);
    const [next] = this.waiting.splice(Math.max(first, 0), 1);
    this.held = true;
    let released = false;
    next!.admit(() => {
      if (released) return;
      released = true;
      this.held = false;
      this.admitNext();
    });
  }
}

/**
 * The accounts of a worker cut into lanes of `size`, one run on each at a time: a run takes the lanes
 * it needs (one, or more for a run that brings more agents online), waiting until they are free, first
 * come first served, and gives them back when it ends.
 */
export class AccountLanes {
  private readonly free: Credentials[][];
  /** How many lanes there are: how many runs of one lane can go side by side. */
  readonly count: number;
  private readonly waiting: { count: number; resolve: (lanes: Credentials[][]) => void }[] = [];

  constructor(accounts: readonly Credentials[], size: number) {
    if (size < 1 || accounts.length < size)
      throw new Error(`${accounts.length} accounts make no lane of ${size}: the worker plan should not have allowed it`);
    this.count = Math.floor(accounts.length / size);
    this.free = Array.from({ length: this.count }, (_, i) => accounts.slice(i * size, (i + 1) * size));
  }

  /** Runs `fn` on `count` lanes of its own (their accounts in one list), waiting for them to be free. */
  async on<T>(fn: (accounts: Credentials[]) => Promise<T>, count = 1): Promise<T> {
    if (count < 1 || count > this.count) throw new Error(`a run cannot take ${count} of ${this.count} lanes`);
    const lanes =
      this.waiting.length === 0 && this.free.length >= count
        ? this.free.splice(0, count)
        : await new Promise<Credentials[][]>((resolve) => this.waiting.push({ count, resolve }));
    try {
      return await fn(lanes.flat());
    } finally {
      this.free.push(...lanes);
      // In the order they asked: a run that needs more lanes is not overtaken by smaller ones.
      while (this.waiting.length > 0 && this.free.length >= this.waiting[0]!.count) {
        const next = this.waiting.shift()!;
        next.resolve(this.free.splice(0, next.count));
      }
    }
  }
}
