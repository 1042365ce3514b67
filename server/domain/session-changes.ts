/**
 * What a change to a session makes happen outside it: the writes the store must hold before anyone hears of
 * it, and the events the screens hear afterwards. The transport commits `writes`, acknowledges, then announces
 * `events`; it no longer chooses which part of a session the store rewrites (ADR 18).
 */
import type { Answer } from '../../protocol/answer';
import type { BallotKey } from '../../protocol/ballot-key';
import { failure, success, type Result } from '../../protocol/errors';
import type { PollDefinition, PublicPoll } from '../../protocol/poll';
import { meTooBoxId } from '../../protocol/questions';
import type { BallotSigner } from './ballot-signer';
import type { ModerationChange } from './moderation-queue';
import type { Ballot } from './poll';
import type { RandomBytes } from './random-source';
import { ME_TOO_ANSWER, type EndReason, type Session } from './session';

/** A write in the domain's words; the transport turns each into the store's `SessionWrite` of this session. */
export type StoreWrite =
  /** The session's record (settings, polls without their answers, queue, seats) is rewritten whole. */
  | { readonly kind: 'record' }
  /** One ballot's answer, in the canonical form the poll kept: an answer costs one small write. */
  | { readonly kind: 'answer'; readonly pollId: string; readonly ballotKey: BallotKey; readonly answer: Answer }
  /** The session ended: every raw answer goes. */
  | { readonly kind: 'drop-answers' }
  /** Retention is over, or the session was never used: the session and all that is left of it go. */
  | { readonly kind: 'delete' }
  /** Activity only: it rides along with the next commit, nobody waits for it. */
  | { readonly kind: 'activity' };

/** What the screens of the session hear once the writes are in; the transport picks rooms and throttles. */
export type SessionEvent =
  | { readonly kind: 'poll-opened'; readonly poll: PublicPoll }
  | { readonly kind: 'poll-closed'; readonly pollId: string }
  /** A poll's count changed (an answer, paper cards, an approved text): its tally is due. */
  | { readonly kind: 'answers-changed'; readonly pollId: string }
  | { readonly kind: 'results-revealed'; readonly pollId: string }
  /** `decided`: by a facilitator, so the approved questions' list is due even for a rejection. */
  | { readonly kind: 'moderation'; readonly changes: readonly ModerationChange[]; readonly decided: boolean }
  /** A "me too" counted: the approved questions' counts are due. */
  | { readonly kind: 'questions-changed' }
  | { readonly kind: 'deck-changed'; readonly deckId: string }
  | { readonly kind: 'ended'; readonly closedPollIds: readonly string[]; readonly reason: EndReason };

export interface SessionChange<T> {
  readonly value: T;
  readonly writes: readonly StoreWrite[];
  readonly events: readonly SessionEvent[];
}

const RECORD: StoreWrite = { kind: 'record' };

function changed<T>(value: T, writes: readonly StoreWrite[] = [], events: readonly SessionEvent[] = []) {
  return success<SessionChange<T>>({ value, writes, events });
}

/** Nothing to write and nothing to tell: a repeated click, a decision another console made first. */
const unchanged = <T>(value: T) => changed(value);

const closings = (pollIds: readonly string[]): SessionEvent[] =>
  pollIds.flatMap((pollId) => [
    { kind: 'poll-closed', pollId },
    { kind: 'answers-changed', pollId },
  ]);

/**
 * Whether opening this poll takes a new ballot key (a reopened poll keeps the one its phones signed with).
 * Asked before the key is taken, so a poll id of no deck of this session costs no key.
 */
export function needsPollKey(session: Session, pollId: string): Result<boolean> {
  // Two decks of one lesson may name a poll alike: each deck's ids carry its name (ADR 12).
  if (!session.isDeckPollId(pollId)) {
    return failure('invalid_payload', `poll "${pollId}" is not named "<deck>.<poll>" for a deck of this session`);
  }
  return success(!session.polls().some((known) => known.id === pollId));
}

/** Opens a poll (closing the one open before); `closedPollIds` tell the caller a key is due for the next one. */
export function openPoll(
  session: Session,
  definition: PollDefinition,
  now: number,
  signer: BallotSigner | null,
): Result<SessionChange<{ closedPollIds: readonly string[] }>> {
  const opened = session.openPoll(definition, now, signer);
  if (!opened.ok) return opened;
  const { poll, closedPollIds } = opened.value;
  return changed(
    { closedPollIds },
    [RECORD],
    [...closings(closedPollIds), { kind: 'poll-opened', poll }, { kind: 'answers-changed', pollId: definition.id }],
  );
}

export function closePoll(session: Session, pollId: string, now: number): Result<SessionChange<{ changed: boolean }>> {
  const closed = session.closePoll(pollId, now);
  if (!closed.ok) return closed;
  if (!closed.value.changed) return unchanged({ changed: false });
  return changed({ changed: true }, [RECORD], closings([pollId]));
}

export function revealPoll(session: Session, pollId: string, now: number): Result<SessionChange<null>> {
  const revealed = session.revealPoll(pollId, now);
  if (!revealed.ok) return revealed;
  if (!revealed.value.changed) return unchanged(null);
  return changed(null, [RECORD], [{ kind: 'results-revealed', pollId }]);
}

/**
 * A phone's answer: checked against its poll once (Poll.submit), and written as that poll kept it. The record
 * is rewritten only when a free text entered or left the moderation queue.
 */
