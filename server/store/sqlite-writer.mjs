/**
 * The SQLite store's writes, on a worker thread of their own (ADR 14): a commit's two fsyncs (the log, then the
 * fold into the database file) take a few ms on a quiet disk and tens of ms on a busy one, and on the server's
 * thread every answer arriving meanwhile waited for them. Here they run beside it: the server goes on reading
 * answers while one batch is made durable, and the next batch gathers meanwhile (server/transport/commit-queue.ts).
 *
 * Plain JavaScript, so that Node starts it as it is, from the sources (tests, tsx) and beside the bundled server
 * (scripts/build-server.mjs copies it into build/). Imported on the main thread too, for `openDatabase` and `fold`,
 * which the store's own connection uses when it opens and closes the file.
 *
 * Messages in: `{ id, type: 'commit', writes }`, `{ id, type: 'fold' }`, `{ id, type: 'close' }`; out:
 * `{ id, ok: true }` once done and durable, or `{ id, ok: false, message }` (the transaction rolled back).
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

/** Opens the file with the settings every connection to it uses. */
export function openDatabase(path) {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // FULL: every commit is on the disk before a student sees "answer received", even if the laptop's battery
  // dies (NORMAL only survives a crash of the process). A commit holds every answer that arrived since the last
  // one, so its fsyncs are shared, not paid per answer.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Deleted answers are overwritten with zeros, not left in free pages for anyone who copies the file.
  db.pragma('secure_delete = ON');
  // The store's two connections (this thread's and the writer's) may meet on the log: wait, do not fail.
  db.pragma('busy_timeout = 5000');
  return db;
}

/**
 * Copies the write-ahead log into the database and empties it, after every commit. The log keeps pages in the
 * order they were written, one version after another, so between two folds it would tell which answer and
 * which text came after which; it also keeps deleted answers until it is folded. Costs one more fsync per
 * commit, shared by all the answers of the batch (figures in ADR 8).
 */
export function fold(db, path) {
  const [result] = db.pragma('wal_checkpoint(TRUNCATE)');
  // Only the store writes the file; a reader elsewhere (a backup tool) could hold the log open.
  if (result?.busy) throw new Error(`${path}: the write-ahead log could not be emptied (busy)`);
}

const byBallotKey = ([a], [b]) => (a < b ? -1 : a > b ? 1 : 0);

/** The transaction that applies a list of `SessionWrite`s (server/store/session-store.ts) in order. */
export function writerFor(db) {
  const upsertSession = db.prepare(
    `INSERT INTO sessions (id, join_code, last_activity_at, record) VALUES (?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET join_code = excluded.join_code,
       last_activity_at = max(last_activity_at, excluded.last_activity_at), record = excluded.record`,
  );
  const touch = db.prepare('UPDATE sessions SET last_activity_at = max(last_activity_at, ?) WHERE id = ?');
  const selectPollAnswers = db.prepare('SELECT answers FROM poll_answers WHERE session_id = ? AND poll_id = ?');
  const upsertPollAnswers = db.prepare(
    `INSERT INTO poll_answers (session_id, poll_id, answers) VALUES (?, ?, ?)
     ON CONFLICT (session_id, poll_id) DO UPDATE SET answers = excluded.answers`,
  );
  const dropAnswers = db.prepare('DELETE FROM poll_answers WHERE session_id = ?');
  const deleteSession = db.prepare('DELETE FROM sessions WHERE id = ?');

  // A batch's answers are gathered per poll, so a poll's value (its [ballot key, answer] pairs sorted by ballot
  // key, never a row per answer: ADR 8) is rewritten once per commit, not per answer.
  const writeAnswers = (pending) => {
    const byPoll = new Map();
    for (const answer of pending.values()) {
      const key = JSON.stringify([answer.sessionId, answer.pollId]);
      let poll = byPoll.get(key);
      if (!poll) byPoll.set(key, (poll = { sessionId: answer.sessionId, pollId: answer.pollId, answers: [] }));
      poll.answers.push(answer);
    }
    for (const { sessionId, pollId, answers } of byPoll.values()) {
      const row = selectPollAnswers.get(sessionId, pollId);
      const merged = new Map(row ? JSON.parse(row.answers) : []);
      for (const { ballotKey, answer } of answers) merged.set(ballotKey, answer);
      upsertPollAnswers.run(sessionId, pollId, JSON.stringify([...merged].sort(byBallotKey)));
    }
    pending.clear();
  };

  return db.transaction((writes) => {
    // Answers wait until another kind of write (which may create or drop what they belong to) or the end.
    const pending = new Map();
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
        default:
          throw new Error(`unknown write: ${String(write.kind)}`);
      }
    }
    writeAnswers(pending);
  });
}

/** The worker itself: one connection, one message at a time, in the order sent. */
function serveWrites({ path }) {
  const db = openDatabase(path);
  const apply = writerFor(db);
  parentPort.on('message', ({ id, type, writes }) => {
    try {
      if (type === 'commit') {
        apply(writes);
        fold(db, path);
      } else if (type === 'fold') {
        fold(db, path);
      } else if (type === 'close') {
        fold(db, path);
        db.close();
      } else {
        throw new Error(`unknown request: ${String(type)}`);
      }
      parentPort.postMessage({ id, ok: true });
    } catch (error) {
      parentPort.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
    }
    if (type === 'close') parentPort.close();
  });
}

if (!isMainThread && workerData?.sqliteWriter) serveWrites(workerData.sqliteWriter);
