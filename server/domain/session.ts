import type { Language } from '../../i18n/languages';
import type { Answer } from '../../protocol/answer';
import { failure, success, type Result } from '../../protocol/errors';
import type { JoinCode } from '../../protocol/join-code';
import type { ModerationEntry, TextCount } from '../../protocol/moderation';
import { isFreeTextKind, toPublicPoll, type PollDefinition, type PublicPoll } from '../../protocol/poll';
import type { PollView } from '../../protocol/views';
import { DEFAULT_MIN_RESPONSES } from '../../protocol/limits';
import { ME_TOO_PREFIX, meTooBoxId, type FacilitatorQuestion } from '../../protocol/questions';
import { LIMITS } from '../../protocol/limits';
import { freeTexts } from './answer-validation';
import type { BallotSigner } from './ballot-signer';
import { generateJoinCode } from './join-code';
import {
  ModerationQueue,
  type FlagText,
  type ModerationChange,
  type ModerationQueueSnapshot,
  type TextSource,
} from './moderation-queue';
import { Poll, type Ballot, type PollSnapshot } from './poll';
import type { RandomBytes } from './random-source';
import { Seats, type SeatClaim, type SeatsSnapshot } from './seats';
import { DEFAULT_LIFETIME, isIdleExpired, isRetentionOver, type LifetimePolicy } from './session-lifetime';
import { facilitatorKeyDigest, facilitatorKeyMatches, generateFacilitatorKey, generateSessionId } from './tokens';
import { pollView, shownCount, type Viewer } from './visibility';

/** A deck has a few dozen polls; hundreds mean a script gone wrong. */
export const MAX_POLLS_PER_SESSION = 200;

export interface SessionSettings {
  readonly language: Language;
  /** Whose help resources the students see at the end. */
  readonly country: string;
  readonly deckId?: string | undefined;
}

export type SessionState = 'active' | 'ended';
export type EndReason = 'ended' | 'expired';

/** A session in plain data, for the store. It holds no name, address or connection id: there are none to hold. */
export interface SessionSnapshot {
  readonly version: 1;
  readonly id: string;
  readonly joinCode: JoinCode;
  readonly settings: SessionSettings;
  readonly facilitatorKeyDigest: string;
  /** The co-facilitator link's key, as a digest, while the first console has not revoked it. */
  readonly coFacilitatorKeyDigest?: string | null;
  readonly createdAt: number;
  readonly lastActivityAt: number;
  readonly ended: { readonly at: number; readonly reason: EndReason } | null;
  readonly openPollId: string | null;
  readonly polls: readonly PollSnapshot[];
  readonly moderation: ModerationQueueSnapshot;
  /** Absent in records written before seats existed: they restore with the default class size. */
  readonly seats?: SeatsSnapshot;
  /** The "me too" ballot box of each question approved (see `meToo`); absent in records written before them. */
  readonly meToo?: readonly PollSnapshot[];
  /**
   * The decks played so far, in order, the one on screen last (ADR 12). Absent in records written before a
   * session could go on to another deck: then only `settings.deckId`.
   */
  readonly decks?: readonly string[];
}

export interface StartDependencies {
  readonly random: RandomBytes;
  readonly flagText: FlagText;
  /** Join codes of the live sessions, which a new one must not reuse. */
  readonly isJoinCodeTaken?: (code: JoinCode) => boolean;
  /** Longer on a server that hosts many sessions (protocol/join-code.ts). */
  readonly joinCodeLength?: number;
}

function sourceOfPoll(poll: PollDefinition): TextSource | null {
  return isFreeTextKind(poll.kind) ? { kind: poll.kind, pollId: poll.id } : null;
}

const QUESTION_BOX: TextSource = { kind: 'question' };

/**
 * A question's "me too" is a poll of one option that opens when the facilitator approves the question and stays
 * open until the session ends: it takes a blind-signed ballot per seat like any poll (ADR 10), keeps its ballot
 * keys sorted and forgets them at the end, and its count follows the poll's minimum number of answers.
 */
export const ME_TOO_ANSWER: Answer = { kind: 'single', optionId: 'me-too' };
function meTooDefinition(questionId: string): PollDefinition {
  return {
    id: meTooBoxId(questionId),
    kind: 'single',
    question: 'me too',
    minResponses: DEFAULT_MIN_RESPONSES,
    options: [{ id: 'me-too', label: 'me too' }],
  };
}

