/** Rate limits: a token bucket per connection for every event, and per address for failed joins. */

export class TokenBucket {
  readonly #capacity: number;
  readonly #perMs: number;
  #tokens: number;
  #updatedAt: number;

  /** Holds up to `capacity` tokens and gains `refillPerSecond`; starts full. */
  constructor(capacity: number, refillPerSecond: number, now: number) {
    this.#capacity = capacity;
    this.#perMs = refillPerSecond / 1000;
    this.#tokens = capacity;
    this.#updatedAt = now;
  }

  /** Whether a token is there, without taking it. */
  has(now: number): boolean {
    this.#refill(now);
    return this.#tokens >= 1;
  }

  /** Takes a token if there is one; returns whether it did. */
  take(now: number): boolean {
    this.#refill(now);
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }

  /** Whether it is back to full, so a keyed limiter can forget it. */
  isFull(now: number): boolean {
    this.#refill(now);
    return this.#tokens >= this.#capacity;
  }

  #refill(now: number): void {
    const elapsed = Math.max(0, now - this.#updatedAt);
    this.#tokens = Math.min(this.#capacity, this.#tokens + elapsed * this.#perMs);
    this.#updatedAt = now;
  }
}

/**
 * One bucket per key (a network address). Kept in memory only and dropped once full again, so it holds
 * nothing about anyone who is not failing right now.
 */
export class KeyedLimiter {
  readonly #buckets = new Map<string, TokenBucket>();
  readonly #capacity: number;
  readonly #refillPerSecond: number;

  constructor(capacity: number, refillPerSecond: number) {
    this.#capacity = capacity;
    this.#refillPerSecond = refillPerSecond;
  }

  has(key: string, now: number): boolean {
    return this.#buckets.get(key)?.has(now) ?? true;
  }

  take(key: string, now: number): boolean {
    let bucket = this.#buckets.get(key);
    if (!bucket) this.#buckets.set(key, (bucket = new TokenBucket(this.#capacity, this.#refillPerSecond, now)));
    return bucket.take(now);
  }

  /** Forgets the keys whose buckets are full again. */
  prune(now: number): void {
    for (const [key, bucket] of this.#buckets) if (bucket.isFull(now)) this.#buckets.delete(key);
  }

  get size(): number {
    return this.#buckets.size;
  }
}
