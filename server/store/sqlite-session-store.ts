/**
 * The embedded store: one SQLite file in the data folder (better-sqlite3, synchronous calls on the server's
 * thread, which is why the transport groups each tick's writes into one transaction).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { SessionSnapshot } from '../domain';
import {
  joinSnapshot,
  type SessionRecord,
  type SessionStore,
  type SessionWrite,
  type StoredAnswer,
} from './session-store';

export const DATABASE_FILE = 'sessions.sqlite';

const SCHEMA_VERSION = 1;

// Answers live in a WITHOUT ROWID table keyed on (session, poll, ballot key): the file orders them by key,
// so neither a row number nor the place of a row tells in which order students answered. No time column.
const SCHEMA = `
  CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    join_code TEXT NOT NULL,
    last_activity_at INTEGER NOT NULL,
    record TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE answers (
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    poll_id TEXT NOT NULL,
    ballot_key TEXT NOT NULL,
    answer TEXT NOT NULL,
    PRIMARY KEY (session_id, poll_id, ballot_key)
  ) WITHOUT ROWID;
`;

interface SessionRow {
  id: string;
  last_activity_at: number;
  record: string;
}

interface AnswerRow {
  session_id: string;
  poll_id: string;
  ballot_key: string;
  answer: string;
}

export interface SqliteStoreOptions {
  /** The data folder; created if missing. */
  readonly dir: string;
  readonly filename?: string;
}

export class SqliteSessionStore implements SessionStore {
  readonly path: string;
  readonly #db: Database.Database;
  readonly #apply: (writes: readonly SessionWrite[]) => boolean;
  readonly #selectSession: Database.Statement<[string], SessionRow>;
  readonly #selectAnswers: Database.Statement<[string], AnswerRow>;
  readonly #selectAllSessions: Database.Statement<[], SessionRow>;
  readonly #selectAllAnswers: Database.Statement<[], AnswerRow>;

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

    const upsertSession = db.prepare<[string, string, number, string]>(
      `INSERT INTO sessions (id, join_code, last_activity_at, record) VALUES (?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET join_code = excluded.join_code,
         last_activity_at = max(last_activity_at, excluded.last_activity_at), record = excluded.record`,
    );
    const touch = db.prepare<[number, string]>(
      'UPDATE sessions SET last_activity_at = max(last_activity_at, ?) WHERE id = ?',
    );
    const upsertAnswer = db.prepare<[string, string, string, string]>(
      `INSERT INTO answers (session_id, poll_id, ballot_key, answer) VALUES (?, ?, ?, ?)
       ON CONFLICT (session_id, poll_id, ballot_key) DO UPDATE SET answer = excluded.answer`,
    );
    const dropAnswers = db.prepare<[string]>('DELETE FROM answers WHERE session_id = ?');
    const deleteSession = db.prepare<[string]>('DELETE FROM sessions WHERE id = ?');

    // Returns whether the batch deleted something, so the log can be folded at once (see #fold).
    this.#apply = db.transaction((writes: readonly SessionWrite[]) => {
      let deleted = false;
      for (const write of writes) {
        switch (write.kind) {
          case 'record': {
            const { record } = write;
            upsertSession.run(record.id, record.joinCode, record.lastActivityAt, JSON.stringify(record));
            break;
          }
          case 'touch':
            touch.run(write.lastActivityAt, write.sessionId);
            break;
          case 'answer':
            upsertAnswer.run(write.sessionId, write.pollId, write.ballotKey, JSON.stringify(write.answer));
            break;
          case 'drop-answers':
            dropAnswers.run(write.sessionId);
            deleted = true;
            break;
          case 'delete':
            deleteSession.run(write.sessionId);
            deleted = true;
            break;
        }
      }
      return deleted;
    });

    this.#selectSession = db.prepare('SELECT id, last_activity_at, record FROM sessions WHERE id = ?');
    this.#selectAnswers = db.prepare(
      'SELECT session_id, poll_id, ballot_key, answer FROM answers WHERE session_id = ? ORDER BY poll_id, ballot_key',
    );
    this.#selectAllSessions = db.prepare('SELECT id, last_activity_at, record FROM sessions ORDER BY id');
    this.#selectAllAnswers = db.prepare(
      'SELECT session_id, poll_id, ballot_key, answer FROM answers ORDER BY session_id, poll_id, ballot_key',
    );
  }

  async commit(writes: readonly SessionWrite[]): Promise<void> {
    if (writes.length === 0) return;
    if (this.#apply(writes)) this.#fold();
  }

  async load(sessionId: string): Promise<SessionSnapshot | null> {
    const row = this.#selectSession.get(sessionId);
    return row ? snapshotOf(row, this.#selectAnswers.all(sessionId)) : null;
  }

  async loadAll(): Promise<SessionSnapshot[]> {
    const answers = new Map<string, AnswerRow[]>();
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
   * Copies the write-ahead log into the database and empties it. The log keeps pages in the order they were
   * written (so, roughly, in the order answers arrived) and keeps deleted answers until it is folded.
   */
  #fold(): void {
    this.#db.pragma('wal_checkpoint(TRUNCATE)');
  }

  #migrate(): void {
    const version = this.#db.pragma('user_version', { simple: true }) as number;
    if (version === SCHEMA_VERSION) return;
    if (version !== 0) {
      throw new Error(`${this.path} has schema version ${version}; this server knows version ${SCHEMA_VERSION}`);
    }
    this.#db.transaction(() => {
      this.#db.exec(SCHEMA);
      this.#db.pragma(`user_version = ${SCHEMA_VERSION}`);
    })();
  }
}

function snapshotOf(row: SessionRow, answerRows: readonly AnswerRow[]): SessionSnapshot {
  const record = JSON.parse(row.record) as SessionRecord;
  const answers: StoredAnswer[] = answerRows.map((answer) => ({
    pollId: answer.poll_id,
    ballotKey: answer.ballot_key,
    answer: JSON.parse(answer.answer) as StoredAnswer['answer'],
  }));
  return joinSnapshot({ ...record, lastActivityAt: row.last_activity_at }, answers);
}

/** Opens (or creates) the store in `DATA_DIR`, default `./data`. */
export function openSqliteSessionStore(dir = process.env.DATA_DIR ?? 'data'): SqliteSessionStore {
  return new SqliteSessionStore({ dir: resolve(dir) });
}
