import { io } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import {
  CLIENT_EVENT_NAMES,
  clientEvents,
  type ClientEventName,
  type ClientPayloadInput,
} from '../../protocol/client-events';
import { LIMITS } from '../../protocol/limits';
import {
  connect,
  connected,
  disconnectAll,
  Inbox,
  Phone,
  rawRequest,
  removeDir,
  request,
  singlePoll,
  startSession,
  startTestServer,
  type ClientSocket,
  sharedTestServer,
} from './test-harness';

const FACILITATOR_EVENTS = CLIENT_EVENT_NAMES.filter((name) => clientEvents[name].access === 'facilitator');

/** A valid payload for every event, so that a refusal can only come from who sends it. */
const VALID: { [E in ClientEventName]: ClientPayloadInput<E> } = {
  'session:start': { language: 'fr', country: 'BE' },
  'session:join': { joinCode: '222222' },
  'poll:open': { poll: singlePoll('other') },
  'poll:close': { pollId: 'q' },
  'poll:reveal': { pollId: 'q' },
  // 'other': poll:open (above) opened it.
  'poll:paper-counts': { pollId: 'other', counts: [3, 2, 1], batchId: 'c'.repeat(22) },
  'ballot:key': { pollId: 'q' },
  'ballot:sign': { pollId: 'q', blinded: '01'.repeat(256) },
  'answer:submit': {
    pollId: 'q',
    ballotKey: 'a'.repeat(64),
    signature: 'ab'.repeat(256),
    answer: { kind: 'single', optionId: 'good' },
  },
  'seats:expect': { classSize: 32 },
  'question:ask': { text: 'A question' },
  'question:me-too': { questionId: 'e1', ballotKey: 'a'.repeat(64), signature: 'ab'.repeat(256) },
  'facilitator:invite': {},
  'facilitator:revoke': {},
  'moderation:approve': { entryId: 'e1' },
  'moderation:reject': { entryId: 'e1' },
  'session:continue': { deckId: 'spot-the-script' },
  'session:end': {},
  'session:export': { format: 'json' },
  'deck:goto': { to: 'next' },
  'deck:report': { h: 1, v: 0, polls: [] },
};

const big = 'x'.repeat(40_000);
const signature = 'ab'.repeat(256);
/** Payloads each schema must refuse: wrong shapes, unknown fields, fields past their limits. */
const MALFORMED: { [E in ClientEventName]: unknown[] } = {
  'session:start': [
    { language: 'xx', country: 'BE' },
    { language: 'fr', country: 'Belgium' },
  ],
  'session:join': [
    { joinCode: 'OOOOOO' },
    { joinCode: big },
    { joinCode: '222222', facilitatorKey: 'short' },
    { joinCode: '222222', seat: 'not-a-seat' },
  ],
  'poll:open': [
    { poll: { ...singlePoll('bad'), options: [] } },
    { poll: { ...singlePoll('bad'), question: big } },
    { poll: { id: 'bad id!', kind: 'open', question: 'x' } },
  ],
  'poll:close': [{ pollId: '' }, { pollId: big }],
  'poll:reveal': [{ pollId: ['q'] }],
  'poll:paper-counts': [
    { pollId: 'q', counts: [41, 0], batchId: 'c'.repeat(22) },
    { pollId: 'q', counts: [20, 21], batchId: 'c'.repeat(22) },
    { pollId: 'q', counts: [-1, 2], batchId: 'c'.repeat(22) },
    { pollId: 'q', counts: [1.5, 2], batchId: 'c'.repeat(22) },
    { pollId: 'q', counts: [1, 1, 1, 1, 1], batchId: 'c'.repeat(22) },
    { pollId: 'q', counts: [3, 2] },
    { pollId: 'q', counts: [3, 2], batchId: 'c'.repeat(22), cards: [7] },
  ],
  'ballot:key': [{ pollId: '' }, { pollId: 'q', modulus: 'ff' }],
  'ballot:sign': [{ pollId: 'q', blinded: 'xyz' }, { pollId: 'q', blinded: 'a'.repeat(3) }, { pollId: 'q' }],
  'answer:submit': [
    { pollId: 'q', ballotKey: 'not-hex', signature, answer: { kind: 'single', optionId: 'good' } },
    {
      pollId: 'q',
      ballotKey: 'a'.repeat(64),
      signature,
      answer: { kind: 'open', text: 'y'.repeat(LIMITS.openTextLength + 1) },
    },
    { pollId: 'q', ballotKey: 'a'.repeat(64), signature, answer: { kind: 'single', optionId: 'good', extra: 1 } },
    { pollId: 'q', ballotKey: 'a'.repeat(64), answer: { kind: 'single', optionId: 'good' } },
    { pollId: 'q', ballotKey: 'a'.repeat(64), signature: big, answer: { kind: 'single', optionId: 'good' } },
  ],
  'seats:expect': [{ classSize: 0 }, { classSize: 1.5 }, { classSize: 501 }, { classSize: '30' }],
  'question:ask': [{ text: '   ' }, { text: 'z'.repeat(LIMITS.askLength + 1) }, { text: big }],
  'question:me-too': [
    { questionId: 'e1', ballotKey: 'a'.repeat(64) },
    { questionId: 'MeToo.e1', ballotKey: 'a'.repeat(64), signature },
    { questionId: 'e1', ballotKey: 'not-hex', signature },
    { questionId: 'e1', ballotKey: 'a'.repeat(64), signature, seat: 'a'.repeat(64) },
  ],
  'facilitator:invite': [{ key: 'x' }, []],
  'facilitator:revoke': [{ all: true }],
  'moderation:approve': [{ entryId: 'e 1' }],
  'moderation:reject': [{}],
  'session:continue': [
    {},
    { deckId: 'spot.the-script' },
    { deckId: 'Spot-The-Script' },
    { deckId: 'x'.repeat(LIMITS.deckIdLength + 1) },
    { deckId: 'welcome', joinCode: '222222' },
  ],
  'session:end': [{ now: true }, []],
  'session:export': [{ format: 'xlsx' }],
  'deck:goto': [{ to: 'slide', h: -1, v: 0 }, { to: 'somewhere' }],
  'deck:report': [{ h: 1, v: 0, polls: Array.from({ length: LIMITS.pollsPerSlide + 1 }, () => singlePoll()) }],
};
const NOT_OBJECTS = [undefined, null, 42, 'text', true];

