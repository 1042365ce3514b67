/**
 * The server's own budget of failed joins (unknown code, wrong facilitator key), on top of each address's.
 * Each address may fail a few times a minute; many addresses together could still try hundreds of codes a
 * second. This budget caps what they try between them.
 *
 * It counts failures only, so a class joining with the right code never uses it up. Once it is spent a join
 * is still checked (an honest phone with the right code gets in) but each address may then fail only
 * `spentJoinFailureBurst` times, then `spentJoinFailuresPerMinute`: whoever keeps guessing meets "too many
 * attempts, wait a minute" at once, and all addresses together try about the budget's refill plus that trickle
 * per address. Held in memory per server process; with several processes each keeps its own.
 */
import { KeyedLimiter, TokenBucket } from './token-bucket';

export interface FailedJoinBudgetLimits {
  /** Failed joins the whole server allows, from every address together: a burst, then a trickle. */
  readonly serverJoinFailureBurst: number;
  readonly serverJoinFailuresPerMinute: number;
  /** While that budget is spent: what one address (see address-key.ts) may still fail. */
  readonly spentJoinFailureBurst: number;
  readonly spentJoinFailuresPerMinute: number;
}

export const DEFAULT_FAILED_JOIN_BUDGET: FailedJoinBudgetLimits = {
  // A class mistypes a handful of codes; two a second leaves room for a hundred classes joining at once.
  serverJoinFailureBurst: 120,
  serverJoinFailuresPerMinute: 120,
  // A phone that mistyped can try again; a class behind one router is not locked out by one typo.
  spentJoinFailureBurst: 3,
  spentJoinFailuresPerMinute: 3,
};

export class FailedJoinBudget {
  readonly #server: TokenBucket;
  readonly #spent: KeyedLimiter;

  /** `now`: milliseconds on any steady clock, the same for every call. */
  constructor(limits: FailedJoinBudgetLimits, now: number) {
    this.#server = new TokenBucket(limits.serverJoinFailureBurst, limits.serverJoinFailuresPerMinute / 60, now);
    this.#spent = new KeyedLimiter(limits.spentJoinFailureBurst, limits.spentJoinFailuresPerMinute / 60);
  }

  /** Whether a join from `address` may be checked now (else: "too many attempts, wait a minute"). */
  mayTry(address: string, now: number): boolean {
    return this.#server.has(now) || this.#spent.has(address, now);
  }

  /** Counts a failed join; false when the budget was spent, so the failure says "wait a minute". */
  fail(address: string, now: number): boolean {
    if (this.#server.take(now)) return true;
    this.#spent.take(address, now);
    return false;
  }

  /** Forgets the addresses whose allowance is whole again. */
  prune(now: number): void {
    this.#spent.prune(now);
  }
}