// Two definitions are the same poll when their canonical JSON matches (both came through the same schema).
const sameDefinition = (a: PollDefinition, b: PollDefinition) => JSON.stringify(a) === JSON.stringify(b);

/**
 * One workshop: its polls, their answers by ballot key, and the moderation queue. Every method that changes
 * something takes `now` (ms since the epoch) from the caller and returns a `Result` the transport acks as is.
 */
export class Session {
  readonly id: string;
  readonly joinCode: JoinCode;
  readonly settings: SessionSettings;
  readonly createdAt: number;
  readonly #facilitatorKeyDigest: string;
  #coFacilitatorKeyDigest: string | null;
  #lastActivityAt: number;
  #ended: SessionSnapshot['ended'] = null;
  #openPollId: string | null = null;
  #polls = new Map<string, Poll>();
  #queue: ModerationQueue;
  #seats: Seats;
  /** Question id → its "me too" ballot box. */
  #meToo = new Map<string, Poll>();
  #decks: string[];

  private constructor(snapshot: Omit<SessionSnapshot, 'polls' | 'moderation' | 'version'>, queue: ModerationQueue) {
    this.id = snapshot.id;
    this.joinCode = snapshot.joinCode;
    this.settings = snapshot.settings;
    this.createdAt = snapshot.createdAt;
    this.#facilitatorKeyDigest = snapshot.facilitatorKeyDigest;
    this.#coFacilitatorKeyDigest = snapshot.coFacilitatorKeyDigest ?? null;
    this.#lastActivityAt = snapshot.lastActivityAt;
    this.#ended = snapshot.ended;
    this.#openPollId = snapshot.openPollId;
    this.#queue = queue;
    this.#seats = Seats.restore(snapshot.seats);
    this.#decks = [...(snapshot.decks ?? (snapshot.settings.deckId ? [snapshot.settings.deckId] : []))];
  }

  /**
   * A new session; the facilitator key is returned here once and only its digest is kept. `classSize` is how
   * many seats are given before the facilitator has to admit more (default 30).
   */
  static start(
    { classSize, ...settings }: SessionSettings & { readonly classSize?: number | undefined },
    now: number,
    deps: StartDependencies,
  ): { session: Session; facilitatorKey: string } {
    const facilitatorKey = generateFacilitatorKey(deps.random);
    const session = new Session(
      {
        id: generateSessionId(deps.random),
        joinCode: generateJoinCode(deps.random, deps.isJoinCodeTaken, deps.joinCodeLength),
        settings,
        facilitatorKeyDigest: facilitatorKeyDigest(facilitatorKey),
        createdAt: now,
        lastActivityAt: now,
        ended: null,
        openPollId: null,
        seats: new Seats(classSize).snapshot(),
      },
      new ModerationQueue(deps.flagText),
    );
    return { session, facilitatorKey };
  }

  static restore(snapshot: SessionSnapshot, flagText: FlagText): Session {
    const session = new Session(snapshot, ModerationQueue.restore(snapshot.moderation, flagText));
    for (const poll of snapshot.polls) session.#polls.set(poll.definition.id, Poll.restore(poll));
    for (const box of snapshot.meToo ?? []) {
      session.#meToo.set(box.definition.id.slice(ME_TOO_PREFIX.length), Poll.restore(box));
    }
    return session;
  }

  get state(): SessionState {
    return this.#ended ? 'ended' : 'active';
  }

  get lastActivityAt(): number {
    return this.#lastActivityAt;
  }

  get endedAt(): number | null {
    return this.#ended?.at ?? null;
  }

  isFacilitatorKey(key: string): boolean {
    return this.facilitatorRole(key) !== null;
  }

