import { describe, expect, it } from 'vitest';
import { KeyedLimiter, TokenBucket } from './token-bucket';

describe('a token bucket', () => {
  it('allows a burst, then refills at its rate', () => {
    const bucket = new TokenBucket(3, 2, 0);
    expect([bucket.take(0), bucket.take(0), bucket.take(0), bucket.take(0)]).toEqual([true, true, true, false]);
    expect(bucket.take(499)).toBe(false);
    expect(bucket.take(500)).toBe(true);
    expect(bucket.has(10_000)).toBe(true);
    expect(bucket.isFull(10_000)).toBe(true);
  });
});

describe('a keyed limiter', () => {
  it('limits each key on its own and forgets keys that are back to full', () => {
    const limiter = new KeyedLimiter(2, 1);
    expect(limiter.has('a', 0)).toBe(true);
    limiter.take('a', 0);
    limiter.take('a', 0);
    expect(limiter.has('a', 0)).toBe(false);
    expect(limiter.has('b', 0)).toBe(true);
    limiter.prune(500);
    expect(limiter.size).toBe(1);
    limiter.prune(2_000);
    expect(limiter.size).toBe(0);
  });
});
