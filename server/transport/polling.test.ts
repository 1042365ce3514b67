import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blindBallot, newDeviceSecret } from '../../app/student-keys';
import {
  connect,
  connected,
  disconnectAll,
  Inbox,
  Phone,
  removeDir,
  request,
  singlePoll,
  sleep,
  startSession,
  startTestServer,
  TEST_USER_AGENT,
  sharedTestServer,
  seatedPhones,
} from './test-harness';

// Every phone of every test here comes from 127.0.0.1: room for them all; the per-address seat and join
// limits are tested on servers of their own.
const server = sharedTestServer({ limits: { addressSeatBurst: 1000, addressJoinBurst: 1000 } });

/** Every file of the data folder (database and write-ahead log), as text to search. */
function dataFiles(dir: string): string {
  return readdirSync(dir)
    .map((name) => readFileSync(join(dir, name)).toString('latin1'))
    .join('\n');
}

describe('a class of 30 answering a poll', () => {
  it('joins by code, answers, and the facilitator sees the counts live, results hidden until revealed', async () => {
    const facilitator = await startSession(server.url);
    const students = await seatedPhones(server.url, facilitator.joinCode.toLowerCase(), 30);
    await facilitator.inbox.waitFor('presence:changed', ({ students: count }) => count === 30);

    const opened = await request(facilitator.socket, 'poll:open', { poll: singlePoll() });
    expect(opened).toEqual({ ok: true, pollId: 'mood' });
    await Promise.all(students.map((phone) => phone.inbox.waitFor('poll:opened')));
    expect(students[0].inbox.last('poll:opened')?.poll.id).toBe('mood');

    const choices = ['good', 'meh', 'bad'];
    await Promise.all(students.map((phone, i) => phone.answer('mood', { kind: 'single', optionId: choices[i % 3] })));
    const live = await facilitator.inbox.waitFor('tally:updated', ({ view }) => view.answerCount === 30);
    expect(live.view).toMatchObject({ pollId: 'mood', status: 'open', revealed: false, results: { state: 'hidden' } });

    await request(facilitator.socket, 'poll:reveal', { pollId: 'mood' });
    const revealed = await facilitator.inbox.waitFor('results:revealed');
    expect(revealed.view.results).toEqual({
      state: 'shown',
      tally: {
        kind: 'single',
        counts: [
          { optionId: 'good', count: 10 },
          { optionId: 'meh', count: 10 },
          { optionId: 'bad', count: 10 },
        ],
      },
    });
    // Students never hear the tallies, nor anything meant for the facilitator screens.
    for (const phone of students) {
      expect(phone.inbox.events.map((event) => event.name)).toEqual(['poll:opened']);
    }
  });

  it('counts students present, and fewer when one leaves', async () => {
    const facilitator = await startSession(server.url);
    const students = await seatedPhones(server.url, facilitator.joinCode, 3);
    await facilitator.inbox.waitFor('presence:changed', ({ students: count }) => count === 3);
    students[0].socket.disconnect();
    await facilitator.inbox.waitFor('presence:changed', ({ students: count }) => count === 2);
  });

  it('lets a phone on long-polling (WebSocket blocked) join and answer', async () => {
    const facilitator = await startSession(server.url);
    await request(facilitator.socket, 'poll:open', { poll: singlePoll('q', 0) });
    const phone = new Phone(server.url, { transports: ['polling'] });
    const joined = await phone.join(facilitator.joinCode);
    expect(joined).toMatchObject({ ok: true, role: 'student', poll: { id: 'q' }, seat: 'seated' });
    const ack = await phone.submit('q', { kind: 'single', optionId: 'good' });
    expect(ack).toEqual({ ok: true, pollId: 'q', replaced: false });
    expect(phone.sessionId).toBe(facilitator.sessionId);
  });
});

