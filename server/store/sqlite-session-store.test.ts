import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { describeSessionStoreContract } from './session-store.contract';
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
    const columns = db.prepare("SELECT name FROM pragma_table_info('answers')").pluck().all();
    expect(columns).toEqual(['session_id', 'poll_id', 'ballot_key', 'answer']);
    // No rowid: the table is ordered by its key, not by arrival.
    expect(() => db.prepare('SELECT rowid FROM answers').all()).toThrow();
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
      moderation: { nextId: 1, entries: [] },
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
