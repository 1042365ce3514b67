/**
 * Randomness is injected: the composition root passes node:crypto's `randomBytes`,
 * tests pass a fixed sequence.
 */
export type RandomBytes = (length: number) => Uint8Array;

// A broken source (say, all 255s) must fail loudly instead of looping for ever.
const MAX_DRAWS = 64;

/** `count` uniform indexes below `size` (≤ 256), by rejection so that no index is likelier than another. */
export function randomIndexes(random: RandomBytes, size: number, count: number): number[] {
  if (!Number.isInteger(size) || size < 1 || size > 256) throw new RangeError('size must be 1–256');
  // Bytes at or above the largest multiple of `size` would favour the lowest indexes: draw again.
  const limit = 256 - (256 % size);
  const picked: number[] = [];
  for (let draw = 0; picked.length < count; draw++) {
    if (draw === MAX_DRAWS) throw new Error('the random source keeps returning unusable bytes');
    for (const byte of random(count - picked.length)) {
      if (byte < limit) picked.push(byte % size);
    }
  }
  return picked;
}