  /** `lead`: the key the session started with; `co`: the co-facilitator link's, until revoked. */
  facilitatorRole(key: string): 'lead' | 'co' | null {
    if (facilitatorKeyMatches(this.#facilitatorKeyDigest, key)) return 'lead';
    const co = this.#coFacilitatorKeyDigest;
    return co !== null && facilitatorKeyMatches(co, key) ? 'co' : null;
  }

  /**
   * A separate link for a second adult's console: a new key, returned once (only its digest is kept). A new
   * invitation replaces the earlier one, whose consoles are then refused.
   */
  inviteCoFacilitator(random: RandomBytes, now: number): Result<{ facilitatorKey: string }> {
    const refused = this.#refuseIfEnded();
    if (refused) return refused;
    const facilitatorKey = generateFacilitatorKey(random);
    this.#coFacilitatorKeyDigest = facilitatorKeyDigest(facilitatorKey);
    this.touch(now);
    return success({ facilitatorKey });
  }

  /** The co-facilitator link stops working; returns whether there was one. */
  revokeCoFacilitator(now: number): boolean {
    if (this.#coFacilitatorKeyDigest === null) return false;
    this.#coFacilitatorKeyDigest = null;
    this.touch(now);
    return true;
  }

  /** Joins count as activity too: a class that only joins is not idle. */
  touch(now: number): void {
    this.#lastActivityAt = Math.max(this.#lastActivityAt, now);
  }

  /** The decks this session played, in order; the last one is on screen. */
  get decks(): readonly string[] {
    return this.#decks;
  }

  /**
   * The class moves on to `deckId` (ADR 12): same code, same seats, same queue; the deck's polls join the
   * session. An open poll closes, as it would on the next slide. Going back to a deck played before is fine.
   */
  continueWith(deckId: string, now: number): Result<{ changed: boolean; closedPollIds: string[] }> {
    const refused = this.#refuseIfEnded();
    if (refused) return refused;
    if (this.#decks.at(-1) === deckId) return success({ changed: false, closedPollIds: [] });
    if (!this.#decks.includes(deckId) && this.#decks.length >= LIMITS.decksPerSession) {
      return failure('rate_limited', `at most ${LIMITS.decksPerSession} decks per session`);
    }
    const closedPollIds = this.#closeOpenPoll(null);
    this.#decks = [...this.#decks.filter((known) => known !== deckId), deckId];
    this.touch(now);
    return success({ changed: true, closedPollIds });
  }

  /**
   * Whether a poll id belongs to one of this session's decks (`<deck>.<poll>`), so two decks' polls never
   * share an id. A session started with no deck (a script, a test) names its polls freely.
   */
  isDeckPollId(pollId: string): boolean {
    return this.#decks.length === 0 || this.#decks.some((deck) => pollId.startsWith(`${deck}.`));
  }

  /** The poll students can answer right now, as they may see it. */
  currentPoll(): PublicPoll | null {
    const poll = this.#openPollId === null ? undefined : this.#polls.get(this.#openPollId);
    return poll ? toPublicPoll(poll.definition) : null;
  }

  /** Seats given and the class size expected; students present are the transport's to count. */
  seatCounts(): { expected: number; given: number } {
    return { expected: this.#seats.expected, given: this.#seats.given };
  }

  hasSeat(seat: string): boolean {
    return this.#seats.has(seat);
  }

  /** A phone's seat (by digest): given before, given now, or none free (it waits for "admit more"). */
  claimSeat(seat: string, now: number): Result<SeatClaim> {
    const refused = this.#refuseIfEnded();
    if (refused) return refused;
    const claim = this.#seats.claim(seat);
    if (claim === 'new') this.touch(now);
    return success(claim);
  }

  /** The facilitator's expected class size; raising it is how the console admits more. */
  expectStudents(size: number, now: number): Result<{ changed: boolean }> {
    const refused = this.#refuseIfEnded();
    if (refused) return refused;
    const before = this.#seats.expected;
    this.#seats.expect(size);
    this.touch(now);
    return success({ changed: this.#seats.expected !== before });
  }

  /** The public modulus of a poll's signing key (or a question's "me too" box), for phones to blind against. */
  ballotModulus(pollId: string): Result<{ modulus: string }> {
    const poll = this.#ballotBox(pollId);
    if (!poll.ok) return poll;
    const modulus = poll.value.ballotModulus;
    return modulus ? success({ modulus }) : failure('conflict', 'this poll takes no signed ballots');
  }

  /** A poll's signing key, for the transport to sign off its event loop; `issueBallot` checks what it made. */
  ballotSigner(pollId: string): Result<BallotSigner> {
    const poll = this.#ballotBox(pollId);
    if (!poll.ok) return poll;
    const signer = poll.value.ballotSigner;
    return signer ? success(signer) : failure('conflict', 'this poll takes no signed ballots');
  }

  /**
   * One blind signature per seat and poll (ADR 10); the seat is a digest the caller checked with hasSeat.
   * `signedElsewhere`: the signature made on the transport's signing thread (BallotSigner.blindSign).
   */
  issueBallot(
    pollId: string,
    seat: string,
    blinded: string,
    signedElsewhere?: string,
  ): Result<{ blindSignature: string }> {
    const refused = this.#refuseIfEnded();
    if (refused) return refused;
    if (!this.#seats.has(seat)) return failure('forbidden', 'a seat is needed to answer');
    const poll = this.#ballotBox(pollId);
    if (!poll.ok) return poll;
    return poll.value.issueBallot(seat, blinded, signedElsewhere);
  }

  /**
   * Opens a poll, or reopens it if it was closed. One poll is open at a time: opening the next one closes
   * the previous, as a teacher moving on to the next slide expects. A new poll takes `signer` as its ballot
   * key (a reopened one keeps its own).
   */
  openPoll(
    definition: PollDefinition,
    now: number,
    signer: BallotSigner | null = null,
  ): Result<{ poll: PublicPoll; closedPollIds: string[] }> {
    const refused = this.#refuseIfEnded();
    if (refused) return refused;
    if (definition.id.startsWith(ME_TOO_PREFIX)) return failure('invalid_payload', 'this poll id is reserved');
    let poll = this.#polls.get(definition.id);
    if (poll && !sameDefinition(poll.definition, definition)) {
      return failure('conflict', `poll "${definition.id}" was opened before with another definition`);
    }
    if (!poll && this.#polls.size >= MAX_POLLS_PER_SESSION) {
      return failure('rate_limited', `at most ${MAX_POLLS_PER_SESSION} polls per session`);
    }
    const closedPollIds = this.#closeOpenPoll(definition.id);
    if (poll) poll.reopen();
    else {
      poll = new Poll(definition, signer);
      this.#polls.set(definition.id, poll);
    }
    this.#openPollId = definition.id;
    this.touch(now);
    return success({ poll: toPublicPoll(definition), closedPollIds });
  }

  closePoll(pollId: string, now: number): Result<{ changed: boolean }> {
    const poll = this.#poll(pollId);
    if (!poll.ok) return poll;
    const changed = poll.value.close();
    if (this.#openPollId === pollId) this.#openPollId = null;
    this.touch(now);
    return success({ changed });
  }

  /** Reveal is allowed while the poll is still open: the slide then shows the results live. */
  revealPoll(pollId: string, now: number): Result<{ changed: boolean }> {
    const poll = this.#poll(pollId);
    if (!poll.ok) return poll;
    this.touch(now);
    return success({ changed: poll.value.reveal() });
  }

  submitAnswer(
    pollId: string,
    ballot: Ballot,
    answer: Answer,
    now: number,
  ): Result<{ replaced: boolean; moderation: ModerationChange[]; recorded: Answer }> {
    const refused = this.#refuseIfEnded();
    if (refused) return refused;
    const poll = this.#poll(pollId);
    if (!poll.ok) return poll;
    const source = sourceOfPoll(poll.value.definition);
    if (source && !this.#queue.hasRoomFor(source, freeTexts(answer))) {
      return failure('rate_limited', 'the moderation queue is full');
    }
    const submitted = poll.value.submit(ballot, answer, this.#seats.given);
    if (!submitted.ok) return submitted;
    const { previous, answer: recorded } = submitted.value;
    const moderation: ModerationChange[] = [];
    if (source) {
      // Submit before withdrawing, so a text sent again unchanged keeps its entry and the decision on it.
      for (const text of freeTexts(recorded)) moderation.push(this.#queue.submit(source, text));
      for (const text of previous ? freeTexts(previous) : []) {
        const change = this.#queue.withdraw(source, text);
        if (change) moderation.push(change);
      }
    }
    this.touch(now);
    // The canonical form the poll checked and kept (Poll.submit): the one the store writes, checked once.
    return success({ replaced: previous !== null, moderation, recorded });
  }

  /** Paper answer cards scanned on the presenter: their counts join the open poll's (Poll.addPaperCounts). */
  addPaperCounts(pollId: string, counts: readonly number[], batchId: string, now: number): Result<{ added: boolean }> {
    const refused = this.#refuseIfEnded();
    if (refused) return refused;
    const poll = this.#poll(pollId);
    if (!poll.ok) return poll;
    const added = poll.value.addPaperCounts(counts, batchId);
    if (added.ok && added.value.added) this.touch(now);
    return added;
  }

  /** The anonymous question box: open at any moment of an active session. */
  askQuestion(text: string, now: number): Result<{ moderation: ModerationChange[] }> {
    const refused = this.#refuseIfEnded();
    if (refused) return refused;
    if (!this.#queue.hasRoomFor(QUESTION_BOX, [text])) return failure('rate_limited', 'the moderation queue is full');
    this.touch(now);
    return success({ moderation: [this.#queue.submit(QUESTION_BOX, text)] });
  }

  /**
   * Approving a question opens its "me too" box with `signer` (its own key, as a poll gets); the transport asks
   * `needsMeTooSigner` first. Approving it again, or after a rejection, keeps the box and its count.
   */
  approve(
    entryId: string,
    now: number,
    signer: BallotSigner | null = null,
  ): Result<{ moderation: ModerationChange[] }> {
    const decided = this.#decide(entryId, 'approved', now);
    if (decided.ok && signer && this.needsMeTooSigner(entryId)) {
      this.#meToo.set(entryId, new Poll(meTooDefinition(entryId), signer));
    }
    return decided;
  }

  /** Whether approving this entry opens a "me too" box: a question of the box, approved for the first time. */
  needsMeTooSigner(entryId: string): boolean {
    return this.#queue.get(entryId)?.source === 'question' && !this.#meToo.has(entryId);
  }

  /**
   * A phone's "me too" on an approved question: its ballot key for that question with the box's blind signature,
   * nothing else. Once per ballot key (sent again, it counts once); never more than seats were given.
   */
  meToo(questionId: string, ballot: Ballot, now: number): Result<{ counted: boolean }> {
    const refused = this.#refuseIfEnded();
    if (refused) return refused;
    const box = this.#meToo.get(questionId);
    if (!box || this.#queue.get(questionId)?.status !== 'approved') {
      return failure('not_found', `no approved question "${questionId}"`);
    }
    const submitted = box.submit(ballot, ME_TOO_ANSWER, this.#seats.given);
    if (!submitted.ok) return submitted;
    this.touch(now);
    return success({ counted: submitted.value.previous === null });
  }

  /** The "me too" box of a question, for the store's answer write (its id is the poll id written). */
  meTooBox(questionId: string): Poll | undefined {
    return this.#meToo.get(questionId);
  }

  /**
   * Approved questions of the question box with their "me too" counts, in the order they came: the exact count for
   * the console (which sorts by it), and the one the group may see, shown only from the minimum number of answers.
   * Not sorted by the exact count here: the presenter gets this list too, and its order would tell counts apart.
   */
  questionsWithMeToo(): FacilitatorQuestion[] {
    return this.#queue
      .entries()
      .filter((entry) => entry.source === 'question' && entry.status === 'approved')
      .map(({ id, text, count }) => {
        const box = this.#meToo.get(id);
        return { id, text, count, meToo: box ? shownCount(box) : null, meTooCount: box?.answerCount ?? 0 };
      });
  }

  reject(entryId: string, now: number): Result<{ moderation: ModerationChange[] }> {
    return this.#decide(entryId, 'rejected', now);
  }

  /**
   * Ends the session: polls close, raw answers (and with them every ballot key) are deleted, and texts never
   * approved go too. Tallies and approved texts remain for export until the retention time. Ending twice is
   * harmless (a retried click on a flaky network).
   */
  end(now: number, reason: EndReason = 'ended'): Result<{ closedPollIds: string[] }> {
    if (this.#ended) return success({ closedPollIds: [] });
    const closedPollIds = this.#closeOpenPoll(null);
    for (const poll of this.#polls.values()) poll.freeze();
    for (const box of this.#meToo.values()) box.freeze();
    this.#queue.keepApprovedOnly();
    this.#ended = { at: now, reason };
    return success({ closedPollIds });
  }

  /** Ends a session left idle past the policy's limit; returns whether it did. */
  expireIfIdle(now: number, policy: LifetimePolicy = DEFAULT_LIFETIME): boolean {
    if (this.#ended || !isIdleExpired(this.#lastActivityAt, now, policy)) return false;
    this.end(now, 'expired');
    return true;
  }

  /** Whether nothing happened in it yet: no seat given, no poll, no text (what a script's start leaves). */
  isUnused(): boolean {
    return this.#seats.given === 0 && this.#polls.size === 0 && this.#queue.entries().length === 0;
  }

  /**
   * Ends an active session that was never used and saw no activity for the policy's `unusedLimitMs`; the
   * caller knows whether a facilitator screen still holds it (then it is not ended). Returns whether it did.
   */
  expireIfUnused(now: number, policy: LifetimePolicy = DEFAULT_LIFETIME): boolean {
    const limit = policy.unusedLimitMs ?? policy.idleLimitMs;
    if (this.#ended || !this.isUnused() || now < this.#lastActivityAt + limit) return false;
    this.end(now, 'expired');
    return true;
  }

  /** Whether the store should now delete the session and everything left of it. */
  isPastRetention(now: number, policy: LifetimePolicy = DEFAULT_LIFETIME): boolean {
    return this.#ended !== null && isRetentionOver(this.#ended.at, now, policy);
  }

  polls(): readonly Poll[] {
    return [...this.#polls.values()];
  }

  pollView(pollId: string, viewer: Viewer = 'group'): PollView | null {
    const poll = this.#polls.get(pollId);
    return poll ? pollView(poll, this.approvedTexts(poll), viewer) : null;
  }

  /** Approved free texts of a poll (none for choice polls). */
  approvedTexts(poll: Poll): TextCount[] {
    const source = sourceOfPoll(poll.definition);
    return source ? this.#queue.approvedTexts(source) : [];
  }

  /** The whole queue, flags included: for facilitators only. */
  moderationEntries(): ModerationEntry[] {
    return this.#queue.entries();
  }

  /** Approved questions from the question box, as the group may see them. */
  approvedQuestions(): TextCount[] {
    return this.#queue.approvedTexts(QUESTION_BOX);
  }

  snapshot(): SessionSnapshot {
    return {
      version: 1,
      id: this.id,
      joinCode: this.joinCode,
      settings: this.settings,
      facilitatorKeyDigest: this.#facilitatorKeyDigest,
      coFacilitatorKeyDigest: this.#coFacilitatorKeyDigest,
      createdAt: this.createdAt,
      lastActivityAt: this.#lastActivityAt,
      ended: this.#ended,
      openPollId: this.#openPollId,
      polls: this.polls().map((poll) => poll.snapshot()),
      moderation: this.#queue.snapshot(),
      seats: this.#seats.snapshot(),
      meToo: [...this.#meToo.values()].map((box) => box.snapshot()),
      decks: [...this.#decks],
    };
  }

  #refuseIfEnded() {
    return this.#ended ? failure('session_ended', 'this session has ended') : null;
  }

  #poll(pollId: string): Result<Poll> {
    const poll = this.#polls.get(pollId);
    return poll ? success(poll) : failure('not_found', `no poll "${pollId}" in this session`);
  }

  /** A poll, or the "me too" box of an approved question: both hand out blind-signed ballots. */
  #ballotBox(id: string): Result<Poll> {
    if (!id.startsWith(ME_TOO_PREFIX)) return this.#poll(id);
    const questionId = id.slice(ME_TOO_PREFIX.length);
    const box = this.#meToo.get(questionId);
    return box && this.#queue.get(questionId)?.status === 'approved'
      ? success(box)
      : failure('not_found', `no approved question "${questionId}"`);
  }

  #closeOpenPoll(exceptId: string | null): string[] {
    const open = this.#openPollId === null ? undefined : this.#polls.get(this.#openPollId);
    if (!open || open.id === exceptId) return [];
    this.#openPollId = null;
    return open.close() ? [open.id] : [];
  }

  #decide(entryId: string, status: 'approved' | 'rejected', now: number): Result<{ moderation: ModerationChange[] }> {
    const refused = this.#refuseIfEnded();
    if (refused) return refused;
    // Two consoles deciding the same at once: the second changes nothing and announces nothing.
    if (this.#queue.get(entryId)?.status === status) return success({ moderation: [] });
    const decided = this.#queue.decide(entryId, status);
    if (!decided.ok) return decided;
    this.touch(now);
    return success({ moderation: [decided.value] });
  }
}
