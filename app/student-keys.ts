/**
 * What a student's phone needs of protocol/ballot-key.ts and protocol/join-code.ts, without their valibot
 * schemas: the join page's budget is 40 kB. The same derivation, bit for bit, over the same plain-JS SHA-256
 * (protocol/sha256.ts): student-keys.test.ts holds it equal to protocol/ballot-key.ts, and the join-code pattern
 * equal to the protocol's alphabet.
 */
import { hex, hmacSha256, sha256, utf8 } from '../protocol/sha256';

/** The protocol's join-code alphabet (no 0/O, 1/I/L): six characters, or nine on a hosted server. */
const JOIN_CODE = /^(?:[2-9A-HJKMNP-Z]{6}|[2-9A-HJKMNP-Z]{9})$/;

export function isJoinCode(code: string): boolean {
  return JOIN_CODE.test(code);
}

const DEVICE_SECRET = /^[0-9a-f]{64}$/;

export function isDeviceSecret(value: unknown): value is string {
  return typeof value === 'string' && DEVICE_SECRET.test(value);
}

/** A fresh device secret: 32 random bytes as hex (`crypto.getRandomValues` exists on plain http too). */
export function newDeviceSecret(): string {
  return hex(crypto.getRandomValues(new Uint8Array(32)));
}

/** HMAC-SHA-256(deviceSecret, domain ‖ session ‖ poll), exactly as protocol/ballot-key.ts derives it. */
export function deriveBallotKey(deviceSecret: string, sessionId: string, pollId: string): string {
  return hex(hmacSha256(utf8(deviceSecret), utf8(`payboy-ballot-v1\n${sessionId}\n${pollId}`)));
}

/** The seat this phone holds in the session it joins with this code: the same after any reload (ADR 10). */
export function deriveSeat(deviceSecret: string, joinCode: string): string {
  return hex(hmacSha256(utf8(deviceSecret), utf8(`payboy-seat-v1\n${joinCode}`)));
}

// Blind-signed ballots (ADR 10): RFC 9474's Blind and Finalize with JS BigInt, PSS with SHA-256 and no salt.
const E = 65537n;
const toBig = (bytes: Uint8Array): bigint => BigInt(`0x${hex(bytes) || '0'}`);
const toHex = (x: bigint, bytes: number): string => x.toString(16).padStart(bytes * 2, '0');

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((at, part) => (out.set(part, at), at + part.length), 0);
  return out;
}

function power(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  for (base %= modulus; exponent > 0n; exponent >>= 1n, base = (base * base) % modulus) {
    if (exponent & 1n) result = (result * base) % modulus;
  }
  return result;
}

/** a⁻¹ mod n by the extended Euclidean algorithm; throws if there is none (a shares a factor with n). */
function inverse(a: bigint, n: bigint): bigint {
  let [t, nextT, r, nextR] = [0n, 1n, n, a % n];
  while (nextR) {
    const q = r / nextR;
    [t, nextT, r, nextR] = [nextT, t - q * nextT, nextR, r - q * nextR];
  }
  if (r !== 1n) throw new RangeError('not invertible');
  return t < 0n ? t + n : t;
}

/** `length` bytes from HMAC-SHA-256 in counter mode (also MGF1's shape when `key` is empty). */
function expand(next: (counter: Uint8Array) => Uint8Array, length: number): Uint8Array {
  const blocks: Uint8Array[] = [];
  for (let i = 0; blocks.length * 32 < length; i++) blocks.push(next(Uint8Array.of(i >>> 24, i >>> 16, i >>> 8, i)));
  return concat(...blocks).slice(0, length);
}

/** EMSA-PSS-ENCODE (RFC 8017 §9.1.1) with SHA-256, MGF1-SHA-256 and an empty salt, emBits = modBits − 1. */
function pssEncode(message: Uint8Array, modBits: number): Uint8Array {
  const emLen = Math.ceil((modBits - 1) / 8);
  const h = sha256(concat(new Uint8Array(8), sha256(message)));
  const mask = expand((counter) => sha256(concat(h, counter)), emLen - 33);
  // DB = zeros ‖ 0x01 (no salt), masked; the top bit(s) beyond emBits cleared.
  const db = mask.map((byte, i) => byte ^ (i === emLen - 34 ? 1 : 0));
  db[0]! &= 0xff >>> (8 * emLen - (modBits - 1));
  return concat(db, h, Uint8Array.of(0xbc));
}

export interface BlindBallot {
  /** The ballot key the answer carries (and the message signed). */
  readonly ballotKey: string;
  /** What the server signs without learning the ballot key. */
  readonly blinded: string;
  /** Unblinds the server's answer; null when it is not a valid signature on the ballot key. */
  finish(blindSignature: string): string | null;
}

/**
 * Blinds this phone's ballot key for one poll against the poll's modulus. The blinding factor comes from the
 * device secret too, so a reload sends the very same blinded message and the server can give the same
 * signature again (and refuse any other).
 */
export function blindBallot(deviceSecret: string, sessionId: string, pollId: string, modulus: string): BlindBallot {
  const n = BigInt(`0x${modulus}`);
  const bytes = modulus.length / 2;
  const ballotKey = deriveBallotKey(deviceSecret, sessionId, pollId);
  const m = toBig(pssEncode(utf8(ballotKey), n.toString(2).length));
  const secret = utf8(deviceSecret);
  const label = `payboy-blind-v1\n${sessionId}\n${pollId}\n`;
  // 16 bytes more than the modulus, so that reducing mod n leaves no measurable bias.
  const r = toBig(expand((counter) => hmacSha256(secret, concat(utf8(label), counter)), bytes + 16)) % n;
  const rInverse = inverse(r, n);
  return {
    ballotKey,
    blinded: toHex((m * power(r, E, n)) % n, bytes),
    finish(blindSignature) {
      const s = (BigInt(`0x${blindSignature}`) * rInverse) % n;
      return power(s, E, n) === m ? toHex(s, bytes) : null;
    },
  };
}
