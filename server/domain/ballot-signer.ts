/**
 * The server's side of blind-signed ballots (ADR 10): one RSA key per poll, with node:crypto's raw RSA. It
 * signs a blinded message it cannot read (RFC 9474 BlindSign) and later checks the unblinded signature, a plain
 * RSASSA-PSS signature (SHA-256, MGF1-SHA-256, salt length 0), on the ballot key an answer carries.
 *
 * One key per poll because a blind signature cannot say what it was for: with one key per session, a phone
 * could have a signature for poll 2 made while poll 1 was open, and answer poll 2 twice.
 */
import {
  constants,
  createPrivateKey,
  createPublicKey,
  generateKeyPair,
  privateDecrypt,
  publicEncrypt,
  verify,
  type KeyObject,
} from 'node:crypto';
import { BALLOT_PUBLIC_EXPONENT } from '../../protocol/blind-ballot';

/**
 * 1024 bits, below RFC 9474's 2048 for long-lived issuer keys, on purpose (ADR 10): a key signs for one poll
 * only, for as long as the poll is open, and the seat count caps that poll's answers even if the key were
 * broken; meanwhile a 2048-bit key costs 10–15 times more to make (0.3 s of a core per poll under load, which a
 * server hosting many classes pays at every poll) and 6 times more per signature. Unlinkability does not
 * depend on the key size at all: a blinded message is uniformly random whatever the key.
 */
export const BALLOT_KEY_BITS = 1024;

export class BallotSigner {
  /** The public modulus, as fixed-width lowercase hex: what the phone blinds against. */
  readonly modulus: string;
  /** The private key as PKCS #8 DER in base64: what the store keeps while the poll can take answers. */
  readonly serialized: string;
  readonly #private: KeyObject;
  readonly #public: KeyObject;

  private constructor(privateKey: KeyObject) {
    this.#private = privateKey;
    this.#public = createPublicKey(privateKey);
    const { n, e } = this.#public.export({ format: 'jwk' });
    if (Buffer.from(e!, 'base64url').readUIntBE(0, 3) !== BALLOT_PUBLIC_EXPONENT) {
      throw new Error('a ballot key must use the public exponent 65537');
    }
    this.modulus = Buffer.from(n!, 'base64url').toString('hex');
    this.serialized = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
  }

  /** A fresh key, made off the main thread (a 1024-bit key takes 10–30 ms, a 2048-bit one 0.1–1 s). */
  static generate(bits = BALLOT_KEY_BITS): Promise<BallotSigner> {
    return new Promise((resolve, reject) =>
      generateKeyPair('rsa', { modulusLength: bits, publicExponent: BALLOT_PUBLIC_EXPONENT }, (error, _pub, key) =>
        error ? reject(error) : resolve(new BallotSigner(key)),
      ),
    );
  }

  static restore(serialized: string): BallotSigner {
    return new BallotSigner(createPrivateKey({ key: Buffer.from(serialized, 'base64'), format: 'der', type: 'pkcs8' }));
  }

  /** Whether `blinded` is a message this key can sign: fixed-width lowercase hex, below the modulus. */
  accepts(blinded: string): boolean {
    // Both are fixed-width lowercase hex, so comparing the strings compares the numbers.
    return blinded.length === this.modulus.length && blinded < this.modulus;
  }

  /**
   * RFC 9474 BlindSign: the raw RSA private operation on a blinded message, checked before it is returned
   * (a fault in the signing would otherwise leak the key). Null when the message is not below the modulus.
   * `signedElsewhere`: the same operation done on another thread (the transport's signing thread); it is
   * checked the same way, and made here instead if it does not check out.
   */
  blindSign(blinded: string, signedElsewhere?: string): string | null {
    if (!this.accepts(blinded)) return null;
    const message = Buffer.from(blinded, 'hex');
    if (signedElsewhere !== undefined && this.#opens(signedElsewhere, message)) return signedElsewhere;
    const signature = privateDecrypt({ key: this.#private, padding: constants.RSA_NO_PADDING }, message).toString(
      'hex',
    );
    if (!this.#opens(signature, message)) throw new Error('the blind signature does not check out');
    return signature;
  }

  /** Whether `signature` is this key's RSASSA-PSS signature on the ballot key. */
  verify(ballotKey: string, signature: string): boolean {
    if (signature.length !== this.modulus.length) return false;
    return verify(
      'sha256',
      Buffer.from(ballotKey, 'utf8'),
      { key: this.#public, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 0 },
      Buffer.from(signature, 'hex'),
    );
  }

  /** Whether the public operation on `signature` gives back `message` (cheap: the public exponent is small). */
  #opens(signature: string, message: Buffer): boolean {
    if (signature.length !== this.modulus.length || signature >= this.modulus) return false;
    try {
      const opened = publicEncrypt(
        { key: this.#public, padding: constants.RSA_NO_PADDING },
        Buffer.from(signature, 'hex'),
      );
      return opened.equals(message);
    } catch {
      return false; // not hex: not a signature
    }
  }
}
