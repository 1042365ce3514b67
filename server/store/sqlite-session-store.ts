/**
 * The embedded store: one SQLite file in the data folder (better-sqlite3, synchronous calls on the server's
 * thread, which is why the transport groups each tick's writes into one transaction).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { Answer } from '../../protocol/answer';
import type { BallotKey } from '../../protocol/ballot-key';
import { ModerationQueue, type SessionSnapshot } from '../domain';
import {
  joinSnapshot,
  type SessionRecord,
  type SessionStore,
  type SessionWrite,
  type StoredAnswer,
} from './session-store';

export const DATABASE_FILE = 'sessions.sqlite';

const SCHEMA_VERSION = 2;

// Nothing in the file may tell in which order students answered (ADR 5, 6, 8). A table with a row per answer
// is not enough: SQLite places each new cell of a page below the previous one, so the raw bytes of a page list
// its ballot keys in order of arrival even when the b-tree sorts them by key. Each poll's answers are therefore
// one value, rewritten whole and sorted by ballot key at every change (secure_delete zeroes the old one), and
// the write-ahead log is folded and emptied after every commit (see #fold). No row number, no time column.
const SCHEMA = `
  CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    join_code TEXT NOT NULL,
    last_activity_at INTEGER NOT NULL,
    record TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE poll_answers (
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    poll_id TEXT NOT NULL,
    answers TEXT NOT NULL,
    PRIMARY KEY (session_id, poll_id)
  ) WITHOUT ROWID;
`;

// Version 1 kept a row per answer (ordered cells) and numbered moderation entries: rewritten in the new form.
const FROM_VERSION_1 = `
  CREATE TABLE poll_answers (
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    poll_id TEXT NOT NULL,
    answers TEXT NOT NULL,
    PRIMARY KEY (session_id, poll_id)
  ) WITHOUT ROWID;
  INSERT INTO poll_answers (session_id, poll_id, answers)
    SELECT session_id, poll_id, json_group_array(json_array(ballot_key, json(answer)))
    FROM (SELECT * FROM answers ORDER BY session_id, poll_id, ballot_key)
    GROUP BY session_id, poll_id;
  DROP TABLE answers;
`;

interface SessionRow {
  id: string;
  last_activity_at: number;
  record: string;
}

interface PollAnswersRow {
  session_id: string;
  poll_id: string;
  /** JSON: [ballot key, answer] pairs sorted by ballot key. */
  answers: string;
}

type AnswerPair = [BallotKey, Answer];

const byBallotKey = ([a]: AnswerPair, [b]: AnswerPair) => (a < b ? -1 : a > b ? 1 : 0);

export interface SqliteStoreOptions {
  /** The data folder; created if missing. */
  readonly dir: string;
  readonly filename?: string;
}

export class SqliteSessionStore implements SessionStore {
  readonly path: string;
  readonly #db: Database.Database;
  readonly #apply: (writes: readonly SessionWrite[]) => void;
  readonly #selectSession: Database.Statement<[string], SessionRow>;
  readonly #selectAnswers: Database.Statement<[string], PollAnswersRow>;
  readonly #selectAllSessions: Database.Statement<[], SessionRow>;
  readonly #selectAllAnswers: Database.Statement<[], PollAnswersRow>;

  constructor({ dir, filename = DATABASE_FILE }: SqliteStoreOptions) {
    mkdirSync(dir, { recursive: true });
    this.path = resolve(join(dir, filename));
    const db = (this.#db = new Database(this.path));
    db.pragma('journal_mode = WAL');
    // FULL: every commit is on the disk before a student sees "answer received", even if the laptop's
    // battery dies (NORMAL only survives a crash of the process). The transport commits once per tick for
    // all the answers that arrived in it, so the fsync (≈0.4 ms here) is shared, not paid per answer.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Deleted answers are overwritten with zeros, not left in free pages for anyone who copies the file.
    db.pragma('secure_delete = ON');
    db.pragma('busy_timeout = 5000');
    this.#migrate();
    // A crash between a commit and its fold leaves a log behind: fold it before anything else.
    this.#fold();

    const upsertSession = db.prepare<[string, string, number, string]>(
      `INSERT INTO sessions (id, join_code, last_activity_at, record) VALUES (?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET join_code = excluded.join_code,
         last_activity_at = max(last_activity_at, excluded.last_activity_at), record = excluded.record`,
    );
    const touch = db.prepare<[number, string]>(
      'UPDATE sessions SET last_activity_at = max(last_activity_at, ?) WHERE id = ?',
    );
    const selectPollAnswers = db.prepare<[string, string], PollAnswersRow>(
      'SELECT session_id, poll_id, answers FROM poll_answers WHERE session_id = ? AND poll_id = ?',
    );
    const upsertPollAnswers = db.prepare<[string, string, string]>(
      `INSERT INTO poll_answers (session_id, poll_id, answers) VALUES (?, ?, ?)
       ON CONFLICT (session_id, poll_id) DO UPDATE SET answers = excluded.answers`,
    );
    const dropAnswers = db.prepare<[string]>('DELETE FROM poll_answers WHERE session_id = ?');
    const deleteSession = db.prepare<[string]>('DELETE FROM sessions WHERE id = ?');

    // A batch's answers are gathered per poll, so a poll's value is rewritten once per commit, not per answer.
    const writeAnswers = (pending: Map<string, StoredAnswer & { sessionId: string }>) => {
      const byPoll = new Map<string, { sessionId: string; pollId: string; answers: StoredAnswer[] }>();
      for (const answer of pending.values()) {
        const key = JSON.stringify([answer.sessionId, answer.pollId]);
        let poll = byPoll.get(key);
        if (!poll) byPoll.set(key, (poll = { sessionId: answer.sessionId, pollId: answer.pollId, answers: [] }));
        poll.answers.push(answer);
      }
      for (const { sessionId, pollId, answers } of byPoll.values()) {
        const row = selectPollAnswers.get(sessionId, pollId);
        const merged = new Map<BallotKey, Answer>(row ? (JSON.parse(row.answers) as AnswerPair[]) : []);
        for (const { ballotKey, answer } of answers) merged.set(ballotKey, answer);
        upsertPollAnswers.run(sessionId, pollId, JSON.stringify([...merged].sort(byBallotKey)));
      }
      pending.clear();
    };

    this.#apply = db.transaction((writes: readonly SessionWrite[]) => {
      // Answers wait until another kind of write (which may create or drop what they belong to) or the end.
      const pending = new Map<string, StoredAnswer & { sessionId: string }>();
      for (const write of writes) {
        if (write.kind === 'answer') {
          pending.set(JSON.stringify([write.sessionId, write.pollId, write.ballotKey]), write);
          continue;
        }
        writeAnswers(pending);
        switch (write.kind) {
          case 'record': {
            const { record } = write;
            upsertSession.run(record.id, record.joinCode, record.lastActivityAt, JSON.stringify(record));
            break;
          }
          case 'touch':
            touch.run(write.lastActivityAt, write.sessionId);
            break;
          case 'drop-answers':
            dropAnswers.run(write.sessionId);
            break;
          case 'delete':
            deleteSession.run(write.sessionId);
            break;
        }
      }
      writeAnswers(pending);
    });

