import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, type JoinCode } from '../../protocol/join-code';
import { randomIndexes, type RandomBytes } from './random-source';

// 31⁶ ≈ 887 million codes against a few live sessions: a clash is rare, twenty in a row is a broken source.
const MAX_ATTEMPTS = 20;

/** A fresh join code, not one of the live sessions' (`isTaken`). Guessing is curbed by rate limits and expiry. */
export function generateJoinCode(
  random: RandomBytes,
  isTaken: (code: JoinCode) => boolean = () => false,
  length: number = JOIN_CODE_LENGTH,
): JoinCode {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const code = randomIndexes(random, JOIN_CODE_ALPHABET.length, length)
      .map((index) => JOIN_CODE_ALPHABET[index])
      .join('');
    if (!isTaken(code)) return code;
  }
  throw new Error('no free join code found');
}