// The matrix sends many events from one connection, some of them failed joins: room for it here; the
// limits themselves are tested on servers of their own below.
// Many refusals on purpose from one connection (every malformed payload): not cut off here.
// Tallies and counts go out as they change (no coalescing timer), so a session is settled once the events it
// waits for are in: nothing sent later can come from before the test's own actions.
const server = sharedTestServer({
  limits: {
    joinFailureBurst: 100,
    eventBurst: 1000,
    refusalBurst: 100_000,
    tallyIntervalMs: 0,
    presenceIntervalMs: 0,
  },
});

/** A session with an open poll, one answer and one queued question, to check that nothing of it moves. */
async function busySession() {
  const facilitator = await startSession(server.url);
  await request(facilitator.socket, 'poll:open', { poll: singlePoll('q') });
  const student = new Phone(server.url);
  await student.join(facilitator.joinCode);
  await student.answer('q', { kind: 'single', optionId: 'good' });
  await request(student.socket, 'question:ask', { text: 'Is it illegal?' });
  await facilitator.inbox.waitFor('moderation:queued');
  await facilitator.inbox.waitFor('tally:updated', ({ view }) => view.answerCount === 1);
  await server.app.polling.idle();
  // Joining counts as activity; everything else must stay as it was.
  const stored = async () => JSON.stringify({ ...(await server.store.load(facilitator.sessionId)), lastActivityAt: 0 });
  return { facilitator, student, before: await stored(), stored };
}

async function joined(code: string, facilitatorKey?: string): Promise<ClientSocket> {
  const socket = connect(server.url);
  await connected(socket);
  await request(socket, 'session:join', facilitatorKey ? { joinCode: code, facilitatorKey } : { joinCode: code });
  return socket;
}

