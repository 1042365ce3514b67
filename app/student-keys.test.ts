import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  deriveBallotKey as protocolKey,
  deviceSecretFromBytes,
  isDeviceSecret as protocolIsSecret,
} from '../protocol/ballot-key';
import {
  HOSTED_JOIN_CODE_LENGTH,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  isJoinCode as protocolIsJoinCode,
} from '../protocol/join-code';
import { deriveBallotKey, isDeviceSecret, isJoinCode, newDeviceSecret } from './student-keys';

describe('the join page’s keys', () => {
  it('derive every ballot key exactly as the protocol does', () => {
    const ids = ['q1', 'a', 'x'.repeat(64), 'poll.with-dots_and-dashes', 'Ünïcödé-😀', 'n'.repeat(200)];
    for (let round = 0; round < 200; round++) {
      const secret = deviceSecretFromBytes(randomBytes(32));
      const session = randomBytes(1 + (round % 48)).toString('base64url');
      const poll = ids[round % ids.length]! + (round > 100 ? String(round) : '');
      expect(deriveBallotKey(secret, session, poll)).toBe(protocolKey(secret, session, poll));
    }
  });

  it('make device secrets the protocol accepts', () => {
    const secret = newDeviceSecret();
    expect(protocolIsSecret(secret)).toBe(true);
    expect(isDeviceSecret(secret)).toBe(true);
    expect(newDeviceSecret()).not.toBe(secret);
    for (const bad of ['', 'A'.repeat(64), 'f'.repeat(63), 42]) expect(isDeviceSecret(bad)).toBe(protocolIsSecret(bad));
  });

  it('accept the same join codes as the protocol', () => {
    const all = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    for (const length of [JOIN_CODE_LENGTH, HOSTED_JOIN_CODE_LENGTH]) {
      for (const c of all) {
        const code = `${c}${JOIN_CODE_ALPHABET.slice(0, length - 1)}`;
        expect(isJoinCode(code), code).toBe(protocolIsJoinCode(code));
      }
    }
    for (const length of [5, 6, 7, 8, 9, 10]) {
      const code = JOIN_CODE_ALPHABET.slice(0, length);
      expect(isJoinCode(code), code).toBe(protocolIsJoinCode(code));
    }
    expect(isJoinCode('ABC234')).toBe(true);
    expect(isJoinCode('ABC234DEF')).toBe(true);
    expect(isJoinCode('ABC23')).toBe(false);
    expect(isJoinCode('ABC2345')).toBe(false);
  });
});
