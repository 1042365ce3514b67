/**
 * Where sessions outlive the process. The transport keeps every live session in memory (the domain works on
 * objects); the store is written before anything is acknowledged, and read back when the server starts.
 *
 * A session is kept in two parts, so that an answer costs one small write instead of a rewrite of the whole
 * session: its record (settings, polls without their answers, moderation queue) and its answers, one per
 * poll and ballot key. Answers carry nothing else: no time, no arrival number, no connection; how a store lays
 * them out must not keep their order of arrival either (ADR 8).
 */
import type { Answer } from '../../protocol/answer';
import type { BallotKey } from '../../protocol/ballot-key';
import type { PollSnapshot, SessionSnapshot } from '../domain';

export type PollRecord = Omit<PollSnapshot, 'answers'>;

/**
 * A session without its raw answers. The "me too" boxes of approved questions are polls too: their ballot keys
 * are stored as answers (with the box's id as poll id), sorted like any poll's, and dropped with them.
 */
export type SessionRecord = Omit<SessionSnapshot, 'polls' | 'meToo'> & {
  readonly polls: readonly PollRecord[];
  readonly meToo?: readonly PollRecord[];
};

export interface StoredAnswer {
  readonly pollId: string;
  readonly ballotKey: BallotKey;
  readonly answer: Answer;
}

/** One change; a commit applies a list of them in order, all or none. */
export type SessionWrite =
  /** Creates the session or replaces its record (its answers stay). */
  | { readonly kind: 'record'; readonly record: SessionRecord }
  /** Moves the last activity forward (never back), without rewriting the record. */
  | { readonly kind: 'touch'; readonly sessionId: string; readonly lastActivityAt: number }
  /** Records a ballot's answer, replacing its earlier one. The session must exist, or the commit fails. */
  | ({ readonly kind: 'answer'; readonly sessionId: string } & StoredAnswer)
  /** The session ended: every raw answer goes, for good. */
  | { readonly kind: 'drop-answers'; readonly sessionId: string }
  /** Retention is over: the session and all that is left of it go. */
  | { readonly kind: 'delete'; readonly sessionId: string };

/**
 * The contract both the embedded SQLite store and the Redis one keep (session-store.contract.ts checks it).
 * Methods are asynchronous so a networked store fits; none of them takes or returns a connection, an
 * address or a time of arrival.
 */
export interface SessionStore {
  /** Applies the writes in order and atomically; once the promise resolves, they survive a crash. */
  commit(writes: readonly SessionWrite[]): Promise<void>;
  load(sessionId: string): Promise<SessionSnapshot | null>;
  /** Every session kept: active ones with their answers, ended ones with what remains of them. */
  loadAll(): Promise<SessionSnapshot[]>;
  /** Housekeeping the server runs now and then (SQLite: fold the write-ahead log, which orders writes by time). */
  maintain(): Promise<void>;
  close(): Promise<void>;
}

/** Splits a domain snapshot into the record and the answers. */
export function splitSnapshot(snapshot: SessionSnapshot): { record: SessionRecord; answers: StoredAnswer[] } {
  const answers: StoredAnswer[] = [];
  const split = ({ answers: pollAnswers, ...poll }: PollSnapshot): PollRecord => {
    for (const [ballotKey, answer] of pollAnswers) answers.push({ pollId: poll.definition.id, ballotKey, answer });
    return poll;
  };
  const polls = snapshot.polls.map(split);
  const meToo = snapshot.meToo?.map(split);
  return { record: { ...snapshot, polls, ...(meToo && { meToo }) }, answers };
}

/** The record alone, as the transport writes it after a change that is not an answer. */
export function recordOf(snapshot: SessionSnapshot): SessionRecord {
  return splitSnapshot(snapshot).record;
}

/** Puts a record and its answers back together; answers are sorted by ballot key, as the domain keeps them. */
export function joinSnapshot(record: SessionRecord, answers: readonly StoredAnswer[]): SessionSnapshot {
  const byPoll = new Map<string, [BallotKey, Answer][]>();
  for (const { pollId, ballotKey, answer } of answers) {
    let list = byPoll.get(pollId);
    if (!list) byPoll.set(pollId, (list = []));
    list.push([ballotKey, answer]);
  }
  const join = (poll: PollRecord): PollSnapshot => ({
    ...poll,
    answers: (byPoll.get(poll.definition.id) ?? []).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  });
  const { meToo, ...rest } = record;
  return { ...rest, polls: record.polls.map(join), ...(meToo && { meToo: meToo.map(join) }) };
}