describe('who may do what', () => {
  it('refuses every facilitator action to a student, and changes nothing', async () => {
    const { facilitator, student, before, stored } = await busySession();
    const entryId = facilitator.inbox.last('moderation:queued')!.entry.id;
    for (const name of FACILITATOR_EVENTS) {
      const payload = name.startsWith('moderation') ? { entryId } : VALID[name];
      const ack = await rawRequest(student.socket, name, payload);
      expect(ack, name).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    await server.app.polling.idle();
    expect(await stored()).toBe(before);
    expect(student.inbox.events.map((event) => event.name)).not.toContain('deck:moved');
  });

  it('refuses a student who tries to take the class to another deck, and the phones hear nothing of it', async () => {
    const { facilitator, student, before, stored } = await busySession();
    const ack = await rawRequest(student.socket, 'session:continue', { deckId: 'spot-the-script' });
    expect(ack).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await server.app.polling.idle();
    expect(await stored()).toBe(before);
    expect(student.inbox.events.map((event) => event.name)).not.toContain('deck:changed');
    expect(facilitator.inbox.events.map((event) => event.name)).not.toContain('deck:changed');
  });

  it('refuses a facilitator key that is not this session’s, and every action after it', async () => {
    const { facilitator, before, stored } = await busySession();
    const other = await startSession(server.url);
    for (const wrongKey of [other.facilitatorKey, 'A'.repeat(43), facilitator.facilitatorKey.slice(0, -1) + 'Z']) {
      const socket = connect(server.url);
      await connected(socket);
      const ack = await request(socket, 'session:join', { joinCode: facilitator.joinCode, facilitatorKey: wrongKey });
      expect(ack).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      for (const name of FACILITATOR_EVENTS) {
        expect(await rawRequest(socket, name, VALID[name]), name).toMatchObject({ error: { code: 'forbidden' } });
      }
    }
    expect(await stored()).toBe(before);
  });

  it('lets a connection that has not joined do nothing but start or join a session', async () => {
    const { before, stored } = await busySession();
    const socket = connect(server.url);
    await connected(socket);
    for (const name of CLIENT_EVENT_NAMES) {
      if (clientEvents[name].access === 'public') continue;
      expect(await rawRequest(socket, name, VALID[name]), name).toMatchObject({ error: { code: 'forbidden' } });
    }
    expect(await stored()).toBe(before);
  });

  it('lets a student answer and ask, and a facilitator do all of it', async () => {
    const { facilitator, student } = await busySession();
    expect(await request(student.socket, 'question:ask', { text: 'Another one' })).toEqual({ ok: true });
    const screen = await joined(facilitator.joinCode, facilitator.facilitatorKey);
    for (const name of FACILITATOR_EVENTS) {
      if (name === 'session:end') continue;
      const entryId = facilitator.inbox.last('moderation:queued')!.entry.id;
      const payload = name.startsWith('moderation') ? { entryId } : VALID[name];
      expect(await rawRequest(screen, name, payload), name).toMatchObject({ ok: true });
    }
    expect(await request(screen, 'session:end', {})).toEqual({ ok: true });
  });
});

describe('where connections may come from', () => {
  it('refuses a browser connection opened by a page of another origin', async () => {
    for (const transport of ['websocket', 'polling'] as const) {
      const socket = io(server.url, {
        forceNew: true,
        reconnection: false,
        transports: [transport],
        extraHeaders: { Origin: 'http://evil.example' },
      });
      const error = await new Promise<Error>((resolve) => socket.once('connect_error', resolve));
      expect(error.message, transport).toMatch(/websocket error|xhr poll error|Forbidden/);
      socket.close();
    }
    const own = io(server.url, { forceNew: true, extraHeaders: { Origin: server.url } });
    await new Promise<void>((resolve) => own.once('connect', () => resolve()));
    own.close();
  });
});

describe('bad payloads', () => {
  it('answers invalid_payload to every malformed payload of every event, and changes nothing', async () => {
    const { facilitator, before, stored } = await busySession();
    const inbox = new Inbox(facilitator.socket);
    for (const name of CLIENT_EVENT_NAMES) {
      for (const payload of [...NOT_OBJECTS, ...MALFORMED[name]]) {
        const ack = await rawRequest(facilitator.socket, name, payload);
        expect(ack, `${name} ${JSON.stringify(payload)?.slice(0, 80)}`).toMatchObject({
          ok: false,
          error: { code: 'invalid_payload' },
        });
      }
    }
    await server.app.polling.idle();
    expect(await stored()).toBe(before);
    expect(inbox.events).toEqual([]);
  });

  it('answers an unknown event, and tolerates an event sent without an acknowledgement callback', async () => {
    const { facilitator, before, stored } = await busySession();
    expect(await rawRequest(facilitator.socket, 'poll:delete', { pollId: 'q' })).toMatchObject({
      error: { code: 'invalid_payload' },
    });
    const emit = facilitator.socket.emit as unknown as (this: ClientSocket, ...args: unknown[]) => void;
    emit.call(facilitator.socket, 'poll:close', { pollId: 'nope' });
    emit.call(facilitator.socket, 'poll:close', { pollId: 'nope' }, 'not a function');
    emit.call(facilitator.socket, 'question:ask');
    expect(await request(facilitator.socket, 'poll:reveal', { pollId: 'q' })).toEqual({ ok: true });
    const now = JSON.parse(await stored()) as { polls: { revealed: boolean }[] };
    expect(now.polls[0].revealed).toBe(true);
    expect(before).not.toBe(JSON.stringify(now));
  });

  it('cuts off a message larger than the transport limit before anything reads it', async () => {
    const { student, before, stored } = await busySession();
    const dropped = new Promise<string>((resolve) => student.socket.once('disconnect', resolve));
    const huge = 'w'.repeat(LIMITS.maxPayloadBytes + 1024);
    student.socket.emit('question:ask', { text: huge }, () => {});
    expect(await dropped).toBe('transport close');
    await server.app.polling.idle();
    expect(await stored()).toBe(before);
  });
});

describe('rate limits', () => {
  it('stops join-code guessing, even on a fresh connection, and even for the right code', async () => {
    const guarded = await startTestServer();
    try {
      const facilitator = await startSession(guarded.url);
      const guesser = connect(guarded.url);
      await connected(guesser);
      const codes = [
        '222222',
        '333333',
        '444444',
        '555555',
        '666666',
        '777777',
        '888888',
        '999999',
        'AAAAAA',
        'BBBBBB',
      ];
      for (const joinCode of codes) {
        expect(await request(guesser, 'session:join', { joinCode })).toMatchObject({ error: { code: 'not_found' } });
      }
      expect(await request(guesser, 'session:join', { joinCode: 'CCCCCC' })).toMatchObject({
        error: { code: 'rate_limited' },
      });
      expect(await request(guesser, 'session:join', { joinCode: facilitator.joinCode })).toMatchObject({
        error: { code: 'rate_limited' },
      });
      const fresh = connect(guarded.url);
      await connected(fresh);
      expect(await request(fresh, 'session:join', { joinCode: facilitator.joinCode })).toMatchObject({
        error: { code: 'rate_limited' },
      });
    } finally {
      disconnectAll();
      await guarded.stop();
      removeDir(guarded.dataDir);
    }
  });

  it('refuses a flooding connection while the others are still answered', async () => {
    // Counted here, not cut off (connection-guard.test.ts cuts a flooder off).
    const guarded = await startTestServer({ limits: { refusalBurst: 1000 } });
    try {
      const facilitator = await startSession(guarded.url);
      await request(facilitator.socket, 'poll:open', { poll: singlePoll('q') });
      const student = new Phone(guarded.url);
      await student.join(facilitator.joinCode);
      await student.answer('q', { kind: 'single', optionId: 'good' });
      const flooder = new Phone(guarded.url);
      await flooder.join(facilitator.joinCode);
      const refused: Promise<unknown>[] = [];
      for (let i = 0; i < 300; i++) refused.push(rawRequest(flooder.socket, 'question:ask', { text: `spam ${i}` }));
      // Sent while the flood is still being refused: the flooder's limit is its own, not the room's.
      const ack = await student.submit('q', { kind: 'single', optionId: 'bad' });
      expect(ack).toMatchObject({ ok: true, replaced: true });
      const acks = (await Promise.all(refused)) as { ok: boolean; error?: { code: string } }[];
      const limited = acks.filter((a) => a.error?.code === 'rate_limited').length;
      expect(limited).toBeGreaterThan(200);
      expect(acks.filter((a) => a.ok).length).toBeLessThanOrEqual(45);
      // The queue holds only what got through the limit.
      await guarded.app.polling.idle();
      const queued = facilitator.inbox.all('moderation:queued').filter(({ entry }) => entry.text.startsWith('spam'));
      expect(queued.length).toBeLessThanOrEqual(45);
    } finally {
      disconnectAll();
      await guarded.stop();
      removeDir(guarded.dataDir);
    }
  });

  it('cuts off a connection that keeps going after being refused', async () => {
    const limited = await startTestServer({
      limits: { eventBurst: 2, eventsPerSecond: 1, refusalBurst: 20, refusalsPerSecond: 1 },
    });
    try {
      const socket = connect(limited.url);
      await connected(socket);
      const gone = new Promise<string>((resolve) => socket.once('disconnect', resolve));
      for (let i = 0; i < 30; i++) socket.emit('session:join', { joinCode: '222222' }, () => {});
      expect(await gone).toBe('io server disconnect');
    } finally {
      disconnectAll();
      await limited.stop();
      removeDir(limited.dataDir);
    }
  });
});
