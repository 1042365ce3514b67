import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  HOSTED_JOIN_CODE_LENGTH,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  JoinCodeSchema,
  isJoinCode,
} from './join-code.ts';

describe('join codes', () => {
  it('use no character that reads like another on a projector', () => {
    for (const lookAlike of ['0', 'O', '1', 'I', 'L']) expect(JOIN_CODE_ALPHABET).not.toContain(lookAlike);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length);
    expect(JOIN_CODE_LENGTH).toBe(6);
    expect(HOSTED_JOIN_CODE_LENGTH).toBe(9);
  });

  it('accept a code typed in lower case, with a space or a dash', () => {
    expect(v.parse(JoinCodeSchema, 'k7m 2qx')).toBe('K7M2QX');
    expect(v.parse(JoinCodeSchema, 'K7M-2QX')).toBe('K7M2QX');
  });

  it('refuse codes of the wrong length or with look-alikes', () => {
    for (const typed of ['K7M2Q', 'K7M2QXA', 'K7M2QXAB', 'K7M2QXAB9C', 'K0M2QX', 'KIM2QX', 'K7M2QL', 42]) {
      expect(v.safeParse(JoinCodeSchema, typed).success).toBe(false);
    }
    expect(isJoinCode('K7M2QX')).toBe(true);
    expect(isJoinCode('k7m2qx')).toBe(false);
  });

  it("accept a hosted server's longer codes too", () => {
    expect(v.parse(JoinCodeSchema, 'k7m 2qx a9b')).toBe('K7M2QXA9B');
    expect(isJoinCode('K7M2QXA9B')).toBe(true);
  });
});
