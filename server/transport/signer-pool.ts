import { BallotSigner } from '../domain';

/**
 * Ballot signing keys, one per poll, made off the main thread (10–30 ms of one core each, more when busy). Each
 * session gets its next key ready while nobody is answering: when it starts, and when a poll closes.
 */
export class SignerPool {
  readonly #bits: number | undefined;
  readonly #ready = new Map<string, Promise<BallotSigner>>();

  constructor(bits?: number) {
    this.#bits = bits;
  }

  prepare(sessionId: string): void {
    if (!this.#ready.has(sessionId)) this.#ready.set(sessionId, this.#generate());
  }

  take(sessionId: string): Promise<BallotSigner> {
    const signer = this.#ready.get(sessionId) ?? this.#generate();
    this.#ready.delete(sessionId);
    return signer;
  }

  forget(sessionId: string): void {
    this.#ready.delete(sessionId);
  }

  #generate(): Promise<BallotSigner> {
    const signer = BallotSigner.generate(this.#bits);
    signer.catch(() => {}); // a key that failed is reported by the poll:open that takes it
    return signer;
  }
}
