/**
 * Records the evidence of a run: every HTTP exchange and every Bayeux message, in arrival order, with
 * monotonic times (ms since the recorder started). Everything is redacted on the way in, so a
 * transcript can be saved, attached to a report or re-judged offline as it is.
 */
import { performance } from 'node:perf_hooks';
import type { BayeuxEvent, HttpEvent, NoteEvent, Scenario, Transcript, TranscriptEvent } from '../contract/generated/payloads.ts';
import { redact } from './redact.ts';

import { TRANSCRIPT_FORMAT } from './transcript-upgrade.ts';

export { TRANSCRIPT_FORMAT };

/** The target could not be driven (network, transport, protocol handshake): no verdict on the contract. */
export class TransportError extends Error {
  constructor(
    message: string,
    readonly step: string,
    /** Did the target answer (a refusal), or was there no answer at all (a timeout, a transport failure)? */
    readonly answered = false,
  ) {
    super(message);
    this.name = 'TransportError';
  }
}

/** Waiting for evidence ran out of time. */
export class WaitTimeout extends Error {
  constructor(
    readonly what: string,
    readonly timeoutMs: number,
  ) {
    super(`timed out after ${timeoutMs} ms waiting for ${what}`);
    this.name = 'WaitTimeout';
  }
}

type Waiter = { test: () => boolean; resolve: () => void };

export class TranscriptRecorder {
  readonly startedAt = new Date();
  readonly events: TranscriptEvent[] = [];
  private readonly t0 = performance.now();
  private waiters: Waiter[] = [];
  /** The operation the drive is about: each step names it (transcript format 2). */
  operation?: string;

  constructor(readonly target: Transcript['target']) {}

  now(): number {
    return Math.round((performance.now() - this.t0) * 1000) / 1000;
  }

  /** Epoch milliseconds (sub-ms precision) of a transcript time, to compare with another process's clock. */
  epochOf(at: number): number {
    return performance.timeOrigin + this.t0 + at;
  }

  record<E extends TranscriptEvent>(event: E): E {
    const clean = redact(event);
    this.events.push(clean);
    for (const w of [...this.waiters]) {
      if (w.test()) {
        this.waiters = this.waiters.filter((x) => x !== w);
        w.resolve();
      }
    }
    return clean;
  }

  note(text: string, actor?: string, data?: Record<string, unknown>): NoteEvent {
    return this.record({ kind: 'note', at: this.now(), text, ...(actor ? { actor } : {}), ...(data ? { data } : {}) });
  }

  failure(text: string, actor?: string, data?: Record<string, unknown>): NoteEvent {
    return this.record({ kind: 'failure', at: this.now(), text, ...(actor ? { actor } : {}), ...(data ? { data } : {}) });
  }

  /** Index of the next event: pass it to waitFor to consider only what arrives from now on. */
  cursor(): number {
    return this.events.length;
  }

  /** Resolves with the first event from `from` on that passes `test`; rejects with WaitTimeout. */
  waitFor<E extends TranscriptEvent>(test: (e: TranscriptEvent) => e is E, what: string, timeoutMs: number, from?: number): Promise<E>;
  waitFor(test: (e: TranscriptEvent) => boolean, what: string, timeoutMs: number, from?: number): Promise<TranscriptEvent>;
  async waitFor(test: (e: TranscriptEvent) => boolean, what: string, timeoutMs: number, from = 0): Promise<TranscriptEvent> {
    let found: TranscriptEvent | undefined;
    let next = from;
    const seen = () => {
      // Each event is tested once, as it arrives.
      for (; !found && next < this.events.length; next++) if (test(this.events[next])) found = this.events[next];
      return found !== undefined;
    };
    if (!(await this.until(seen, timeoutMs))) throw new WaitTimeout(what, timeoutMs);
    return found!;
  }

  /**
   * Resolves true as soon as `test` holds over the events recorded so far (re-checked on every new
   * event), or false after `timeoutMs`.
   */
  until(test: () => boolean, timeoutMs: number): Promise<boolean> {
    if (test()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        test,
        resolve: () => {
          clearTimeout(timer);
          resolve(true);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve(false);
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  bayeux(actor?: string): BayeuxEvent[] {
    return this.events.filter((e): e is BayeuxEvent => e.kind === 'bayeux' && (actor === undefined || e.actor === actor));
  }

  http(actor?: string): HttpEvent[] {
    return this.events.filter((e): e is HttpEvent => e.kind === 'http' && (actor === undefined || e.actor === actor));
  }

  /**
   * Marks a step of the drive (offer, accept, probe, retry-accept, sequence-complete, quiet-end), naming
   * the operation the drive is about (`operation`, when set).
   */
  step(step: string, actor?: string, data: Record<string, unknown> = {}): NoteEvent {
    return this.note(`step: ${step}`, actor, { step, ...(this.operation ? { operation: this.operation } : {}), ...data });
  }

  toTranscript(scenario: Scenario): Transcript {
    return {
      format: TRANSCRIPT_FORMAT,
      target: { ...this.target },
      startedAt: this.startedAt.toISOString(),
      scenario: redact(scenario),
      events: [...this.events],
    };
  }
}
