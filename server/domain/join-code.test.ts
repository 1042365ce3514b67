import { describe, expect, it } from 'vitest';
import { HOSTED_JOIN_CODE_LENGTH, JOIN_CODE_ALPHABET, isJoinCode } from '../../protocol/join-code';
import { generateJoinCode } from './join-code';
import { randomIndexes, type RandomBytes } from './random-source';
import { countingRandom } from './test-fixtures';

const fixed = (...bytes: number[]): RandomBytes => {
  let i = 0;
  return (length) => Uint8Array.from({ length }, () => bytes[i++ % bytes.length]);
};

describe('join codes', () => {
  it('come from the injected random source, six characters of the alphabet', () => {
    const code = generateJoinCode(countingRandom());
    expect(code).toBe(JOIN_CODE_ALPHABET.slice(0, 6));
    expect(isJoinCode(code)).toBe(true);
  });

  it('are nine characters on a server that hosts many sessions', () => {
    const code = generateJoinCode(countingRandom(), undefined, HOSTED_JOIN_CODE_LENGTH);
    expect(code).toBe(JOIN_CODE_ALPHABET.slice(0, 9));
    expect(isJoinCode(code)).toBe(true);
  });

  it('skip a code that a live session already has', () => {
    const taken = JOIN_CODE_ALPHABET.slice(0, 6);
    const code = generateJoinCode(countingRandom(), (candidate) => candidate === taken);
    expect(code).not.toBe(taken);
    expect(isJoinCode(code)).toBe(true);
  });

  it('are unbiased: bytes past the last full round of the alphabet are drawn again', () => {
    // 31 letters: 248 = 8 × 31, so 248–255 would favour the first letters.
    expect(randomIndexes(fixed(250, 255, 31, 32), 31, 2)).toEqual([0, 1]);
  });

  it('fail loudly on a broken random source rather than loop', () => {
    expect(() => generateJoinCode(fixed(255))).toThrow();
    expect(() => generateJoinCode(countingRandom(), () => true)).toThrow('no free join code');
  });
});
