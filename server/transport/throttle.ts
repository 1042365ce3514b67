/**
 * Coalesces broadcasts: the first request for a key goes out at once, later ones within `intervalMs` are
 * folded into one that goes out when the interval is over. Thirty answers in a second then cost the
 * facilitator a handful of tally updates, each with the latest counts, and a lone answer shows at once.
 */
export class Throttle<K> {
  readonly #intervalMs: number;
  readonly #send: (key: K) => void;
  readonly #now: () => number;
  readonly #lastSent = new Map<K, number>();
  readonly #timers = new Map<K, ReturnType<typeof setTimeout>>();

  constructor(intervalMs: number, send: (key: K) => void, now: () => number = () => performance.now()) {
    this.#intervalMs = intervalMs;
    this.#send = send;
    this.#now = now;
  }

  request(key: K): void {
    if (this.#timers.has(key)) return;
    const now = this.#now();
    const wait = (this.#lastSent.get(key) ?? -Infinity) + this.#intervalMs - now;
    if (wait <= 0) {
      this.#fire(key, now);
      return;
    }
    const timer = setTimeout(() => {
      this.#timers.delete(key);
      this.#fire(key, this.#now());
    }, wait);
    this.#timers.set(key, timer);
  }

  /** Sends what is pending now (before the session ends, say). */
  flush(key: K): void {
    const timer = this.#timers.get(key);
    if (!timer) return;
    clearTimeout(timer);
    this.#timers.delete(key);
    this.#fire(key, this.#now());
  }

  forget(key: K): void {
    clearTimeout(this.#timers.get(key));
    this.#timers.delete(key);
    this.#lastSent.delete(key);
  }

  close(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
    this.#lastSent.clear();
  }

  #fire(key: K, now: number): void {
    this.#lastSent.set(key, now);
    // An old entry is dropped once its interval is long over, so the map does not grow with every poll.
    if (this.#lastSent.size > 1000) {
      for (const [other, at] of this.#lastSent) if (now - at > this.#intervalMs) this.#lastSent.delete(other);
    }
    this.#send(key);
  }
}
