/**
 * The embedded store: one SQLite file in the data folder (better-sqlite3). Commits run on a worker thread
 * (sqlite-writer.mjs, ADR 14), so their fsyncs never hold the server's event loop; this thread keeps a
 * connection of its own to open, migrate and read the file (at start, and when a session is reloaded).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
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
import { fold, openDatabase, type WriterReply, type WriterRequest } from './sqlite-writer.mjs';

export const DATABASE_FILE = 'sessions.sqlite';

/** Beside this module in the sources, beside the bundle in build/ (scripts/build-server.mjs copies it there). */
const WRITER = new URL('./sqlite-writer.mjs', import.meta.url);

const SCHEMA_VERSION = 2;

// Nothing in the file may tell in which order students answered (ADR 5, 6, 8). A table with a row per answer
// is not enough: SQLite places each new cell of a page below the previous one, so the raw bytes of a page list
// its ballot keys in order of arrival even when the b-tree sorts them by key. Each poll's answers are therefore
// one value, rewritten whole and sorted by ballot key at every change (secure_delete zeroes the old one), and
// the write-ahead log is folded and emptied after every commit (`writerFor` and `fold` in sqlite-writer.mjs).
// No row number, no time column.
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

export interface SqliteStoreOptions {
  /** The data folder; created if missing. */
  readonly dir: string;
  readonly filename?: string;
}

export class SqliteSessionStore implements SessionStore {
  readonly path: string;
  readonly #db: Database.Database;
  readonly #writer: WriterThread;
  readonly #selectSession: Database.Statement<[string], SessionRow>;
  readonly #selectAnswers: Database.Statement<[string], PollAnswersRow>;
  readonly #selectAllSessions: Database.Statement<[], SessionRow>;
  readonly #selectAllAnswers: Database.Statement<[], PollAnswersRow>;
  #closing: Promise<void> | null = null;

  constructor({ dir, filename = DATABASE_FILE }: SqliteStoreOptions) {
    mkdirSync(dir, { recursive: true });
    this.path = resolve(join(dir, filename));
    const db = (this.#db = openDatabase(this.path));
    this.#migrate();
    // A crash between a commit and its fold leaves a log behind: fold it before anything else.
    fold(db, this.path);
    this.#writer = new WriterThread(this.path);

    this.#selectSession = db.prepare('SELECT id, last_activity_at, record FROM sessions WHERE id = ?');
    this.#selectAnswers = db.prepare(
      'SELECT session_id, poll_id, answers FROM poll_answers WHERE session_id = ? ORDER BY poll_id',
    );
    this.#selectAllSessions = db.prepare('SELECT id, last_activity_at, record FROM sessions ORDER BY id');
    this.#selectAllAnswers = db.prepare(
      'SELECT session_id, poll_id, answers FROM poll_answers ORDER BY session_id, poll_id',
    );
  }

  /** Resolves once the writes are committed and the log is emptied (see `fold` in sqlite-writer.mjs). */
  async commit(writes: readonly SessionWrite[]): Promise<void> {
    if (writes.length === 0) return;
    await this.#writer.request({ type: 'commit', writes });
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
    await this.#writer.request({ type: 'fold' });
  }

  /** Waits for the commits under way, stops the writer thread, then folds and closes this connection. */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      try {
        await this.#writer.close();
      } finally {
        fold(this.#db, this.path);
        this.#db.close();
      }
    })();
    return this.#closing;
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

type Request = { type: 'commit'; writes: readonly SessionWrite[] } | { type: 'fold' | 'close' };

/**
 * The worker thread that commits (sqlite-writer.mjs): requests go in order, each answered once done. It keeps
 * the process alive only while a request waits; if it dies, what waited fails and the next request starts a new
 * one (a failed commit rolled back: the transport reloads the sessions it touched).
 */
class WriterThread {
  readonly #path: string;
  #worker: Worker | null = null;
  readonly #waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  #nextId = 0;

  constructor(path: string) {
    this.#path = path;
    // Started now, so the first commit does not wait for the thread to boot.
    this.#worker = this.#start();
  }

  request(request: Request): Promise<void> {
    const worker = (this.#worker ??= this.#start());
    const id = ++this.#nextId;
    return new Promise<void>((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ ...request, id } as WriterRequest);
    });
  }

  async close(): Promise<void> {
    const worker = this.#worker;
    if (!worker) return;
    await this.request({ type: 'close' });
    this.#worker = null;
    await worker.terminate();
  }

  #start(): Worker {
    const worker = new Worker(WRITER, { workerData: { sqliteWriter: { path: this.#path } } });
    worker.unref();
    worker.on('message', (reply: WriterReply) => {
      const waiter = this.#waiting.get(reply.id);
      this.#waiting.delete(reply.id);
      if (this.#waiting.size === 0) worker.unref();
      if (reply.ok) waiter?.resolve();
      else waiter?.reject(new Error(reply.message));
    });
    const stopped = (error: Error) => {
      if (this.#worker === worker) this.#worker = null;
      for (const waiter of this.#waiting.values()) waiter.reject(error);
      this.#waiting.clear();
    };
    worker.on('error', stopped);
    worker.on('exit', (code) => stopped(new Error(`${this.#path}: the writer thread stopped (exit code ${code})`)));
    return worker;
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
