import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEVICE_SECRET_BYTES, deriveBallotKey, deviceSecretFromBytes, isDeviceSecret } from './ballot-key.ts';

const secret = deviceSecretFromBytes(Uint8Array.from({ length: DEVICE_SECRET_BYTES }, (_, i) => i));
const other = deviceSecretFromBytes(Uint8Array.from({ length: DEVICE_SECRET_BYTES }, (_, i) => 255 - i));

describe('ballot keys', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('are HMAC-SHA-256 of the session and poll under the device secret', () => {
    const expected = createHmac('sha256', secret).update('payboy-ballot-v1\nS1\nq1').digest('hex');
    expect(deriveBallotKey(secret, 'S1', 'q1')).toBe(expected);
  });

  it('stay the same for one phone and poll, so a changed answer replaces the earlier one', () => {
    expect(deriveBallotKey(secret, 'S1', 'q1')).toBe(deriveBallotKey(secret, 'S1', 'q1'));
  });

  it('differ between polls, sessions and phones, so two answers of one student cannot be linked', () => {
    const keys = [
      deriveBallotKey(secret, 'S1', 'q1'),
      deriveBallotKey(secret, 'S1', 'q2'),
      deriveBallotKey(secret, 'S2', 'q1'),
      deriveBallotKey(other, 'S1', 'q1'),
    ];
    expect(new Set(keys).size).toBe(4);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{64}$/);
  });

  it('work where crypto.subtle does not exist (plain http on a LAN)', () => {
    vi.stubGlobal('crypto', { getRandomValues: globalThis.crypto.getRandomValues.bind(globalThis.crypto) });
    expect(globalThis.crypto.subtle).toBeUndefined();
    const bytes = globalThis.crypto.getRandomValues(new Uint8Array(DEVICE_SECRET_BYTES));
    expect(deriveBallotKey(deviceSecretFromBytes(bytes), 'S1', 'q1')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuse a short or malformed device secret', () => {
    expect(() => deviceSecretFromBytes(new Uint8Array(8))).toThrow(RangeError);
    expect(() => deriveBallotKey('1234', 'S1', 'q1')).toThrow(TypeError);
    expect(isDeviceSecret(secret)).toBe(true);
  });
});
