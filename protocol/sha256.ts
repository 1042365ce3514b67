/**
 * SHA-256 and HMAC-SHA-256 in plain JS, for the phone's ballot keys, seats and blind ballots (ADR 10) and the
 * protocol's own derivation of them: phones reach the laptop over plain http, where `crypto.subtle` does not
 * exist. No import, so the join page takes about 1 kB of it. The server hashes with node:crypto instead.
 */
/** SHA-256's round constants and initial state (FIPS 180-4), as hex. */
const K = Uint32Array.from(
  '428a2f9871374491b5c0fbcfe9b5dba53956c25b59f111f1923f82a4ab1c5ed5d807aa9812835b01243185be550c7dc372be5d7480deb1fe9bdc06a7c19bf174e49b69c1efbe47860fc19dc6240ca1cc2de92c6f4a7484aa5cb0a9dc76f988da983e5152a831c66db00327c8bf597fc7c6e00bf3d5a7914706ca63511429296727b70a852e1b21384d2c6dfc53380d13650a7354766a0abb81c2c92e92722c85a2bfe8a1a81a664bc24b8b70c76c51a3d192e819d6990624f40e3585106aa07019a4c1161e376c082748774c34b0bcb5391c0cb34ed8aa4a5b9cca4f682e6ff3748f82ee78a5636f84c878148cc7020890befffaa4506cebbef9a3f7c67178f2'.match(
    /.{8}/g,
  )!,
  (h) => parseInt(h, 16),
);
const H0 = '6a09e667bb67ae853c6ef372a54ff53a510e527f9b05688c1f83d9ab5be0cd19';

const rotate = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

export function sha256(data: Uint8Array): Uint8Array {
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

export function hmacSha256(key: Uint8Array, message: Uint8Array): Uint8Array {
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

export const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
