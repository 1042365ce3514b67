import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Session } from '../domain';
import { definePoll } from '../domain/test-fixtures';
import { splitSnapshot, type SessionWrite } from './session-store';
import { describeSessionStoreContract } from './session-store.contract';
import { orderIn, rawPages } from './raw-pages';
import { DATABASE_FILE, SqliteSessionStore } from './sqlite-session-store';

describeSessionStoreContract('SQLite file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pb-store-'));
  return {
    open: async () => new SqliteSessionStore({ dir }),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

describe('the SQLite store', () => {
  it('creates its data folder and opens in WAL mode with full sync', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pb-store-'));
    const dir = join(root, 'nested', 'data');
    const store = new SqliteSessionStore({ dir });
    await store.close();
    const db = new Database(join(dir, DATABASE_FILE), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const columns = db.prepare("SELECT name FROM pragma_table_info('poll_answers')").pluck().all();
    expect(columns).toEqual(['session_id', 'poll_id', 'answers']);
    // No rowid: nothing numbers rows in the order they were written.
    expect(() => db.prepare('SELECT rowid FROM poll_answers').all()).toThrow();
    db.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('refuses a data file written by a newer schema instead of corrupting it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pb-store-'));
    const db = new Database(join(dir, DATABASE_FILE));
    db.pragma('user_version = 99');
    db.close();
    expect(() => new SqliteSessionStore({ dir })).toThrow(/schema version 99/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves no deleted answer in the file or its log', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pb-store-'));
    const store = new SqliteSessionStore({ dir });
    const record = {
      version: 1 as const,
      id: 'session-000000000001',
      joinCode: 'ABCDEF',
      settings: { language: 'en' as const, country: 'BE' },
      facilitatorKeyDigest: 'digest',
      createdAt: 1,
      lastActivityAt: 1,
      ended: null,
      openPollId: null,
      polls: [],
      moderation: { entries: [] },
    };
    const secret = 'a-very-recognisable-answer-text';
    await store.commit([
      { kind: 'record', record },
      {
        kind: 'answer',
        sessionId: record.id,
        pollId: 'q',
        ballotKey: 'f'.repeat(64),
        answer: { kind: 'open', text: secret },
      },
    ]);
    const files = () =>
      [DATABASE_FILE, `${DATABASE_FILE}-wal`].map((name) => {
        try {
          return readFileSync(join(dir, name)).toString('latin1');
        } catch {
          return '';
        }
      });
    expect(files().some((text) => text.includes(secret))).toBe(true);
    await store.commit([{ kind: 'drop-answers', sessionId: record.id }]);
    expect(files().some((text) => text.includes(secret) || text.includes('f'.repeat(64)))).toBe(false);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

const keyOf = (n: number) => createHash('sha256').update(`student ${n}`).digest('hex');

describe('the SQLite files hold no order of arrival', () => {
  // 40 students answer an open question and 12 ask a question, one commit each, as the transport does it.
  it('lists ballot keys and texts in every file in an order that does not depend on when they came', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pb-store-'));
    const store = new SqliteSessionStore({ dir });
    const { session } = Session.start({ language: 'en', country: 'BE' }, 1_000, {
      random: (length) => crypto.getRandomValues(new Uint8Array(length)),
      flagText: () => [],
    });
    const poll = definePoll({ id: 'advice', kind: 'open', question: 'Your advice?', minResponses: 0 });
    session.openPoll(poll, 2_000);
    const record = (): SessionWrite => ({ kind: 'record', record: splitSnapshot(session.snapshot()).record });
    await store.commit([record()]);

    // Arrival order: neither sorted nor reverse-sorted, so the test tells them apart.
    const arrivals = Array.from({ length: 40 }, (_, n) => keyOf((n * 17) % 40));
    expect([...arrivals].sort()).not.toEqual(arrivals);
    const questions = Array.from({ length: 12 }, (_, n) => `question number ${String(n).padStart(2, '0')} for you`);
    const answerText = (key: string) => `advice from ${key.slice(0, 6)}`;
    const checkFiles = () => {
      // The log is emptied after every commit: no copy of earlier versions, one after another.
      expect(readFileSync(join(dir, `${DATABASE_FILE}-wal`))).toHaveLength(0);
      for (const { name, text } of rawPages(dir)) {
        const keys = orderIn(text, arrivals);
        expect(keys, `ballot keys in ${name}`).toEqual([...keys].sort());
        // Whatever texts the file holds appear in the order of their random entry ids.
        const ids = new Map(session.moderationEntries().map((entry) => [entry.text, entry.id]));
        const texts = orderIn(text, questions);
        expect(texts, `questions in ${name}`).toEqual([...texts].sort((a, b) => (ids.get(a)! < ids.get(b)! ? -1 : 1)));
      }
    };

    for (const [n, key] of arrivals.entries()) {
      const answer = { kind: 'open' as const, text: answerText(key) };
      const submitted = session.submitAnswer('advice', key, answer, 3_000 + n);
      expect(submitted.ok).toBe(true);
      await store.commit([
        record(),
        { kind: 'answer', sessionId: session.id, pollId: 'advice', ballotKey: key, answer },
      ]);
      if (n < questions.length) {
        session.askQuestion(questions[n], 3_000 + n);
        await store.commit([record()]);
      }
      if (n % 7 === 0) checkFiles();
    }
    checkFiles();

    // No moderation id tells which text came first: random, and not numbered by a stored counter.
    // Nothing was lost for it.
    const stored = (await store.load(session.id))!;
    expect(stored).toEqual(session.snapshot());
    expect(stored.polls[0].answers).toHaveLength(arrivals.length);
    expect(stored.moderation).not.toHaveProperty('nextId');
    const ids = stored.moderation.entries.map((entry) => entry.id);
    expect(ids.every((id) => /^e[A-Za-z0-9_-]{12}$/.test(id))).toBe(true);
    expect(ids).toEqual([...ids].sort());
    const arrivalIds = questions.map((text) => stored.moderation.entries.find((entry) => entry.text === text)!.id);
    expect(arrivalIds).not.toEqual([...arrivalIds].sort());
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('rewrites a file of the earlier layout (an answer per row, numbered entries) in the new one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pb-store-'));
    const db = new Database(join(dir, DATABASE_FILE));
    db.exec(`
      CREATE TABLE sessions (id TEXT PRIMARY KEY, join_code TEXT NOT NULL, last_activity_at INTEGER NOT NULL,
        record TEXT NOT NULL) WITHOUT ROWID;
      CREATE TABLE answers (session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        poll_id TEXT NOT NULL, ballot_key TEXT NOT NULL, answer TEXT NOT NULL,
        PRIMARY KEY (session_id, poll_id, ballot_key)) WITHOUT ROWID;
    `);
    const { session } = Session.start({ language: 'en', country: 'BE' }, 1_000, {
      random: (length) => crypto.getRandomValues(new Uint8Array(length)),
      flagText: () => [],
    });
    session.openPoll(definePoll({ id: 'advice', kind: 'open', question: 'Your advice?', minResponses: 0 }), 2_000);
    const { record } = splitSnapshot(session.snapshot());
    const entry = (id: string, text: string) => ({
      id,
      source: 'question' as const,
      pollId: null,
      text,
      count: 1,
      status: 'approved' as const,
      flags: [],
    });
    const old = { ...record, moderation: { nextId: 3, entries: [entry('e1', 'first?'), entry('e2', 'second?')] } };
    db.prepare('INSERT INTO sessions VALUES (?, ?, ?, ?)').run(session.id, session.joinCode, 1, JSON.stringify(old));
    for (const n of [2, 1]) {
      const answer = JSON.stringify({ kind: 'open', text: `answer ${n}` });
      db.prepare('INSERT INTO answers VALUES (?, ?, ?, ?)').run(session.id, 'advice', keyOf(n), answer);
    }
    db.pragma('user_version = 1');
    db.close();

    const store = new SqliteSessionStore({ dir });
    const loaded = (await store.load(session.id))!;
    expect(loaded.polls[0].answers).toEqual(
      [1, 2].map((n) => [keyOf(n), { kind: 'open', text: `answer ${n}` }]).sort(([a], [b]) => (a < b ? -1 : 1)),
    );
    expect(loaded.moderation.entries.map((e) => e.text).sort()).toEqual(['first?', 'second?']);
    expect(loaded.moderation.entries.every((e) => /^e[A-Za-z0-9_-]{12}$/.test(e.id))).toBe(true);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
