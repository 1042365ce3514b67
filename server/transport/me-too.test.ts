/**
 * "Me too" on approved questions through a real server and real clients: once per phone and question, counts in
 * the console sorted, hidden from the group under the minimum, nothing in the store that ties a "me too" to a seat,
 * to another question's "me too" or to the asker; and two consoles deciding the same entry at once.
 */
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { meTooBoxId } from '../../protocol/questions';
import { seatDigest } from '../domain';
import {
  connect,
  connected,
  disconnectAll,
  Inbox,
  Phone,
  removeDir,
  request,
  startSession,
  startTestServer,
  tempDir,
  type TestServer,
  sharedTestServer,
  classOf,
} from './test-harness';

// Every update goes out as it happens, so a test waits for the state it expects, never for a timer.
const server = sharedTestServer({ limits: { tallyIntervalMs: 0, presenceIntervalMs: 0 } });

/** A session with `phones` seated phones and the given questions asked and approved. */
async function classWithQuestions(count: number, texts: readonly string[]) {
  const { facilitator, phones } = await classOf(server.url, count);
  const ids: string[] = [];
  for (const text of texts) {
    expect(await request(phones[0]!.socket, 'question:ask', { text })).toEqual({ ok: true });
    const { entry } = await facilitator.inbox.waitFor('moderation:queued', ({ entry }) => entry.text === text);
    expect(await request(facilitator.socket, 'moderation:approve', { entryId: entry.id })).toEqual({ ok: true });
    ids.push(entry.id);
  }
  await facilitator.inbox.waitFor('questions:updated', ({ questions }) => questions.length === texts.length);
  return { facilitator, phones, ids };
}

