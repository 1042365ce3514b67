/**
 * Seats (ADR 10): a phone that joins gets one seat in the session, for as long as it keeps its device secret;
 * answers and questions need one, and a poll never counts more answers than seats were given. Seats are
 * handed out up to the class size the facilitator expects; the next ones wait until the facilitator admits
 * more. Which seat got a signature for which poll is known; which answer it made is not (see BallotIssues).
 */
import { createHash } from 'node:crypto';
import { DEFAULT_CLASS_SIZE, MAX_CLASS_SIZE } from '../../protocol/blind-ballot';

/** What the store keeps of a seat: a digest, so a copied data folder cannot be used to sit in someone's seat. */
export function seatDigest(seat: string): string {
  return createHash('sha256').update(`payboy-seat-digest-v1\n${seat}`, 'utf8').digest('hex');
}

export interface SeatsSnapshot {
  /** The class size the facilitator expects (or admitted up to). */
  readonly expected: number;
  /** Digests of the seats given, sorted: their order says nothing of who came first. */
  readonly given: readonly string[];
}

/** `known`: this seat was given before (a reload); `new`: given now; `full`: it waits for "admit more". */
export type SeatClaim = 'known' | 'new' | 'full';

export class Seats {
  #expected: number;
  readonly #given: Set<string>;

  constructor(expected = DEFAULT_CLASS_SIZE, given: Iterable<string> = []) {
    this.#expected = clampClassSize(expected);
    this.#given = new Set(given);
  }

  static restore(snapshot: SeatsSnapshot | undefined): Seats {
    return snapshot ? new Seats(snapshot.expected, snapshot.given) : new Seats();
  }

  get expected(): number {
    return this.#expected;
  }

  get given(): number {
    return this.#given.size;
  }

  /** Seats that can still be given without the facilitator. */
  get free(): number {
    return Math.max(0, this.#expected - this.#given.size);
  }

  has(digest: string): boolean {
    return this.#given.has(digest);
  }

  claim(digest: string): SeatClaim {
    if (this.#given.has(digest)) return 'known';
    if (this.free === 0) return 'full';
    this.#given.add(digest);
    return 'new';
  }

  /**
   * Sets the expected class size. Lowering it below the seats given takes no seat back (a student who is in
   * stays in); it only stops new ones.
   */
  expect(size: number): void {
    this.#expected = clampClassSize(size);
  }

  snapshot(): SeatsSnapshot {
    return { expected: this.#expected, given: [...this.#given].sort() };
  }
}

function clampClassSize(size: number): number {
  return Math.min(MAX_CLASS_SIZE, Math.max(1, Math.floor(size)));
}

/** Seat digest and the digest of its blinded request, sorted by seat. */
export type IssuedBallots = readonly (readonly [string, string])[];

/** `first`: sign it; `again`: the same request as before (a reload), sign it again; `refused`: another one. */
export type IssueDecision = 'first' | 'again' | 'refused';

/**
 * The signatures one poll handed out: one blinded request per seat. A seat asking again with the very same
 * request (a reload: the phone derives it from its secret) gets the same signature, which unblinds to the
 * same ballot key, so it still counts once; a seat asking with any other request is refused.
 *
 * What was issued is persisted only when the poll closes (`seal`), all at once: written as it happened, the
 * order of the store's log would put a seat's request next to the answer that followed it.
 */
export class BallotIssues {
  readonly #issued = new Map<string, string>();
  #sealed: IssuedBallots;

  constructor(sealed: IssuedBallots = []) {
    this.#sealed = sealed;
    for (const [seat, request] of sealed) this.#issued.set(seat, request);
  }

  get count(): number {
    return this.#issued.size;
  }

  issue(seat: string, blinded: string): IssueDecision {
    const request = createHash('sha256').update(blinded, 'utf8').digest('hex');
    const earlier = this.#issued.get(seat);
    if (earlier === undefined) {
      this.#issued.set(seat, request);
      return 'first';
    }
    return earlier === request ? 'again' : 'refused';
  }

  seal(): void {
    this.#sealed = [...this.#issued].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** What the store may hold: the issues as of the last time the poll closed. */
  snapshot(): IssuedBallots {
    return this.#sealed;
  }
}