export function submitAnswer(
  session: Session,
  pollId: string,
  ballot: Ballot,
  answer: Answer,
  now: number,
): Result<SessionChange<{ replaced: boolean }>> {
  const submitted = session.submitAnswer(pollId, ballot, answer, now);
  if (!submitted.ok) return submitted;
  const { moderation, replaced, recorded } = submitted.value;
  const writes: StoreWrite[] = [{ kind: 'activity' }];
  if (moderation.length > 0) writes.push(RECORD);
  const ballotKey = typeof ballot === 'string' ? ballot : ballot.key;
  writes.push({ kind: 'answer', pollId, ballotKey, answer: recorded });
  return changed({ replaced }, writes, [
    { kind: 'moderation', changes: moderation, decided: false },
    { kind: 'answers-changed', pollId },
  ]);
}

/** Paper answer cards (ADR 17): the poll's record carries their totals, written whole like a closing. */
export function addPaperCounts(
  session: Session,
  pollId: string,
  counts: readonly number[],
  batchId: string,
  now: number,
): Result<SessionChange<{ added: boolean }>> {
  const added = session.addPaperCounts(pollId, counts, batchId, now);
  if (!added.ok) return added;
  if (!added.value.added) return unchanged({ added: false });
  return changed({ added: true }, [RECORD], [{ kind: 'answers-changed', pollId }]);
}

/** A question for the box; `entryId` names its queue entry when it made one (the transport's quotas count it). */
export function askQuestion(
  session: Session,
  text: string,
  now: number,
): Result<SessionChange<{ entryId: string | null }>> {
  const asked = session.askQuestion(text, now);
  if (!asked.ok) return asked;
  const { moderation } = asked.value;
  const [first] = moderation;
  const entryId = first?.type === 'queued' ? first.entry.id : null;
  return changed({ entryId }, [RECORD], [{ kind: 'moderation', changes: moderation, decided: false }]);
}

/** A facilitator approves or rejects a text; approving a question first opens its "me too" box with `signer`. */
export function decide(
  session: Session,
  entryId: string,
  status: 'approved' | 'rejected',
  now: number,
  signer: BallotSigner | null,
): Result<SessionChange<null>> {
  const decided = status === 'approved' ? session.approve(entryId, now, signer) : session.reject(entryId, now);
  if (!decided.ok) return decided;
  const { moderation } = decided.value;
  // Decided before (by another console at the same moment): nothing changed, nothing to write or announce.
  if (moderation.length === 0) return unchanged(null);
  return changed(null, [RECORD], [{ kind: 'moderation', changes: moderation, decided: true }]);
}

/**
 * A phone's "me too": stored as an answer of the question's box, sorted by ballot key with the others, with no
 * time and no seat. Sent again, it counts once and writes nothing.
 */
export function meToo(
  session: Session,
  questionId: string,
  ballot: Exclude<Ballot, string>,
  now: number,
): Result<SessionChange<{ counted: boolean }>> {
  const counted = session.meToo(questionId, ballot, now);
  if (!counted.ok) return counted;
  if (!counted.value.counted) return unchanged({ counted: false });
  const answer: StoreWrite = {
    kind: 'answer',
    pollId: meTooBoxId(questionId),
    ballotKey: ballot.key,
    answer: ME_TOO_ANSWER,
  };
  return changed({ counted: true }, [{ kind: 'activity' }, answer], [{ kind: 'questions-changed' }]);
}

/** The class moves on to another deck (ADR 12); an open poll closes on the way. */
export function continueWith(
  session: Session,
  deckId: string,
  now: number,
): Result<SessionChange<{ changed: boolean; closedPollIds: readonly string[] }>> {
  const continued = session.continueWith(deckId, now);
  if (!continued.ok) return continued;
  if (!continued.value.changed) return unchanged(continued.value);
  const { closedPollIds } = continued.value;
  return changed(continued.value, [RECORD], [...closings(closedPollIds), { kind: 'deck-changed', deckId }]);
}

/** Ends the session (or finds it ended, on a retried click): raw answers go with the record's last form. */
export function endSession(session: Session, now: number): Result<SessionChange<{ ended: boolean }>> {
  if (session.state === 'ended') return unchanged({ ended: false });
  const ended = session.end(now);
  if (!ended.ok) return ended;
  return changed(
    { ended: true },
    [RECORD, { kind: 'drop-answers' }],
    [{ kind: 'ended', closedPollIds: ended.value.closedPollIds, reason: 'ended' }],
  );
}

/** The sweep ended an idle session: the same writes and events as an end, for another reason. */
export function expired(closedPollIds: readonly string[]): SessionChange<null> {
  return {
    value: null,
    writes: [RECORD, { kind: 'drop-answers' }],
    events: [{ kind: 'ended', closedPollIds, reason: 'expired' }],
  };
}

/** The facilitator's class size; the transport then admits the phones waiting for the seats it freed. */
export function expectStudents(session: Session, classSize: number, now: number): Result<SessionChange<null>> {
  const expected = session.expectStudents(classSize, now);
  return expected.ok ? changed(null, [RECORD]) : expected;
}

/** A new co-facilitator link: its key is returned once; the earlier link's consoles are to be cut off. */
export function inviteCoFacilitator(
  session: Session,
  random: RandomBytes,
  now: number,
): Result<SessionChange<{ facilitatorKey: string }>> {
  const invited = session.inviteCoFacilitator(random, now);
  return invited.ok ? changed(invited.value, [RECORD]) : invited;
}

export function revokeCoFacilitator(session: Session, now: number): SessionChange<null> {
  return { value: null, writes: session.revokeCoFacilitator(now) ? [RECORD] : [], events: [] };
}

/** The record alone changed (a session started, a seat given, waiting phones admitted); nothing to announce. */
export const recordChanged: SessionChange<null> = { value: null, writes: [RECORD], events: [] };

/** The sweep forgot a session: the store deletes it too. */
export const deleted: SessionChange<null> = { value: null, writes: [{ kind: 'delete' }], events: [] };
