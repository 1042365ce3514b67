import type { Answer } from '../../protocol/answer';
import type { BallotKey } from '../../protocol/ballot-key';
import { failure, success, type Result } from '../../protocol/errors';
import type { TextCount } from '../../protocol/moderation';
import { isFreeTextKind, type PollDefinition } from '../../protocol/poll';
import type { Tally } from '../../protocol/views';
import { validateAnswer } from './answer-validation';
import { tallyPoll } from './tally';

export type PollStatus = 'open' | 'closed';

/** A poll's plain-data form for the store. Answers are sorted by ballot key: no trace of arrival order. */
export interface PollSnapshot {
  readonly definition: PollDefinition;
  readonly status: PollStatus;
  readonly revealed: boolean;
  readonly answers: readonly (readonly [BallotKey, Answer])[];
  /** Set once the session ended: what remains after the raw answers were dropped. */
  readonly final: { readonly answerCount: number; readonly tally: Tally } | null;
}

/** A poll that has been opened in a session: its state and one answer per ballot key. */
export class Poll {
  readonly definition: PollDefinition;
  #status: PollStatus = 'open';
  #revealed = false;
  #answers = new Map<BallotKey, Answer>();
  #final: PollSnapshot['final'] = null;

  constructor(definition: PollDefinition) {
    this.definition = definition;
  }

  get id(): string {
    return this.definition.id;
  }

  get status(): PollStatus {
    return this.#status;
  }

  get revealed(): boolean {
    return this.#revealed;
  }

  get answerCount(): number {
    return this.#final?.answerCount ?? this.#answers.size;
  }

  get isFrozen(): boolean {
    return this.#final !== null;
  }

  /** Records this ballot's answer, replacing its earlier one: the count stays one per ballot. */
  submit(ballotKey: BallotKey, answer: Answer): Result<{ answer: Answer; previous: Answer | null }> {
    if (this.#status !== 'open') return failure('poll_closed', 'this poll is closed');
    const checked = validateAnswer(this.definition, answer);
    if (!checked.ok) return checked;
    const previous = this.#answers.get(ballotKey) ?? null;
    this.#answers.set(ballotKey, checked.value);
    return success({ answer: checked.value, previous });
  }

  /** Each returns whether anything changed, so a repeated click broadcasts nothing. */
  close(): boolean {
    if (this.#status === 'closed') return false;
    this.#status = 'closed';
    return true;
  }

  /** A poll closed by mistake can take answers again, until the session ends. */
  reopen(): boolean {
    if (this.#status === 'open' || this.isFrozen) return false;
    this.#status = 'open';
    return true;
  }

  reveal(): boolean {
    if (this.#revealed) return false;
    this.#revealed = true;
    return true;
  }

  tally(approvedTexts: readonly TextCount[]): Tally {
    if (this.#final && !isFreeTextKind(this.definition.kind)) return this.#final.tally;
    return tallyPoll(this.definition, [...this.#answers.values()], approvedTexts);
  }

  /** At the session's end: keep the counts, forget which ballot answered what. */
  freeze(): void {
    if (this.#final) return;
    this.#status = 'closed';
    this.#final = { answerCount: this.#answers.size, tally: this.tally([]) };
    this.#answers.clear();
  }

  snapshot(): PollSnapshot {
    const answers = [...this.#answers].sort(([a], [b]) => (a < b ? -1 : 1));
    return { definition: this.definition, status: this.#status, revealed: this.#revealed, answers, final: this.#final };
  }

  static restore(snapshot: PollSnapshot): Poll {
    const poll = new Poll(snapshot.definition);
    poll.#status = snapshot.status;
    poll.#revealed = snapshot.revealed;
    poll.#answers = new Map(snapshot.answers);
    poll.#final = snapshot.final;
    return poll;
  }
}