describe('"me too" on approved questions', () => {
  it('counts one per phone and question, sorts the console by it, and shows the group only from five', async () => {
    const { facilitator, phones, ids } = await classWithQuestions(6, ['Is it illegal?', 'Can they find me?']);
    const [illegal, findMe] = ids as [string, string];
    // Phones see the approved questions as the group does: no exact count.
    const shown = await phones[5]!.inbox.waitFor('questions:shown', ({ questions }) => questions.length === 2);
    expect(shown.questions.map((q) => Object.keys(q).sort())).toEqual([
      ['count', 'id', 'meToo', 'text'],
      ['count', 'id', 'meToo', 'text'],
    ]);

    for (const phone of phones.slice(0, 2)) expect(await phone.meToo(illegal)).toEqual({ ok: true, counted: true });
    for (const phone of phones.slice(0, 5)) expect(await phone.meToo(findMe)).toEqual({ ok: true, counted: true });
    // Sent again (a lost acknowledgement): counted once.
    expect(await phones[0]!.meToo(findMe)).toEqual({ ok: true, counted: false });

    const { questions } = await facilitator.inbox.waitFor(
      'questions:updated',
      ({ questions }) => questions.length === 2 && questions.every((q) => q.meTooCount === (q.id === findMe ? 5 : 2)),
    );
    // In the order they came (the console sorts by the exact count; the presenter must not order by it).
    expect(questions.map(({ text, meTooCount, meToo }) => [text, meTooCount, meToo])).toEqual([
      ['Is it illegal?', 2, null],
      ['Can they find me?', 5, 5],
    ]);
    const group = await phones[5]!.inbox.waitFor('questions:shown', ({ questions }) => questions[0]?.meToo === 5);
    expect(group.questions.map(({ text, meToo }) => [text, meToo])).toEqual([
      ['Can they find me?', 5],
      ['Is it illegal?', null],
    ]);
    expect(JSON.stringify(group)).not.toContain('meTooCount');
  });

  it('refuses a "me too" without a signed ballot of that question, on a pending question, or twice per seat', async () => {
    const { facilitator, phones, ids } = await classWithQuestions(2, ['Is it illegal?']);
    const [phone, other] = phones as [Phone, Phone];
    const ballot = await phone.ballot(meTooBoxId(ids[0]!));
    // Another question's signature, or none that verifies, counts for nothing.
    await request(other.socket, 'question:ask', { text: 'Still pending?' });
    const { entry } = await facilitator.inbox.waitFor(
      'moderation:queued',
      ({ entry }) => entry.text === 'Still pending?',
    );
    expect(await request(other.socket, 'question:me-too', { questionId: entry.id, ...ballot })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await request(other.socket, 'ballot:key', { pollId: meTooBoxId(entry.id) })).toMatchObject({
      error: { code: 'not_found' },
    });
    const forged = { ...ballot, ballotKey: 'f'.repeat(64) };
    expect(await request(other.socket, 'question:me-too', { questionId: ids[0]!, ...forged })).toMatchObject({
      error: { code: 'forbidden' },
    });
    // A seat gets one signature per question: a second, different request is refused.
    const key = await request(phone.socket, 'ballot:key', { pollId: meTooBoxId(ids[0]!) });
    expect(key.ok).toBe(true);
    expect(await request(phone.socket, 'ballot:sign', { pollId: meTooBoxId(ids[0]!), blinded: '02' })).toMatchObject({
      ok: false,
    });
    // A deck cannot open a poll in the boxes' names.
    expect(
      await request(facilitator.socket, 'poll:open', {
        poll: { id: meTooBoxId('x'), kind: 'open', question: 'Sneaky?' },
      }),
    ).toMatchObject({ error: { code: 'invalid_payload' } });
  });

  it('keeps nothing in the SQLite file that ties a "me too" to a seat, another question or the asker', async () => {
    const { facilitator, phones, ids } = await classWithQuestions(3, ['Is it illegal?', 'Can they find me?']);
    for (const phone of phones) expect(await phone.meToo(ids[0]!)).toMatchObject({ ok: true });
    for (const phone of phones.slice(1)) expect(await phone.meToo(ids[1]!)).toMatchObject({ ok: true });
    await server.app.polling.idle();

    const db = new Database(server.store.path, { readonly: true });
    const rows = db
      .prepare<[string], { poll_id: string; answers: string }>(
        'SELECT poll_id, answers FROM poll_answers WHERE session_id = ? ORDER BY poll_id',
      )
      .all(facilitator.sessionId);
    const record = (
      db.prepare('SELECT record FROM sessions WHERE id = ?').get(facilitator.sessionId) as {
        record: string;
      }
    ).record;
    db.close();
    const boxes = new Map(rows.map((row) => [row.poll_id, JSON.parse(row.answers) as [string, unknown][]]));
    const keysOf = (id: string) => boxes.get(meTooBoxId(id))!.map(([key]) => key);
    // Each box: its ballot keys sorted (no order of arrival), one per phone.
    expect(keysOf(ids[0]!)).toEqual([...keysOf(ids[0]!)].sort());
    expect(keysOf(ids[0]!)).toHaveLength(3);
    expect(keysOf(ids[1]!)).toHaveLength(2);
    // No ballot key in two boxes: a phone's two "me too"s share nothing.
    expect(keysOf(ids[0]!).filter((key) => keysOf(ids[1]!).includes(key))).toEqual([]);
    // No seat, as shown or as stored, next to them, and the entries name no sender.
    const file = readFileSync(server.store.path).toString('latin1');
    for (const phone of phones) {
      expect(file).not.toContain(phone.seat);
      expect(file).not.toContain(phone.secret);
      const digest = seatDigest(phone.seat);
      expect(rows.some((row) => row.answers.includes(digest))).toBe(false);
    }
    // The record holds the boxes' keys and no ballot key; the moderation entries hold a count, no seat.
    for (const key of [...keysOf(ids[0]!), ...keysOf(ids[1]!)]) expect(record).not.toContain(key);

    // The session ends: the counts stay for the facilitator, the ballot keys go.
    expect(await request(facilitator.socket, 'session:end', {})).toEqual({ ok: true });
    await server.app.polling.idle();
    const after = new Database(server.store.path, { readonly: true });
    const left = after
      .prepare('SELECT count(*) AS n FROM poll_answers WHERE session_id = ?')
      .get(facilitator.sessionId);
    after.close();
    expect(left).toEqual({ n: 0 });
    const screen = connect(server.url);
    await connected(screen);
    const updates = new Promise<{ questions: { meTooCount: number }[] }>((resolve) =>
      screen.once('questions:updated', resolve),
    );
    await request(screen, 'session:join', {
      joinCode: facilitator.joinCode,
      facilitatorKey: facilitator.facilitatorKey,
    });
    expect((await updates).questions.map((q) => q.meTooCount)).toEqual([3, 2]);
  });
});

