/**
 * Paper answer cards in a live class session (ADR 17): the presenter sends the scanned counts, the server adds
 * them to the open poll's phones, once per batch, and keeps them over a restart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../protocol/limits';
import {
  classOf,
  connect,
  connected,
  disconnectAll,
  Inbox,
  rawRequest,
  removeDir,
  request,
  singlePoll,
  startTestServer,
  type TestServer,
} from './test-harness';

let server: TestServer;
const batch = (n: number) => `batch${String(n).padStart(17, '0')}`;

beforeAll(async () => {
  server = await startTestServer({ limits: { tallyIntervalMs: 0, presenceIntervalMs: 0 } });
});

afterAll(async () => {
  disconnectAll();
  await server.stop();
  removeDir(server.dataDir);
});

/** A session with `phones` phones that answered the open poll `q` (good, meh, bad) with "good". */
async function liveClass(phones: number) {
  const { facilitator, phones: students } = await classOf(server.url, phones);
  await request(facilitator.socket, 'poll:open', { poll: singlePoll('q') });
  for (const phone of students) await phone.answer('q', { kind: 'single', optionId: 'good' });
  return { facilitator, students };
}

describe('paper answer cards in a live poll', () => {
  it('adds the cards to the phones once, even when the same batch is sent again', async () => {
    const { facilitator } = await liveClass(3);
    const first = await request(facilitator.socket, 'poll:paper-counts', {
      pollId: 'q',
      counts: [10, 15, 5],
      batchId: batch(1),
    });
    expect(first).toEqual({ ok: true, added: true });
    // The acknowledgement was lost: the presenter sends the batch again.
    const again = await request(facilitator.socket, 'poll:paper-counts', {
      pollId: 'q',
      counts: [10, 15, 5],
      batchId: batch(1),
    });
    expect(again).toEqual({ ok: true, added: false });
    const counted = await facilitator.inbox.waitFor('tally:updated', ({ view }) => view.answerCount === 33);
    expect(counted.view.paperCount).toBe(30);

    expect(await request(facilitator.socket, 'poll:reveal', { pollId: 'q' })).toEqual({ ok: true });
    const { view } = await facilitator.inbox.waitFor('results:revealed');
    expect(view.results).toEqual({
      state: 'shown',
      tally: {
        kind: 'single',
        counts: [
          { optionId: 'good', count: 13 },
          { optionId: 'meh', count: 15 },
          { optionId: 'bad', count: 5 },
        ],
      },
    });

    // The export counts them too; nothing per card is stored, only the totals and the batch ids.
    const exported = await request(facilitator.socket, 'session:export', { format: 'json' });
    expect(exported.ok && exported.body).toContain('"count": 15');
    await server.app.polling.idle();
    const stored = (await server.store.load(facilitator.sessionId))!.polls[0];
    expect(stored.paper).toEqual({ counts: [10, 15, 5], batches: [batch(1)] });
  });

  it('reaches the minimum number of answers with cards alone', async () => {
    const { facilitator } = await liveClass(0);
    await request(facilitator.socket, 'poll:reveal', { pollId: 'q' });
    await request(facilitator.socket, 'poll:paper-counts', { pollId: 'q', counts: [2, 2, 2], batchId: batch(2) });
    const { view } = await facilitator.inbox.waitFor('tally:updated', ({ view }) => view.answerCount === 6);
    expect(view.results.state).toBe('shown');
  });

  it('refuses cards from a student, for a closed poll, and past the bounds', async () => {
    const { facilitator, students } = await liveClass(1);
    const send = (counts: number[], id: number, socket = facilitator.socket) =>
      rawRequest(socket, 'poll:paper-counts', { pollId: 'q', counts, batchId: batch(id) });

    expect(await send([1, 1, 1], 10, students[0].socket)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send([41, 0, 0], 11)).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await send([20, 20, 1], 12)).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await send([1, -1, 0], 13)).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await send([1, 2], 14)).toMatchObject({ ok: false, error: { code: 'invalid_answer' } });
    // The poll's own cap: a dozen full batches is more than any room holds.
    const full = Math.floor(LIMITS.paperAnswersPerPoll / LIMITS.paperCardsPerBatch);
    for (let n = 0; n < full; n++) expect(await send([40, 0, 0], 100 + n)).toEqual({ ok: true, added: true });
    expect(await send([40, 0, 0], 99)).toMatchObject({ ok: false, error: { code: 'conflict' } });

    await request(facilitator.socket, 'poll:close', { pollId: 'q' });
    expect(await send([1, 0, 0], 15)).toMatchObject({ ok: false, error: { code: 'poll_closed' } });
    await server.app.polling.idle();
    const stored = (await server.store.load(facilitator.sessionId))!.polls[0];
    expect(stored.paper?.counts).toEqual([full * 40, 0, 0]);
  });
});

describe('paper answer cards over a restart', () => {
  it('keeps the cards’ counts and their batch ids', async () => {
    const { facilitator } = await liveClass(2);
    await request(facilitator.socket, 'poll:paper-counts', { pollId: 'q', counts: [0, 4, 3], batchId: batch(3) });
    await server.app.polling.idle();
    disconnectAll();
    const { dataDir, port } = server;
    await server.stop();
    server = await startTestServer({ dataDir, port, limits: { tallyIntervalMs: 0, presenceIntervalMs: 0 } });

    const socket = connect(server.url);
    const inbox = new Inbox(socket);
    await connected(socket);
    await request(socket, 'session:join', {
      joinCode: facilitator.joinCode,
      facilitatorKey: facilitator.facilitatorKey,
    });
    // The same batch again after the restart adds nothing.
    expect(await request(socket, 'poll:paper-counts', { pollId: 'q', counts: [0, 4, 3], batchId: batch(3) })).toEqual({
      ok: true,
      added: false,
    });
    await request(socket, 'poll:reveal', { pollId: 'q' });
    const { view } = await inbox.waitFor('results:revealed');
    expect(view).toMatchObject({ answerCount: 9, paperCount: 7 });
    expect(view.results).toMatchObject({
      tally: { counts: [{ count: 2 }, { count: 4 }, { count: 3 }] },
    });
  });
});
