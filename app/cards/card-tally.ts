/**
 * The answers of one poll's card scan: one answer per card, the last one read. The card numbers stay in this
 * object, in the page's memory, until the counts are added to the poll; only the counts leave it.
 */
import type { CardRead } from './card-detector';

export class CardTally {
  readonly #answers = new Map<number, number>();

  /** Adds a scan's reads: a card read before keeps the answer read last (a student who changed their mind). */
  merge(reads: readonly CardRead[]): void {
    for (const { card, letter } of reads) this.#answers.set(card, letter);
  }

  /** How many cards were read, in every scan so far. */
  get cards(): number {
    return this.#answers.size;
  }

  /** How many cards show each letter (0 = A … 3 = D), for a poll of `letters` answers; other letters are dropped. */
  counts(letters: number): number[] {
    const counts = Array.from({ length: letters }, () => 0);
    for (const letter of this.#answers.values()) if (letter < letters) counts[letter]!++;
    return counts;
  }

  /** Cards held on a letter the poll does not have (a D when it has three answers): not counted. */
  outside(letters: number): number {
    return [...this.#answers.values()].filter((letter) => letter >= letters).length;
  }

  /** Forgets every card: after the counts went to the poll, or when the scan is closed. */
  clear(): void {
    this.#answers.clear();
  }
}