describe('one answer per ballot', () => {
  it('counts a ballot once, lets it change its answer until the poll closes', async () => {
    const facilitator = await startSession(server.url);
    const [phone] = await seatedPhones(server.url, facilitator.joinCode, 1);
    await request(facilitator.socket, 'poll:open', { poll: singlePoll('q', 0) });
    await request(facilitator.socket, 'poll:reveal', { pollId: 'q' });
    const send = (optionId: string) => phone.submit('q', { kind: 'single', optionId });

    expect(await send('good')).toEqual({ ok: true, pollId: 'q', replaced: false });
    expect(await send('bad')).toEqual({ ok: true, pollId: 'q', replaced: true });
    // The same phone on another connection (it reconnected, or a second tab): same seat, same ballot.
    const again = new Phone(server.url, { secret: phone.secret });
    expect(await again.join(facilitator.joinCode)).toMatchObject({ ok: true, seat: 'seated' });
    expect(await again.submit('q', { kind: 'single', optionId: 'meh' })).toEqual({
      ok: true,
      pollId: 'q',
      replaced: true,
    });

    const tally = await facilitator.inbox.waitFor('tally:updated', ({ view }) =>
      view.results.state === 'shown' && view.results.tally.kind === 'single'
        ? view.results.tally.counts.find((c) => c.optionId === 'meh')?.count === 1
        : false,
    );
    expect(tally.view.answerCount).toBe(1);

    const signed = await phone.ballot('q');
    const answer = { kind: 'single', optionId: 'good' } as const;
    await request(facilitator.socket, 'poll:close', { pollId: 'q' });
    await phone.inbox.waitFor('poll:closed', ({ pollId }) => pollId === 'q');
    expect(await request(phone.socket, 'answer:submit', { pollId: 'q', ...signed, answer })).toMatchObject({
      ok: false,
      error: { code: 'poll_closed' },
    });
  });

  it('refuses a second ballot for the same poll from one seat, and ballots the poll did not sign', async () => {
    const facilitator = await startSession(server.url);
    const [phone] = await seatedPhones(server.url, facilitator.joinCode, 1);
    await request(facilitator.socket, 'poll:open', { poll: singlePoll('q', 0) });
    const answer = { kind: 'single', optionId: 'good' } as const;
    expect(await phone.submit('q', answer)).toMatchObject({ ok: true });
    // Another ballot key blinded for the same seat: no signature for it.
    const { modulus } = (await request(phone.socket, 'ballot:key', { pollId: 'q' })) as { modulus: string };
    const other = blindBallot(newDeviceSecret(), phone.sessionId!, 'q', modulus);
    expect(await request(phone.socket, 'ballot:sign', { pollId: 'q', blinded: other.blinded })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    // A ballot key with a made-up signature, or with this phone's signature on another key: not counted.
    const signed = await phone.ballot('q');
    for (const forged of [
      { ballotKey: '2'.repeat(64), signature: signed.signature },
      { ballotKey: other.ballotKey, signature: 'ab'.repeat(modulus.length / 2) },
    ]) {
      expect(await request(phone.socket, 'answer:submit', { pollId: 'q', ...forged, answer })).toMatchObject({
        ok: false,
      });
    }
    await request(facilitator.socket, 'poll:reveal', { pollId: 'q' });
    expect((await facilitator.inbox.waitFor('results:revealed')).view.answerCount).toBe(1);
  });
});

describe('privacy rules on the wire', () => {
  it('shows results only once revealed and past the minimum number of answers', async () => {
    const facilitator = await startSession(server.url);
    const students = await seatedPhones(server.url, facilitator.joinCode, 5);
    await request(facilitator.socket, 'poll:open', { poll: singlePoll('q', 5) });
    await Promise.all(students.slice(0, 3).map((p) => p.answer('q', { kind: 'single', optionId: 'good' })));
    await request(facilitator.socket, 'poll:reveal', { pollId: 'q' });
    const revealed = await facilitator.inbox.waitFor('results:revealed');
    expect(revealed.view.results).toEqual({ state: 'needs_more', needed: 2 });

    await Promise.all(students.slice(3).map((p) => p.answer('q', { kind: 'single', optionId: 'bad' })));
    const shown = await facilitator.inbox.waitFor('tally:updated', ({ view }) => view.results.state === 'shown');
    expect(shown.view.answerCount).toBe(5);
  });

  it('never shows a free text before the facilitator approves it', async () => {
    const facilitator = await startSession(server.url);
    const students = await seatedPhones(server.url, facilitator.joinCode, 2);
    await request(facilitator.socket, 'poll:open', {
      poll: { id: 'advice', kind: 'open', question: 'Your advice?', minResponses: 0 },
    });
    await request(facilitator.socket, 'poll:reveal', { pollId: 'advice' });
    await students[0].answer('advice', { kind: 'open', text: 'Talk to an adult you trust' });
    await students[1].answer('advice', { kind: 'open', text: 'call me on 0470 12 34 56' });

    const queued = await facilitator.inbox.waitFor('moderation:queued', ({ entry }) => entry.text.includes('0470'));
    expect(queued.entry.flags.map((flag) => flag.kind)).toContain('phone');
    const before = await facilitator.inbox.waitFor('tally:updated', ({ view }) => view.answerCount === 2);
    expect(before.view.results).toEqual({ state: 'shown', tally: { kind: 'open', texts: [] } });

    const good = facilitator.inbox.all('moderation:queued').find(({ entry }) => entry.text.startsWith('Talk'))!;
    expect(await request(facilitator.socket, 'moderation:approve', { entryId: good.entry.id })).toEqual({ ok: true });
    expect(await request(facilitator.socket, 'moderation:reject', { entryId: queued.entry.id })).toEqual({ ok: true });
    const after = await facilitator.inbox.waitFor(
      'tally:updated',
      ({ view }) =>
        view.results.state === 'shown' && view.results.tally.kind === 'open' && view.results.tally.texts.length > 0,
    );
    expect(after.view.results).toEqual({
      state: 'shown',
      tally: { kind: 'open', texts: [{ text: 'Talk to an adult you trust', count: 1 }] },
    });
    for (const phone of students) {
      expect(phone.inbox.events.some((event) => event.name.startsWith('moderation'))).toBe(false);
    }
  });

  it('keeps the question box for the facilitator until a question is approved', async () => {
    const facilitator = await startSession(server.url);
    const [student] = await seatedPhones(server.url, facilitator.joinCode, 1);
    expect(await request(student.socket, 'question:ask', { text: '  Is it my fault?  ' })).toEqual({ ok: true });
    const { entry } = await facilitator.inbox.waitFor('moderation:queued', (e) => e.entry.source === 'question');
    expect(entry).toMatchObject({ text: 'Is it my fault?', status: 'pending', pollId: null, count: 1 });
    expect(facilitator.inbox.all('questions:updated').some((q) => q.questions.length > 0)).toBe(false);

    await request(facilitator.socket, 'moderation:approve', { entryId: entry.id });
    await facilitator.inbox.waitFor('questions:updated', ({ questions }) => questions.length === 1);
    await request(facilitator.socket, 'moderation:reject', { entryId: entry.id });
    await facilitator.inbox.waitFor('questions:updated', ({ questions }) => questions.length === 0);
  });

  it('stores no connection id, address or user agent, and no raw answer once the session ended', async () => {
    const facilitator = await startSession(server.url);
    const students = await seatedPhones(server.url, facilitator.joinCode, 6);
    await request(facilitator.socket, 'poll:open', { poll: singlePoll('q', 5) });
    await Promise.all(students.map((p, i) => p.answer('q', { kind: 'single', optionId: i < 4 ? 'good' : 'bad' })));
    await request(facilitator.socket, 'poll:open', {
      poll: { id: 'words', kind: 'wordcloud', question: 'One word?', minResponses: 0 },
    });
    await students[0].answer('words', { kind: 'wordcloud', entries: ['Courage', 'unmistakable-draft-word'] });
    const courage = await facilitator.inbox.waitFor('moderation:queued', ({ entry }) => entry.text === 'courage');
    await request(facilitator.socket, 'moderation:approve', { entryId: courage.entry.id });
    await server.app.polling.idle();

    const ballotKeys = students.map((p) => p.ballotKey('q'));
    const before = dataFiles(server.dataDir);
    expect(ballotKeys.every((key) => before.includes(key))).toBe(true);
    const identifiers = [facilitator.socket.id!, ...students.map((p) => p.socket.id!), '127.0.0.1', TEST_USER_AGENT];
    for (const id of identifiers) expect(before).not.toContain(id);

    expect(await request(students[0].socket, 'session:end', {})).toMatchObject({ error: { code: 'forbidden' } });
    expect(await request(facilitator.socket, 'session:end', {})).toEqual({ ok: true });
    await Promise.all(students.map((p) => p.inbox.waitFor('session:ended', ({ reason }) => reason === 'ended')));
    await server.app.polling.idle();

    const after = dataFiles(server.dataDir);
    for (const key of ballotKeys) expect(after).not.toContain(key);
    expect(after).not.toContain('unmistakable-draft-word');
    expect(after).toContain('courage');

    const json = await request(facilitator.socket, 'session:export', { format: 'json' });
    if (!json.ok) throw new Error(json.error.message);
    const exported = JSON.parse(json.body) as { polls: { id: string; answerCount: number; tally: unknown }[] };
    expect(json.filename).toMatch(new RegExp(`^session-\\d{4}-\\d{2}-\\d{2}-${facilitator.joinCode}\\.json$`));
    expect(exported.polls.find((p) => p.id === 'q')).toMatchObject({
      answerCount: 6,
      tally: {
        kind: 'single',
        counts: [
          { optionId: 'good', count: 4 },
          { optionId: 'meh', count: 0 },
          { optionId: 'bad', count: 2 },
        ],
      },
    });
    expect(exported.polls.find((p) => p.id === 'words')?.tally).toEqual({
      kind: 'wordcloud',
      words: [{ text: 'courage', count: 1 }],
    });
    const csv = await request(facilitator.socket, 'session:export', { format: 'csv' });
    if (!csv.ok) throw new Error(csv.error.message);
    expect(csv.body.split('\r\n')[0]).toBe('\uFEFFpoll_id,kind,question,answers,item,count,mean,points,correct,note');
    expect(csv.body).toContain('q,single,How do you feel?,6,Good,4');

    // After the end, the class can still look at its help resources but can no longer answer.
    const late = new Phone(server.url);
    expect(await late.join(facilitator.joinCode)).toMatchObject({ ok: true, state: 'ended', poll: null });
    expect(
      await request(late.socket, 'answer:submit', {
        pollId: 'q',
        ballotKey: 'c'.repeat(64),
        signature: 'ab'.repeat(256),
        answer: { kind: 'single', optionId: 'good' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'session_ended' } });
  });
});

describe('the facilitator screens', () => {
  it('moves the presenter from the console and catches a screen up when it rejoins', async () => {
    const console_ = await startSession(server.url);
    const presenter = connect(server.url);
    const presenterInbox = new Inbox(presenter);
    await connected(presenter);
    const joined = await request(presenter, 'session:join', {
      joinCode: console_.joinCode,
      facilitatorKey: console_.facilitatorKey,
    });
    expect(joined).toMatchObject({ ok: true, role: 'facilitator' });
    const [student] = await seatedPhones(server.url, console_.joinCode, 1);

    expect(await request(console_.socket, 'deck:goto', { to: 'next' })).toEqual({ ok: true });
    await presenterInbox.waitFor('deck:moved', (move) => move.to === 'next');
    await request(presenter, 'deck:report', { h: 3, v: 0, polls: [singlePoll('q')] });
    await console_.inbox.waitFor('deck:reported', (slide) => slide.h === 3);

    await request(student.socket, 'question:ask', { text: 'What if they already have a photo?' });
    await request(console_.socket, 'poll:open', { poll: singlePoll('q') });
    await student.answer('q', { kind: 'single', optionId: 'good' });

    // A console that reconnects (a phone that slept) gets the queue, the counts and the slide again.
    const late = connect(server.url);
    const lateInbox = new Inbox(late);
    await connected(late);
    await request(late, 'session:join', { joinCode: console_.joinCode, facilitatorKey: console_.facilitatorKey });
    await lateInbox.waitFor('moderation:queued', ({ entry }) => entry.text.startsWith('What if'));
    await lateInbox.waitFor('tally:updated', ({ view }) => view.pollId === 'q' && view.answerCount === 1);
    await lateInbox.waitFor('presence:changed', ({ students: count }) => count === 1);
    await lateInbox.waitFor('deck:reported', (slide) => slide.h === 3);
    expect(student.inbox.events.some((event) => event.name.startsWith('deck'))).toBe(false);
  });
});

describe('the lifetime of a session', () => {
  it('ends a session idle for 12 hours, and deletes what is left 24 hours after its end', async () => {
    let now = Date.UTC(2026, 0, 5, 9);
    const HOUR = 3_600_000;
    const timed = await startTestServer({ clock: () => now, sweepIntervalMs: 3_600_000 });
    try {
      const facilitator = await startSession(timed.url);
      const phone = new Phone(timed.url);
      await phone.join(facilitator.joinCode);
      await request(facilitator.socket, 'poll:open', { poll: singlePoll('q', 0) });
      await phone.answer('q', { kind: 'single', optionId: 'good' });

      now += 11 * HOUR;
      await timed.app.polling.sweep();
      expect((await timed.store.load(facilitator.sessionId))?.ended).toBeNull();

      now += 1 * HOUR + 1;
      await timed.app.polling.sweep();
      await phone.inbox.waitFor('session:ended', ({ reason }) => reason === 'expired');
      await phone.inbox.waitFor('poll:closed', ({ pollId }) => pollId === 'q');
      const ended = await timed.store.load(facilitator.sessionId);
      expect(ended?.ended?.reason).toBe('expired');
      expect(ended?.polls[0].answers).toEqual([]);
      expect(ended?.polls[0].final?.answerCount).toBe(1);

      now += 24 * HOUR;
      await timed.app.polling.sweep();
      expect(await timed.store.load(facilitator.sessionId)).toBeNull();
      const again = new Phone(timed.url);
      expect(await again.join(facilitator.joinCode)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    } finally {
      disconnectAll();
      await timed.stop();
      removeDir(timed.dataDir);
    }
  });

  it('restores open sessions from the data folder when the server starts again', async () => {
    const first = await startTestServer();
    const facilitator = await startSession(first.url);
    const students = Array.from({ length: 6 }, () => new Phone(first.url));
    await Promise.all(students.map((p) => p.join(facilitator.joinCode)));
    await request(facilitator.socket, 'poll:open', { poll: singlePoll('q') });
    await Promise.all(students.map((p) => p.answer('q', { kind: 'single', optionId: 'meh' })));
    await request(students[0].socket, 'question:ask', { text: 'Who can I tell?' });
    disconnectAll();
    await first.stop();

    const second = await startTestServer({ dataDir: first.dataDir });
    try {
      const screen = connect(second.url);
      const inbox = new Inbox(screen);
      await connected(screen);
      const joined = await request(screen, 'session:join', {
        joinCode: facilitator.joinCode,
        facilitatorKey: facilitator.facilitatorKey,
      });
      expect(joined).toMatchObject({ ok: true, state: 'active', poll: { id: 'q' } });
      await inbox.waitFor('tally:updated', ({ view }) => view.answerCount === 6 && view.status === 'open');
      await inbox.waitFor('moderation:queued', ({ entry }) => entry.text === 'Who can I tell?');
      await sleep(10);
    } finally {
      disconnectAll();
      await second.stop();
      removeDir(second.dataDir);
    }
  });

  it('acknowledges nothing the store could not keep, and forgets it in memory too', async () => {
    let failNext = false;
    const flaky = await startTestServer({
      wrapStore: (store) => ({
        ...store,
        commit: async (writes) => {
          if (failNext && writes.some((write) => write.kind === 'answer')) {
            failNext = false;
            throw new Error('disk full');
          }
          return store.commit(writes);
        },
        load: (id) => store.load(id),
        loadAll: () => store.loadAll(),
        maintain: () => store.maintain(),
        close: () => store.close(),
      }),
    });
    try {
      const facilitator = await startSession(flaky.url);
      await request(facilitator.socket, 'poll:open', { poll: singlePoll('q', 0) });
      await request(facilitator.socket, 'poll:reveal', { pollId: 'q' });
      const phone = new Phone(flaky.url);
      await phone.join(facilitator.joinCode);
      const answer = {
        pollId: 'q',
        ...(await phone.ballot('q')),
        answer: { kind: 'single', optionId: 'good' },
      } as const;
      // The seat is committed first: a join sent twice at once (connect and join) acks the second before the
      // first's write is on disk, and a seat written in the failing batch would be reloaded away with it.
      await flaky.app.polling.idle();
      failNext = true;
      expect(await request(phone.socket, 'answer:submit', answer)).toMatchObject({ error: { code: 'internal' } });
      await flaky.app.polling.idle();
      const screen = connect(flaky.url);
      const inbox = new Inbox(screen);
      await connected(screen);
      // The session is reloaded from the store in the background: "try again" until it is back.
      const join = () =>
        request(screen, 'session:join', { joinCode: facilitator.joinCode, facilitatorKey: facilitator.facilitatorKey });
      for (let ack = await join(); !ack.ok && ack.error.code === 'internal'; ack = await join()) await sleep(20);
      expect((await inbox.waitFor('tally:updated')).view.answerCount).toBe(0);
      // The phone sends it again, as it does after any transient error.
      expect(await request(phone.socket, 'answer:submit', answer)).toEqual({ ok: true, pollId: 'q', replaced: false });
      await inbox.waitFor('tally:updated', ({ view }) => view.answerCount === 1);
    } finally {
      disconnectAll();
      await flaky.stop();
      removeDir(flaky.dataDir);
    }
  });
});
