import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../store/sqlite-session-store';
import { request, singlePoll, startSession, sharedTestServer, seatedPhones } from './test-harness';

// All phones come from 127.0.0.1: the per-address limits are tested on servers of their own.
const server = sharedTestServer({ limits: { addressSeatBurst: 1000, addressJoinBurst: 1000 } });

describe('an answer to a closed poll', () => {
  it('is refused as poll_closed (the join page’s “closed before your answer arrived”), whatever ballot it carries', async () => {
    const facilitator = await startSession(server.url);
    await request(facilitator.socket, 'poll:open', { poll: singlePoll('q', 0) });
    const [phone, other] = await seatedPhones(server.url, facilitator.joinCode, 2);
    const answer = { kind: 'single', optionId: 'good' } as const;
    expect(await phone.submit('q', answer)).toMatchObject({ ok: true });
    const othersBallot = await other.ballot('q');

    await request(facilitator.socket, 'poll:close', { pollId: 'q' });
    await phone.inbox.waitFor('poll:closed', ({ pollId }) => pollId === 'q');
    // This connection's own ballot, and another valid one (a second tab, a phone whose storage was cleared).
    for (const ballot of [await phone.ballot('q').catch(() => null), othersBallot]) {
      if (!ballot) continue;
      expect(await request(phone.socket, 'answer:submit', { pollId: 'q', ...ballot, answer })).toMatchObject({
        ok: false,
        error: { code: 'poll_closed' },
      });
    }
    expect(await request(other.socket, 'answer:submit', { pollId: 'q', ...othersBallot, answer })).toMatchObject({
      ok: false,
      error: { code: 'poll_closed' },
    });
  });
});

describe('half a character (a lone UTF-16 surrogate) in free text', () => {
  it('reaches the moderation queue and the store as U+FFFD, never as is', async () => {
    const facilitator = await startSession(server.url);
    await request(facilitator.socket, 'poll:open', {
      poll: { id: 'words', kind: 'wordcloud', question: 'One word?', minResponses: 0 },
    });
    const [phone] = await seatedPhones(server.url, facilitator.joinCode, 1);
    expect(await request(phone.socket, 'question:ask', { text: 'Is it \uD83D my fault?' })).toEqual({ ok: true });
    await phone.answer('words', { kind: 'wordcloud', entries: ['brave\uDE00'] });

    const question = await facilitator.inbox.waitFor('moderation:queued', ({ entry }) => entry.source === 'question');
    const word = await facilitator.inbox.waitFor('moderation:queued', ({ entry }) => entry.source === 'wordcloud');
    expect(question.entry.text).toBe('Is it \uFFFD my fault?');
    expect(word.entry.text).toBe('brave\uFFFD');

    await server.app.polling.idle();
    const db = new Database(join(server.dataDir, DATABASE_FILE), { readonly: true });
    const record = db.prepare('SELECT record FROM sessions WHERE id = ?').pluck().get(facilitator.sessionId) as string;
    const answers = db
      .prepare('SELECT answers FROM poll_answers WHERE session_id = ?')
      .pluck()
      .all(facilitator.sessionId);
    db.close();
    for (const stored of [record, ...(answers as string[])]) {
      expect(stored.isWellFormed()).toBe(true);
      expect(stored).not.toMatch(/\\ud[89a-f][0-9a-f]{2}/i);
    }
    expect(record).toContain('Is it \uFFFD my fault?');
    expect(answers.join('')).toContain('brave\uFFFD');
  });
});
