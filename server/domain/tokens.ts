/** Unguessable tokens: the session id and the facilitator key, of which the server keeps only a digest. */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
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
  return bytesToHex(sha256(utf8ToBytes(key)));
}

/** Compares in time independent of where the strings differ, so timing does not leak the digest. */
export function facilitatorKeyMatches(digest: string, key: string): boolean {
  const candidate = facilitatorKeyDigest(key);
  if (candidate.length !== digest.length) return false;
  let difference = 0;
  for (let i = 0; i < digest.length; i++) difference |= digest.charCodeAt(i) ^ candidate.charCodeAt(i);
  return difference === 0;
}
