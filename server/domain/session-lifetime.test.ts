import { describe, expect, it } from 'vitest';
import { DEFAULT_LIFETIME, isIdleExpired, isRetentionOver } from './session-lifetime';

const HOUR = 3_600_000;

describe('session lifetime', () => {
  it('ends a session 12 hours after its last activity by default', () => {
    expect(isIdleExpired(0, 12 * HOUR - 1)).toBe(false);
    expect(isIdleExpired(0, 12 * HOUR)).toBe(true);
  });

  it('keeps results 24 hours after the end by default', () => {
    expect(isRetentionOver(0, 24 * HOUR - 1)).toBe(false);
    expect(isRetentionOver(0, 24 * HOUR)).toBe(true);
  });

  it('follows another policy when given one', () => {
    const policy = { ...DEFAULT_LIFETIME, idleLimitMs: HOUR };
    expect(isIdleExpired(0, HOUR, policy)).toBe(true);
  });
});
