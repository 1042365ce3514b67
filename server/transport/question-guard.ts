/**
 * Questions from the question box: how many of the texts waiting for the facilitator one seat, one connection
 * and one address put there, and which questions were already counted (a re-send after a lost acknowledgement
 * carries the same ask id and counts once).
 *
 * In memory only, per live session, and only while a text waits: once the facilitator decides it (or it goes),
 * the link to its senders is dropped at the next check. Nothing here is stored, logged or sent.
 */

export interface QuestionQuotas {
  /** Texts one seat may have waiting: a curious student asks a few before the facilitator looks. */
  readonly pendingQuestionsPerSeat: number;
  readonly pendingQuestionsPerConnection: number;
  /** A class behind one router shares an address: room for all of it, far below the queue's 2,000. */
  readonly pendingQuestionsPerAddress: number;
}

export const DEFAULT_QUESTION_QUOTAS: QuestionQuotas = {
  pendingQuestionsPerSeat: 10,
  pendingQuestionsPerConnection: 10,
  pendingQuestionsPerAddress: 200,
};

/** Who sent a question: each is held to its own quota. */
export interface Asker {
  readonly seat: string;
  readonly connection: string;
  readonly address: string;
}

/** Ask ids remembered per seat: a phone re-sends only its last unacknowledged question. */
const ASK_IDS_PER_SEAT = 20;

class SessionQuestions {
  /** Holder key → ids of the entries it queued that may still wait. */
  readonly pending = new Map<string, Set<string>>();
  /** Seat → its last ask ids, oldest first. */
  readonly asked = new Map<string, string[]>();
}

export class QuestionGuard {
  readonly #quotas: QuestionQuotas;
  readonly #sessions = new Map<string, SessionQuestions>();

  constructor(quotas: QuestionQuotas) {
    this.#quotas = quotas;
  }

  /** Whether this seat's question with this ask id was counted already. */
  isRepeat(sessionId: string, seat: string, askId: string | undefined): boolean {
    return askId !== undefined && (this.#sessions.get(sessionId)?.asked.get(seat)?.includes(askId) ?? false);
  }

  /** Whether each of the asker's holders has room for one more waiting text. */
  hasRoom(sessionId: string, asker: Asker, isPending: (entryId: string) => boolean): boolean {
    const questions = this.#sessions.get(sessionId);
    if (!questions) return true;
    return this.#holders(asker).every(([key, quota]) => {
      const entries = questions.pending.get(key);
      if (!entries) return true;
      for (const entryId of entries) if (!isPending(entryId)) entries.delete(entryId);
      if (entries.size === 0) questions.pending.delete(key);
      return entries.size < quota;
    });
  }

  /** Records a counted question: its ask id, and the entry it queued (if it made a new one). */
  counted(sessionId: string, asker: Asker, askId: string | undefined, queuedEntryId: string | null): void {
    let questions = this.#sessions.get(sessionId);
    if (!questions) this.#sessions.set(sessionId, (questions = new SessionQuestions()));
    if (askId !== undefined) {
      const ids = questions.asked.get(asker.seat) ?? [];
      ids.push(askId);
      if (ids.length > ASK_IDS_PER_SEAT) ids.shift();
      questions.asked.set(asker.seat, ids);
    }
    if (queuedEntryId === null) return;
    for (const [key] of this.#holders(asker)) {
      let entries = questions.pending.get(key);
      if (!entries) questions.pending.set(key, (entries = new Set()));
      entries.add(queuedEntryId);
    }
  }

  /** The session ended or went: nothing of its questions is kept. */
  forget(sessionId: string): void {
    this.#sessions.delete(sessionId);
  }

  #holders(asker: Asker): [string, number][] {
    return [
      [`seat\n${asker.seat}`, this.#quotas.pendingQuestionsPerSeat],
      [`connection\n${asker.connection}`, this.#quotas.pendingQuestionsPerConnection],
      [`address\n${asker.address}`, this.#quotas.pendingQuestionsPerAddress],
    ];
  }
}
