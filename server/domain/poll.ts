import type { Answer } from '../../protocol/answer';
import type { BallotKey } from '../../protocol/ballot-key';
import { failure, success, type Result } from '../../protocol/errors';
import type { TextCount } from '../../protocol/moderation';
import { LIMITS } from '../../protocol/limits';
import { isFreeTextKind, type PollDefinition } from '../../protocol/poll';
import type { Tally } from '../../protocol/views';
import { validateAnswer } from './answer-validation';
import { BallotSigner } from './ballot-signer';
import { BallotIssues, type IssuedBallots } from './seats';
import { tallyPoll } from './tally';

export type PollStatus = 'open' | 'closed';

/** A ballot key alone (a poll without a signing key: tests of the tally), or with its blind signature. */
export type Ballot = BallotKey | { readonly key: BallotKey; readonly signature: string };

/** A poll's plain-data form for the store. Answers are sorted by ballot key: no trace of arrival order. */
export interface PollSnapshot {
  readonly definition: PollDefinition;
  readonly status: PollStatus;
  readonly revealed: boolean;
  readonly answers: readonly (readonly [BallotKey, Answer])[];
  /** Set once the session ended: what remains after the raw answers were dropped. */
  readonly final: { readonly answerCount: number; readonly tally: Tally } | null;
  /**
   * The poll's signing key and the seats it signed for (as of its last closing), while it can take answers;
   * absent in records written before seats existed.
   */
  readonly ballots?: { readonly signer: string; readonly issued: IssuedBallots } | null;
  /**
   * Answers from paper cards (ADR 17): totals per answer, in the poll's order, and the ids of the batches added
   * (so a batch sent again counts once; dropped at the session's end). Absent when none were added.
   */
  readonly paper?: { readonly counts: readonly number[]; readonly batches: readonly string[] } | null;
}

/** The answers a paper card can give for this poll, in its order (A, B, C, D); null when it takes no cards. */
export function paperAnswers(definition: PollDefinition): Answer[] | null {
  // A session rating stays on phones (a card held up is seen by neighbours); a ranking needs a whole order.
  if (definition.rating) return null;
  let answers: Answer[];
  switch (definition.kind) {
    case 'single':
    case 'quiz':
      answers = definition.options.map((option) => ({ kind: definition.kind, optionId: option.id }));
      break;
    case 'multiple':
      // One answer per card: the one option it shows.
      answers = definition.options.map((option) => ({ kind: 'multiple', optionIds: [option.id] }));
      break;
    case 'scale':
      answers = [];
      for (let value = definition.min; value <= definition.max; value++) answers.push({ kind: 'scale', value });
      break;
    default:
      return null;
  }
  return answers.length <= LIMITS.paperAnswers ? answers : null;
}

/** A poll that has been opened in a session: its state and one answer per ballot key. */
export class Poll {
  readonly definition: PollDefinition;
  #status: PollStatus = 'open';
  #revealed = false;
  #answers = new Map<BallotKey, Answer>();
  #final: PollSnapshot['final'] = null;
  #signer: BallotSigner | null;
  #issues = new BallotIssues();
  #paperCounts: number[] | null = null;
  #paperBatches = new Set<string>();

  /** With a signer, an answer counts only with a blind signature of this poll on its ballot key (ADR 10). */
  constructor(definition: PollDefinition, signer: BallotSigner | null = null) {
    this.definition = definition;
    this.#signer = signer;
  }

  /** The public modulus phones blind their ballot key against; null when the poll takes no signed ballots. */
  get ballotModulus(): string | null {
    return this.#signer?.modulus ?? null;
  }

  /** The poll's signing key, for the transport to sign off its event loop (BallotSigner.blindSign checks it). */
  get ballotSigner(): BallotSigner | null {
    return this.#signer;
  }

  /** Seats that got a signature for this poll (since the server started, or as of the last closing). */
  get ballotsIssued(): number {
    return this.#issues.count;
  }

