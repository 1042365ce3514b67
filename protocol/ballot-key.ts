/**
 * Ballot keys: the device derives one key per session and poll from a secret that never leaves it, so the
 * server can keep "one answer per student per poll" without being able to link two answers of one student.
 *
 * Pure JS on purpose (protocol/sha256.ts, the phone's own): phones reach the laptop over plain http on a LAN,
 * where `crypto.subtle` does not exist (it needs a secure context). `crypto.getRandomValues` does exist there,
 * so the device secret comes from it.
 */
import * as v from 'valibot';
import { hex, hmacSha256, utf8 } from './sha256.ts';

export const BallotKeySchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'a ballot key is 64 hex digits'));
export type BallotKey = v.InferOutput<typeof BallotKeySchema>;

export const DEVICE_SECRET_BYTES = 32;
const DEVICE_SECRET_PATTERN = /^[0-9a-f]{64}$/;

// Versioned so a future derivation cannot collide with this one.
const DOMAIN = 'payboy-ballot-v1';

/** Turns random bytes (from `crypto.getRandomValues`) into the device secret kept in the browser's storage. */
export function deviceSecretFromBytes(bytes: Uint8Array): string {
  if (bytes.length !== DEVICE_SECRET_BYTES) throw new RangeError(`a device secret needs ${DEVICE_SECRET_BYTES} bytes`);
  return hex(bytes);
}

export function isDeviceSecret(value: unknown): value is string {
  return typeof value === 'string' && DEVICE_SECRET_PATTERN.test(value);
}

/**
 * HMAC-SHA-256(deviceSecret, session ‖ poll). The session id is part of the message because decks reuse poll
 * ids: without it, the same phone would present the same key for "q1" in every workshop.
 */
export function deriveBallotKey(deviceSecret: string, sessionId: string, pollId: string): BallotKey {
  if (!isDeviceSecret(deviceSecret)) throw new TypeError('not a device secret');
  // Ids never contain a newline (see ids.ts), so the message splits back into its parts one way only.
  const message = `${DOMAIN}\n${sessionId}\n${pollId}`;
  return hex(hmacSha256(utf8(deviceSecret), utf8(message)));
}