describe('"me too" across a restart', () => {
  it('keeps the counts and each phone\'s one "me too" when the server starts again on the same data', async () => {
    const dataDir = tempDir('pb-me-too-restart-');
    let first: TestServer | undefined = await startTestServer({ dataDir, limits: { tallyIntervalMs: 0 } });
    try {
      const facilitator = await startSession(first.url);
      const phones = [new Phone(first.url), new Phone(first.url)];
      for (const phone of phones) await phone.join(facilitator.joinCode);
      await request(phones[0]!.socket, 'question:ask', { text: 'Is it illegal to pay?' });
      const { entry } = await facilitator.inbox.waitFor('moderation:queued');
      await request(facilitator.socket, 'moderation:approve', { entryId: entry.id });
      for (const phone of phones) expect(await phone.meToo(entry.id)).toEqual({ ok: true, counted: true });
      await first.app.polling.idle();
      disconnectAll();
      await first.stop();
      first = undefined;

      const second = await startTestServer({ dataDir, limits: { tallyIntervalMs: 0 } });
      try {
        // The same phones (same secrets) come back: their "me too" is there, and sending it again counts once.
        const again = new Phone(second.url, { secret: phones[0]!.secret });
        expect(await again.join(facilitator.joinCode)).toMatchObject({ ok: true });
        expect(await again.meToo(entry.id)).toEqual({ ok: true, counted: false });
        const screen = connect(second.url);
        const inbox = new Inbox(screen);
        await connected(screen);
        await request(screen, 'session:join', {
          joinCode: facilitator.joinCode,
          facilitatorKey: facilitator.facilitatorKey,
        });
        const { questions } = await inbox.waitFor('questions:updated', (u) => u.questions.length === 1);
        expect(questions[0]).toMatchObject({ text: 'Is it illegal to pay?', meTooCount: 2, meToo: null });
      } finally {
        disconnectAll();
        await second.stop();
      }
    } finally {
      await first?.stop();
      removeDir(dataDir);
    }
  });
});

/** Another facilitator screen (a second console) joined with the given key. */
async function secondScreen(joinCode: string, facilitatorKey: string) {
  const socket = connect(server.url);
  const inbox = new Inbox(socket);
  await connected(socket);
  expect(await request(socket, 'session:join', { joinCode, facilitatorKey })).toMatchObject({ ok: true });
  return { socket, inbox };
}

describe('two facilitator consoles', () => {
  it('approving the same entry at the same moment approves it once, and both consoles agree', async () => {
    const facilitator = await startSession(server.url);
    const second = await secondScreen(facilitator.joinCode, facilitator.facilitatorKey);
    const phone = new Phone(server.url);
    await phone.join(facilitator.joinCode);
    await request(phone.socket, 'question:ask', { text: 'Who do I tell?' });
    const { entry } = await facilitator.inbox.waitFor('moderation:queued');
    await second.inbox.waitFor('moderation:queued', (queued) => queued.entry.id === entry.id);

    const acks = await Promise.all([
      request(facilitator.socket, 'moderation:approve', { entryId: entry.id }),
      request(second.socket, 'moderation:approve', { entryId: entry.id }),
    ]);
    expect(acks).toEqual([{ ok: true }, { ok: true }]);
    await server.app.polling.idle();
    for (const screen of [facilitator, second]) {
      await screen.inbox.waitFor('questions:updated', ({ questions }) => questions.length === 1);
      const updates = screen.inbox.all('moderation:updated').filter((u) => u.entry.id === entry.id);
      expect(updates.map((u) => u.entry.status)).toEqual(['approved']);
    }
    const stored = await server.store.load(facilitator.sessionId);
    expect(stored!.moderation.entries.filter((e) => e.id === entry.id).map((e) => e.status)).toEqual(['approved']);
    expect(stored!.meToo).toHaveLength(1);
  });
});