    this.#selectSession = db.prepare('SELECT id, last_activity_at, record FROM sessions WHERE id = ?');
    this.#selectAnswers = db.prepare(
      'SELECT session_id, poll_id, answers FROM poll_answers WHERE session_id = ? ORDER BY poll_id',
    );
    this.#selectAllSessions = db.prepare('SELECT id, last_activity_at, record FROM sessions ORDER BY id');
    this.#selectAllAnswers = db.prepare(
      'SELECT session_id, poll_id, answers FROM poll_answers ORDER BY session_id, poll_id',
    );
  }

  async commit(writes: readonly SessionWrite[]): Promise<void> {
    if (writes.length === 0) return;
    this.#apply(writes);
    this.#fold();
  }

  async load(sessionId: string): Promise<SessionSnapshot | null> {
    const row = this.#selectSession.get(sessionId);
    return row ? snapshotOf(row, this.#selectAnswers.all(sessionId)) : null;
  }

  async loadAll(): Promise<SessionSnapshot[]> {
    const answers = new Map<string, PollAnswersRow[]>();
    for (const row of this.#selectAllAnswers.iterate()) {
      let list = answers.get(row.session_id);
      if (!list) answers.set(row.session_id, (list = []));
      list.push(row);
    }
    return this.#selectAllSessions.all().map((row) => snapshotOf(row, answers.get(row.id) ?? []));
  }

  async maintain(): Promise<void> {
    this.#fold();
  }

  async close(): Promise<void> {
    if (!this.#db.open) return;
    this.#fold();
    this.#db.close();
  }

  /**
   * Copies the write-ahead log into the database and empties it, after every commit. The log keeps pages in
   * the order they were written, one version after another, so between two folds it would tell which answer
   * and which text came after which; it also keeps deleted answers until it is folded. Costs one more fsync
   * per commit, shared by all the answers of the batch (figures in ADR 8).
   */
  #fold(): void {
    const [result] = this.#db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    // Only this connection writes the file; a reader elsewhere (a backup tool) could hold the log open.
    if (result?.busy) throw new Error(`${this.path}: the write-ahead log could not be emptied (busy)`);
  }

  #migrate(): void {
    const version = this.#db.pragma('user_version', { simple: true }) as number;
    if (version === SCHEMA_VERSION) return;
    if (version !== 0 && version !== 1) {
      throw new Error(`${this.path} has schema version ${version}; this server knows version ${SCHEMA_VERSION}`);
    }
    this.#db.transaction(() => {
      if (version === 1) this.#fromVersion1();
      else this.#db.exec(SCHEMA);
      this.#db.pragma(`user_version = ${SCHEMA_VERSION}`);
    })();
  }

  #fromVersion1(): void {
    this.#db.exec(FROM_VERSION_1);
    const rewrite = this.#db.prepare<[string, string]>('UPDATE sessions SET record = ? WHERE id = ?');
    const rows = this.#db.prepare<[], SessionRow>('SELECT id, last_activity_at, record FROM sessions').all();
    for (const row of rows) {
      const record = JSON.parse(row.record) as SessionRecord;
      // Restoring the queue replaces its numbered ids with random ones; its snapshot sorts entries by id.
      const moderation = ModerationQueue.restore(record.moderation, () => []).snapshot();
      rewrite.run(JSON.stringify({ ...record, moderation }), row.id);
    }
  }
}

function snapshotOf(row: SessionRow, answerRows: readonly PollAnswersRow[]): SessionSnapshot {
  const record = JSON.parse(row.record) as SessionRecord;
  const answers: StoredAnswer[] = answerRows.flatMap((poll) =>
    (JSON.parse(poll.answers) as AnswerPair[]).map(([ballotKey, answer]) => ({
      pollId: poll.poll_id,
      ballotKey,
      answer,
    })),
  );
  return joinSnapshot({ ...record, lastActivityAt: row.last_activity_at }, answers);
}

/** Opens (or creates) the store in `DATA_DIR`, default `./data`. */
export function openSqliteSessionStore(dir = process.env.DATA_DIR ?? 'data'): SqliteSessionStore {
  return new SqliteSessionStore({ dir: resolve(dir) });
}
