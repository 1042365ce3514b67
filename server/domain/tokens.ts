/** Unguessable tokens: the session id and the facilitator key, of which the server keeps only a digest. */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RandomBytes } from './random-source';

const SESSION_ID_BYTES = 16;
const FACILITATOR_KEY_BYTES = 32;

function token(random: RandomBytes, length: number): string {
  const bytes = random(length);
  if (bytes.length !== length) throw new Error('the random source returned too few bytes');
  return Buffer.from(bytes).toString('base64url');
}

export function generateSessionId(random: RandomBytes): string {
  return token(random, SESSION_ID_BYTES);
}

/** Given to the facilitator once; whoever holds it can open, close, reveal, moderate, end and export. */
export function generateFacilitatorKey(random: RandomBytes): string {
  return token(random, FACILITATOR_KEY_BYTES);
}

/** What the store keeps instead of the key, so a copied data folder does not hand out facilitator rights. */
export function facilitatorKeyDigest(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Compares in time independent of where the digests differ, so timing does not leak the digest. */
export function facilitatorKeyMatches(digest: string, key: string): boolean {
  const expected = Buffer.from(digest, 'utf8');
  const candidate = Buffer.from(facilitatorKeyDigest(key), 'utf8');
  // Every digest is 64 hex digits: a length that differs is a record gone wrong, not a secret to hide.
  return candidate.length === expected.length && timingSafeEqual(candidate, expected);
}
