/**
 * Blind signatures made off the event loop. The RSA private operation takes 0.05–0.15 ms of a core per ballot,
 * and every phone of a class asks for one the moment a poll opens: with a hundred classes on one server, that
 * held the event loop for hundreds of ms while other classes' answers waited. The requests of one turn of the
 * event loop go to a signing thread (ballot-signing-thread.mjs) in one message; the domain then checks each signature
 * with the public key (cheap) and records the seat's ballot as before (`Session.issueBallot`). If the thread
 * fails, or a signature does not check out, the domain signs on this thread: slower, never wrong.
 */
import { Worker } from 'node:worker_threads';
import type { BallotSigner } from '../domain';

/** Beside this module in the sources, beside the bundle in build/ (scripts/build-server.mjs copies it there). */
const SIGNING_THREAD = new URL('./ballot-signing-thread.mjs', import.meta.url);

interface Request {
  readonly key: string;
  readonly blinded: string;
  readonly done: (signature: string | undefined) => void;
}

export class BallotSigning {
  #worker: Worker | null = null;
  #queue: Request[] = [];
  readonly #waiting = new Map<number, Request[]>();
  #nextId = 0;
  #closed = false;

  /** The blind signature of `blinded` with `signer`'s key, made on the signing thread; undefined if it could not. */
  sign(signer: BallotSigner, blinded: string): Promise<string | undefined> {
    if (this.#closed || !signer.accepts(blinded)) return Promise.resolve(undefined);
    return new Promise((done) => {
      if (this.#queue.length === 0) setImmediate(() => this.#send());
      this.#queue.push({ key: signer.serialized, blinded, done });
    });
  }

  close(): void {
    this.#closed = true;
    this.#stopped();
    void this.#worker?.terminate();
    this.#worker = null;
  }

  #send(): void {
    const batch = this.#queue;
    this.#queue = [];
    if (batch.length === 0) return;
    if (this.#closed) {
      for (const request of batch) request.done(undefined);
      return;
    }
    const worker = (this.#worker ??= this.#start());
    // Each poll's key travels once per message, however many phones of its class asked.
    const keys = [...new Set(batch.map((request) => request.key))];
    const index = new Map(keys.map((key, i) => [key, i]));
    const id = ++this.#nextId;
    this.#waiting.set(id, batch);
    worker.ref();
    worker.postMessage({ id, keys, items: batch.map((request) => [index.get(request.key), request.blinded]) });
  }

  #start(): Worker {
    const worker = new Worker(SIGNING_THREAD, { workerData: { ballotSigning: true } });
    worker.unref();
    worker.on('message', ({ id, signatures }: { id: number; signatures: (string | null)[] }) => {
      const batch = this.#waiting.get(id) ?? [];
      this.#waiting.delete(id);
      if (this.#waiting.size === 0) worker.unref();
      batch.forEach((request, i) => request.done(signatures[i] ?? undefined));
    });
    const stopped = () => {
      if (this.#worker === worker) this.#worker = null;
      this.#stopped();
    };
    worker.on('error', stopped);
    worker.on('exit', stopped);
    return worker;
  }

  /** What waited on a thread that is gone is signed by the domain instead. */
  #stopped(): void {
    for (const batch of this.#waiting.values()) for (const request of batch) request.done(undefined);
    this.#waiting.clear();
  }
}