  /**
   * One blind signature per seat: the same request again (a reload) gets the same signature, another request
   * is refused. The seat must have been checked by the caller. `signedElsewhere`: see BallotSigner.blindSign.
   */
  issueBallot(seat: string, blinded: string, signedElsewhere?: string): Result<{ blindSignature: string }> {
    if (this.#status !== 'open') return failure('poll_closed', 'this poll is closed');
    if (!this.#signer) return failure('conflict', 'this poll takes no signed ballots');
    const blindSignature = this.#signer.blindSign(blinded, signedElsewhere);
    if (blindSignature === null) return failure('invalid_payload', 'not a blinded message for this poll’s key');
    if (this.#issues.issue(seat, blinded) === 'refused') {
      return failure('conflict', 'this seat already has a ballot for this poll');
    }
    return success({ blindSignature });
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
    return this.#final?.answerCount ?? this.#answers.size + this.paperCount;
  }

  /** Of the answers, those added from paper cards. */
  get paperCount(): number {
    return this.#paperCounts?.reduce((sum, count) => sum + count, 0) ?? 0;
  }

  /**
   * Adds a batch of scanned paper cards: `counts[i]` cards gave the poll's i-th answer (see `paperAnswers`). Kept
   * as totals only. A batch id seen before adds nothing (a re-send after a lost acknowledgement).
   */
  addPaperCounts(counts: readonly number[], batchId: string): Result<{ added: boolean }> {
    if (this.#paperBatches.has(batchId)) return success({ added: false });
    if (this.#status !== 'open') return failure('poll_closed', 'this poll is closed');
    const answers = paperAnswers(this.definition);
    if (!answers) return failure('invalid_answer', 'this poll takes no answer cards');
    if (counts.length !== answers.length) {
      return failure('invalid_answer', `this poll takes counts for ${answers.length} answers`);
    }
    const batch = counts.reduce((sum, count) => sum + count, 0);
    if (this.paperCount + batch > LIMITS.paperAnswersPerPoll) {
      return failure('conflict', `at most ${LIMITS.paperAnswersPerPoll} paper answers per poll`);
    }
    const totals = this.#paperCounts ?? answers.map(() => 0);
    this.#paperCounts = totals.map((total, i) => total + counts[i]);
    this.#paperBatches.add(batchId);
    return success({ added: true });
  }

  get isFrozen(): boolean {
    return this.#final !== null;
  }

  /**
   * Records this ballot's answer, replacing its earlier one: the count stays one per ballot. A poll with a
   * signer takes only signed ballots, and never more of them than `seatsGiven`.
   */
  submit(ballot: Ballot, answer: Answer, seatsGiven = Infinity): Result<{ answer: Answer; previous: Answer | null }> {
    if (this.#status !== 'open') return failure('poll_closed', 'this poll is closed');
    const ballotKey = typeof ballot === 'string' ? ballot : ballot.key;
    if (this.#signer && (typeof ballot === 'string' || !this.#signer.verify(ballot.key, ballot.signature))) {
      return failure('forbidden', 'this ballot is not signed for this poll');
    }
    if (!this.#signer && typeof ballot !== 'string') return failure('forbidden', 'this poll takes no signed ballots');
    if (this.#signer && !this.#answers.has(ballotKey) && this.#answers.size >= seatsGiven) {
      return failure('forbidden', 'this poll has as many answers as seats were given');
    }
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
    this.#issues.seal();
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
    return tallyPoll(this.definition, [...this.#answers.values(), ...this.#paperBallots()], approvedTexts);
  }

  /** The paper totals as the answers they stand for, made for the count and never kept. */
  *#paperBallots(): Generator<Answer> {
    const answers = this.#paperCounts && paperAnswers(this.definition);
    if (!answers) return;
    for (const [i, answer] of answers.entries()) {
      for (let n = 0; n < this.#paperCounts![i]; n++) yield answer;
    }
  }

  /** At the session's end: keep the counts, forget which ballot answered what. */
  freeze(): void {
    if (this.#final) return;
    this.#status = 'closed';
    this.#final = { answerCount: this.answerCount, tally: this.tally([]) };
    this.#answers.clear();
    this.#paperBatches.clear();
    // No answer can come any more: the key and the list of seats it signed for go too.
    this.#signer = null;
    this.#issues = new BallotIssues();
  }

  snapshot(): PollSnapshot {
    const answers = [...this.#answers].sort(([a], [b]) => (a < b ? -1 : 1));
    const ballots = this.#signer ? { signer: this.#signer.serialized, issued: this.#issues.snapshot() } : null;
    return {
      definition: this.definition,
      status: this.#status,
      revealed: this.#revealed,
      answers,
      final: this.#final,
      ballots,
      ...(this.#paperCounts && { paper: { counts: this.#paperCounts, batches: [...this.#paperBatches].sort() } }),
    };
  }

  static restore(snapshot: PollSnapshot): Poll {
    const { ballots } = snapshot;
    const poll = new Poll(snapshot.definition, ballots ? BallotSigner.restore(ballots.signer) : null);
    poll.#issues = new BallotIssues(ballots?.issued ?? []);
    poll.#status = snapshot.status;
    poll.#revealed = snapshot.revealed;
    poll.#answers = new Map(snapshot.answers);
    poll.#final = snapshot.final;
    poll.#paperCounts = snapshot.paper ? [...snapshot.paper.counts] : null;
    poll.#paperBatches = new Set(snapshot.paper?.batches ?? []);
    return poll;
  }
}
