import { describe, expect, it } from 'vitest';
import { countingRandom } from './test-fixtures';
import { facilitatorKeyDigest, facilitatorKeyMatches, generateFacilitatorKey, generateSessionId } from './tokens';

describe('facilitator keys and session ids', () => {
  it('are long random base64url tokens from the injected source', () => {
    const random = countingRandom();
    const key = generateFacilitatorKey(random);
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(generateSessionId(random)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(generateFacilitatorKey(random)).not.toBe(key);
  });

  it('are checked against a stored digest, never against the key itself', () => {
    const key = generateFacilitatorKey(countingRandom());
    const digest = facilitatorKeyDigest(key);
    expect(digest).not.toContain(key);
    expect(facilitatorKeyMatches(digest, key)).toBe(true);
    expect(facilitatorKeyMatches(digest, `${key.slice(0, -1)}x`)).toBe(false);
    expect(facilitatorKeyMatches(digest, '')).toBe(false);
  });
});
