import { KeyedLimiter, TokenBucket } from './token-bucket';

export interface StartBudgetLimits {
  /** Sessions one address may start: a burst, then a trickle (a school's teachers share one router). */
  readonly sessionStartBurst: number;
  readonly sessionStartsPerHour: number;
  /** Sessions the whole server starts: a burst, then a trickle, whoever asks. */
  readonly serverStartBurst: number;
  readonly serverStartsPerHour: number;
  /**
   * Kept for addresses that started nothing in the last hour, once the server's budget is spent: a teacher
   * arriving during a flood from addresses that already started sessions still gets one. A LAN has a few
   * hundred addresses at most (an IPv6 /64 counts as one): room for each to start one.
   */
  readonly newcomerStartBurst: number;
  readonly newcomerStartsPerHour: number;
}

export const DEFAULT_START_BUDGET: StartBudgetLimits = {
  sessionStartBurst: 20,
  sessionStartsPerHour: 60,
  // With unused sessions ended after 10 minutes, a flood holds at most each budget's burst and a sixth of its
  // hourly rate: 100 + 50 from the server's, 500 + 83 from the newcomers'; far below the 2,000 it runs.
  serverStartBurst: 100,
  serverStartsPerHour: 300,
  newcomerStartBurst: 500,
  newcomerStartsPerHour: 500,
};

export type StartRefusal = 'address' | 'server';

/**
 * Who may start a session now. Addresses live in memory only, for as long as their bucket is not full again
 * (at most an hour); nothing here is stored or logged.
 */
export class StartBudget {
  readonly #perAddress: KeyedLimiter;
  readonly #server: TokenBucket;
  /** One token an hour per address: whether it started anything in the last hour. */
  readonly #recent = new KeyedLimiter(1, 1 / 3600);
  readonly #newcomers: TokenBucket;

  constructor(limits: StartBudgetLimits, now: number) {
    this.#perAddress = new KeyedLimiter(limits.sessionStartBurst, limits.sessionStartsPerHour / 3600);
    this.#server = new TokenBucket(limits.serverStartBurst, limits.serverStartsPerHour / 3600, now);
    this.#newcomers = new TokenBucket(limits.newcomerStartBurst, limits.newcomerStartsPerHour / 3600, now);
  }

  /** Takes a start for `address`, or says whose budget is spent (nothing is taken then). */
  take(address: string, now: number): StartRefusal | null {
    if (!this.#perAddress.has(address, now)) return 'address';
    const newcomer = this.#recent.has(address, now);
    if (!this.#server.take(now) && !(newcomer && this.#newcomers.take(now))) return 'server';
    this.#perAddress.take(address, now);
    // Marked on every start, so an address that started during a flood is no newcomer for the next hour.
    this.#recent.take(address, now);
    return null;
  }

  prune(now: number): void {
    this.#perAddress.prune(now);
    this.#recent.prune(now);
  }
}
