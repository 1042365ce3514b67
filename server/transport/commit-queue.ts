/**
 * Group commit: every write asked for while the store is busy goes to it in the next transaction, and each
 * caller's promise resolves only once that transaction is durable. A handler awaits its write, then
 * acknowledges: nothing is acknowledged that a crash could lose, and a classroom answering at once costs one
 * transaction, not thirty. One commit is under way at a time; an idle queue commits on the next turn of the event
 * loop, so a lone answer waits for its own fsyncs only, and under a burst each commit takes everything that
 * arrived during the previous one and the pause after it (the SQLite store commits on a thread of its own: ADR 14).
 */
import type { Session } from '../domain';
import { recordOf, type SessionStore, type SessionWrite } from '../store/session-store';

export interface PendingWrite {
  /** A session whose record changed: its record is taken once, when the batch is committed. */
  readonly session?: Session;
  readonly writes?: readonly SessionWrite[];
}

interface Waiter {
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

export interface CommitQueueOptions {
  /**
   * The least time between two commits. Each commit costs the store its fsyncs and the fold of its log (CPU and
   * disk, on its own thread), so a busy server leaves this much time for writes to gather: at 300 answers a
   * second, a commit per 5 ms rather than one per answer.
   */
  readonly minIntervalMs?: number;
  /** How long activity marks may wait for a commit of their own when nothing else is written. */
  readonly touchDelayMs?: number;
}

export class CommitQueue {
  readonly #store: SessionStore;
  readonly #minIntervalMs: number;
  readonly #touchDelayMs: number;
  #records = new Map<string, Session>();
  #writes: SessionWrite[] = [];
  #touches = new Map<string, number>();
  #waiters: Waiter[] = [];
  #scheduled = false;
  #lazyTimer: ReturnType<typeof setTimeout> | null = null;
  #running: Promise<void> | null = null;
  #lastCommitAt = -Infinity;
  /** Called with the ids of the sessions whose batch failed, so their state in memory can be reloaded. */
  onFailure: (sessionIds: ReadonlySet<string>, error: unknown) => void = () => {};

  constructor(store: SessionStore, { minIntervalMs = 5, touchDelayMs = 1000 }: CommitQueueOptions = {}) {
    this.#store = store;
    this.#minIntervalMs = minIntervalMs;
    this.#touchDelayMs = touchDelayMs;
  }

  /** Queues writes; resolves once they are committed. */
  write({ session, writes = [] }: PendingWrite): Promise<void> {
    if (session) this.#records.set(session.id, session);
    this.#writes.push(...writes);
    return new Promise<void>((resolve, reject) => {
      this.#waiters.push({ resolve, reject });
      this.#schedule();
    });
  }

  /**
   * Records activity without anyone waiting for it: the idle clock need not be exact to the second.
   * Touches of one session in one batch collapse to one.
   */
  touch(sessionId: string, at: number): void {
    this.#touches.set(sessionId, Math.max(at, this.#touches.get(sessionId) ?? at));
    this.#scheduleLazily();
  }

  /** A join or a slide change is no reason for an fsync: it rides along with the next write, or goes later. */
  #scheduleLazily(): void {
    if (this.#lazyTimer) return;
    this.#lazyTimer = setTimeout(() => {
      this.#lazyTimer = null;
      if (this.#touches.size) this.#schedule();
    }, this.#touchDelayMs);
    this.#lazyTimer.unref();
  }

  /** Resolves once everything queued so far (activity marks included) is committed, or failed. */
  async idle(): Promise<void> {
    if (this.#touches.size) this.#schedule();
    while (this.#running || this.#scheduled) {
      await (this.#running ?? new Promise<void>((resolve) => setTimeout(resolve, 1)));
    }
  }

  #schedule(): void {
    if (this.#scheduled || this.#running) return;
    this.#scheduled = true;
    const start = () => {
      this.#scheduled = false;
      this.#running = this.#run().finally(() => {
        this.#running = null;
        this.#lastCommitAt = performance.now();
        if (this.#writes.length || this.#records.size || this.#waiters.length) this.#schedule();
        else if (this.#touches.size) this.#scheduleLazily();
      });
    };
    const wait = this.#lastCommitAt + this.#minIntervalMs - performance.now();
    if (wait <= 0) setImmediate(start);
    else setTimeout(start, wait);
  }

  async #run(): Promise<void> {
    // Records first (a new session must exist before its first answer), then the writes in the order asked
    // for, then the touches, which only ever move a clock forward.
    const batch: SessionWrite[] = [];
    for (const session of this.#records.values()) batch.push({ kind: 'record', record: recordOf(session.snapshot()) });
    batch.push(...this.#writes);
    for (const [sessionId, lastActivityAt] of this.#touches) batch.push({ kind: 'touch', sessionId, lastActivityAt });
    const waiters = this.#waiters;
    this.#records = new Map();
    this.#writes = [];
    this.#touches = new Map();
    this.#waiters = [];
    try {
      await this.#store.commit(batch);
    } catch (error) {
      for (const waiter of waiters) waiter.reject(error);
      this.onFailure(
        new Set(batch.map((write) => (write.kind === 'record' ? write.record.id : write.sessionId))),
        error,
      );
      return;
    }
    for (const waiter of waiters) waiter.resolve();
  }
}
