/**
 * Seats and blind-signed ballots (ADR 10). A phone proves it holds a seat in the session with a seat id it
 * derives from its device secret; for each poll it gets one RSA blind signature (RFC 9474's protocol, PSS with
 * SHA-256 and an empty salt) on its ballot key, and answers with the key and the unblinded signature. The
 * server signs without seeing the key, so it cannot tie an answer to the seat that asked for the signature.
 */
import * as v from 'valibot';

/** HMAC-SHA-256(device secret, "payboy-seat-v1" ‖ join code), hex: the same on every reload of one phone. */
export const SeatSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'a seat is 64 hex digits'));

/** A big integer as fixed-width hex (the modulus, a blinded message, a signature): 1024 to 4096 bits. */
export const RsaIntegerSchema = v.pipe(
  v.string(),
  v.regex(/^(?:[0-9a-f]{2}){128,512}$/, 'an RSA integer is 256 to 1024 hex digits'),
);

/** What the phone gets back from `seat` in the join acknowledgement. */
export const SEAT_STATES = ['seated', 'waiting'] as const;
export type SeatState = (typeof SEAT_STATES)[number];

/** The expected class size when a session starts; the facilitator changes it in the console. */
export const DEFAULT_CLASS_SIZE = 30;
/** More than a school hall: beyond this, a typo (3000 for 30) would hand out seats nobody watches. */
export const MAX_CLASS_SIZE = 500;

export const ClassSizeSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_CLASS_SIZE));

/** Every ballot signing key's public exponent. */
export const BALLOT_PUBLIC_EXPONENT = 65537;
