/**
 * What a student's phone needs of protocol/ballot-key.ts and protocol/join-code.ts, without their valibot
 * schemas and without @noble/hashes: about 1 kB instead of 5 kB on the join page, whose budget is 40 kB.
 * The same derivation, bit for bit: student-keys.test.ts holds it equal to protocol/ballot-key.ts, and the
 * join-code pattern equal to the protocol's alphabet.
 *
 * Plain JS on purpose: phones reach the laptop over plain http, where `crypto.subtle` does not exist.
 */

/** The protocol's join-code alphabet (no 0/O, 1/I/L): six characters, or nine on a hosted server. */
const JOIN_CODE = /^(?:[2-9A-HJKMNP-Z]{6}|[2-9A-HJKMNP-Z]{9})$/;

export function isJoinCode(code: string): boolean {
  return JOIN_CODE.test(code);
}

/** SHA-256's round constants and initial state (FIPS 180-4), as hex. */
const K = Uint32Array.from(
  '428a2f9871374491b5c0fbcfe9b5dba53956c25b59f111f1923f82a4ab1c5ed5d807aa9812835b01243185be550c7dc372be5d7480deb1fe9bdc06a7c19bf174e49b69c1efbe47860fc19dc6240ca1cc2de92c6f4a7484aa5cb0a9dc76f988da983e5152a831c66db00327c8bf597fc7c6e00bf3d5a7914706ca63511429296727b70a852e1b21384d2c6dfc53380d13650a7354766a0abb81c2c92e92722c85a2bfe8a1a81a664bc24b8b70c76c51a3d192e819d6990624f40e3585106aa07019a4c1161e376c082748774c34b0bcb5391c0cb34ed8aa4a5b9cca4f682e6ff3748f82ee78a5636f84c878148cc7020890befffaa4506cebbef9a3f7c67178f2'.match(
    /.{8}/g,
  )!,
  (h) => parseInt(h, 16),
);
const H0 = '6a09e667bb67ae853c6ef372a54ff53a510e527f9b05688c1f83d9ab5be0cd19';

const rotate = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

function sha256(data: Uint8Array): Uint8Array {
  const h = Uint32Array.from(H0.match(/.{8}/g)!, (x) => parseInt(x, 16));
  const size = (data.length + 72) & ~63;
  const block = new Uint8Array(size);
  block.set(data);
  block[data.length] = 0x80;
  const view = new DataView(block.buffer);
  view.setUint32(size - 4, data.length * 8);
  const w = new Uint32Array(64);
  for (let offset = 0; offset < size; offset += 64) {
    for (let i = 0; i < 64; i++) {
      const a = w[i - 15]!;
      const b = w[i - 2]!;
      w[i] =
        i < 16
          ? view.getUint32(offset + i * 4)
          : (rotate(a, 7) ^ rotate(a, 18) ^ (a >>> 3)) +
            w[i - 7]! +
            (rotate(b, 17) ^ rotate(b, 19) ^ (b >>> 10)) +
            w[i - 16]!;
    }
    let [a, b, c, d, e, f, g, x] = h as unknown as number[];
    for (let i = 0; i < 64; i++) {
      const t1 =
        (x! + (rotate(e!, 6) ^ rotate(e!, 11) ^ rotate(e!, 25)) + ((e! & f!) ^ (~e! & g!)) + K[i]! + w[i]!) | 0;
      const t2 = ((rotate(a!, 2) ^ rotate(a!, 13) ^ rotate(a!, 22)) + ((a! & b!) ^ (a! & c!) ^ (b! & c!))) | 0;
      [x, g, f, e, d, c, b, a] = [g, f, e, (d! + t1) | 0, c, b, a, (t1 + t2) | 0];
    }
    [a, b, c, d, e, f, g, x].forEach((v, i) => (h[i] = h[i]! + v!));
  }
  const out = new Uint8Array(32);
  h.forEach((v, i) => new DataView(out.buffer).setUint32(i * 4, v));
  return out;
}

function hmacSha256(key: Uint8Array, message: Uint8Array): Uint8Array {
  const padded = new Uint8Array(64);
  padded.set(key.length > 64 ? sha256(key) : key);
  const pad = (byte: number, rest: Uint8Array) => {
    const out = new Uint8Array(64 + rest.length);
    out.set(padded.map((k) => k ^ byte));
    out.set(rest, 64);
    return out;
  };
  return sha256(pad(0x5c, sha256(pad(0x36, message))));
}

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

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
