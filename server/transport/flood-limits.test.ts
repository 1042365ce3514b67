/**
 * Floods a hostile student or script can send, against a real server on loopback: session starts from many
 * addresses, a moderation queue filled from one phone, event names from Object's prototype, and a question
 * sent again after a lost acknowledgement. Clients come from their own loopback addresses (127.0.0.x all
 * reach the server on Linux), as phones on a LAN would.
 */
import { describe, expect, it } from 'vitest';
import {
  connectFrom,
  randomSeat,
  Inbox,
  Phone,
  rawRequest,
  request,
  startSession,
  serversPerTest,
} from './test-harness';

const MINUTE = 60_000;
const serve = serversPerTest();

const askId = () => Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('hex');

describe('session starts from many addresses', () => {
  const settings = { language: 'en', country: 'BE' } as const;

  it('a flood cannot fill the server: a teacher still starts one, and unused sessions go in minutes, restart or not', async () => {
    let now = Date.UTC(2026, 11, 3, 8, 0);
    const limits = {
      maxActiveSessions: 200,
      sessionStartBurst: 20,
      serverStartBurst: 40,
      serverStartsPerHour: 1,
      newcomerStartBurst: 30,
      newcomerStartsPerHour: 1,
    };
    const server = await serve({ clock: () => now, limits });

    // 20 addresses × 20 starts each: before the server's budget, they filled all 200 sessions.
    const attackers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => connectFrom(server.url, `127.0.0.${10 + i}`)),
    );
    const acks = await Promise.all(
      attackers.flatMap((socket) =>
        Array.from({ length: 20 }, () => request(socket, 'session:start', settings, 15_000)),
      ),
    );
    const started = acks.filter((ack) => ack.ok);
    // The server's budget (40), then one start per address from the newcomers' share (20 addresses at most).
    expect(started.length).toBeLessThanOrEqual(40 + 20);
    const refused = acks.find((ack) => !ack.ok);
    expect(refused && !refused.ok && refused.error.code).toBe('rate_limited');

    // A teacher on an address that started nothing gets a session, and the console holds it.
    const teacher = await connectFrom(server.url, '127.0.0.200');
    const mine = await request(teacher, 'session:start', settings);
    if (!mine.ok) throw new Error(`the teacher was refused: ${mine.error.message}`);
    const joined = await request(teacher, 'session:join', {
      joinCode: mine.joinCode,
      facilitatorKey: mine.facilitatorKey,
    });
    expect(joined.ok).toBe(true);
    // A class that joined: used, it lives by the 12-hour rule even with nobody connected.
    const used = await startSession(server.url);
    const phone = new Phone(server.url);
    expect((await phone.join(used.joinCode)).ok).toBe(true);
    phone.socket.disconnect();
    used.socket.disconnect();

    // Ten quiet minutes later the flood's sessions are gone, from memory and from the data folder.
    now += 11 * MINUTE;
    await server.app.polling.sweep();
    await server.app.polling.idle();
    const left = new Set((await server.store.loadAll()).map((snapshot) => snapshot.id));
    expect(started.filter((ack) => ack.ok && left.has(ack.sessionId))).toEqual([]);
    expect(left.has(mine.sessionId)).toBe(true);
    expect(left.has(used.sessionId)).toBe(true);
    const gone = started[0]!;
    if (!gone.ok) throw new Error('unreachable');
    const late = await request(await connectFrom(server.url, '127.0.0.201'), 'session:join', {
      joinCode: gone.joinCode,
      facilitatorKey: gone.facilitatorKey,
    });
    expect(late.ok).toBe(false);

    // A new flood's sessions also go when the server restarts after ten quiet minutes.
    const again = await request(attackers[0]!, 'session:start', settings).catch(() => null);
    const fresh = await request(await connectFrom(server.url, '127.0.0.202'), 'session:start', settings);
    expect(fresh.ok).toBe(true);
    await server.app.polling.idle();
    const { dataDir } = server;
    await server.stop();
    now += 11 * MINUTE;
    const restarted = await serve({ clock: () => now, limits, dataDir });
    const after = new Set((await restarted.store.loadAll()).map((snapshot) => snapshot.id));
    if (fresh.ok) expect(after.has(fresh.sessionId)).toBe(false);
    if (again?.ok) expect(after.has(again.sessionId)).toBe(false);
    expect(after.has(used.sessionId)).toBe(true);
  }, 30_000);
});

describe('moderation queue flooded from one phone', () => {
  it('one address with 10 connections queues its quota, and everyone else still asks', async () => {
    const server = await serve({
      // Room for the flood's own messages: the quotas, not the message rate, are under test here.
      limits: { eventBurst: 1000, eventsPerSecond: 1000, pendingQuestionsPerAddress: 50 },
    });
    const facilitator = await startSession(server.url);
    const flooder = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const socket = await connectFrom(server.url, '127.0.0.50');
        const joined = await request(socket, 'session:join', { joinCode: facilitator.joinCode, seat: randomSeat() });
        expect(joined).toMatchObject({ ok: true, seat: 'seated' });
        return socket;
      }),
    );
    // 12 different questions from each connection, all at once: before, all 120 were queued (and 2,000 filled
    // the queue for everyone in 14 s); now each seat holds 10 waiting texts, the address 50.
    const perConnection = await Promise.all(
      flooder.map(async (socket, c) => {
        const acks = await Promise.all(
          Array.from({ length: 12 }, (_, i) => request(socket, 'question:ask', { text: `spam ${c} ${i}` }, 15_000)),
        );
        return acks.filter((ack) => ack.ok).length;
      }),
    );
    expect(Math.max(...perConnection)).toBeLessThanOrEqual(10);
    expect(perConnection.reduce((a, b) => a + b, 0)).toBe(50);
    const refused = await request(flooder[0]!, 'question:ask', { text: 'one more' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'rate_limited' } });

    // Another student asks, and is queued.
    const student = await connectFrom(server.url, '127.0.0.51');
    await request(student, 'session:join', { joinCode: facilitator.joinCode, seat: randomSeat() });
    expect(await request(student, 'question:ask', { text: 'Who do I tell?' })).toEqual({ ok: true });
    await facilitator.inbox.waitFor('moderation:queued', ({ entry }) => entry.text === 'Who do I tell?');

    // The quota counts texts that wait: once the facilitator rejects some, the address may ask again.
    const spam = facilitator.inbox.all('moderation:queued').filter(({ entry }) => entry.text.startsWith('spam'));
    for (const { entry } of spam.slice(0, 5)) {
      expect(await request(facilitator.socket, 'moderation:reject', { entryId: entry.id })).toEqual({ ok: true });
    }
    const asks = await Promise.all(flooder.map((socket, c) => request(socket, 'question:ask', { text: `later ${c}` })));
    expect(asks.filter((ack) => ack.ok)).toHaveLength(5);
  }, 30_000);
});

describe('event names from Object’s prototype', () => {
  it('are refused with a typed error and count against the connection’s message budget', async () => {
    const server = await serve({ limits: { eventBurst: 8, eventsPerSecond: 0.01 } });
    const socket = await connectFrom(server.url, '127.0.0.60');
    const names = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];
    // Before, none of these got an answer (the request timed out) and none took from the budget.
    for (const name of names) {
      expect(await rawRequest(socket, name, {})).toEqual({
        ok: false,
        error: { code: 'invalid_payload', message: 'unknown event' },
      });
    }
    // Two tokens left of 8: the next two pass, the one after is refused for the rate.
    await rawRequest(socket, 'toString', {});
    await rawRequest(socket, 'constructor', {});
    expect(await rawRequest(socket, 'session:join', { joinCode: 'ABC234' })).toMatchObject({
      ok: false,
      error: { code: 'rate_limited' },
    });
  }, 30_000);
});

describe('a question sent again after a lost acknowledgement', () => {
  it('counts once, on the same connection or after a reconnection', async () => {
    const server = await serve({ limits: { addressSeatBurst: 100, addressJoinBurst: 100 } });
    const facilitator = await startSession(server.url);
    const phone = new Phone(server.url);
    expect((await phone.join(facilitator.joinCode)).ok).toBe(true);
    const question = { text: 'Can they really post it?', askId: askId() };
    expect(await request(phone.socket, 'question:ask', question)).toEqual({ ok: true });
    expect(await request(phone.socket, 'question:ask', question)).toEqual({ ok: true });
    // The same phone (its device secret) on a new connection: the first ack never arrived.
    phone.socket.disconnect();
    const back = new Phone(server.url, { secret: phone.secret });
    expect((await back.join(facilitator.joinCode)).ok).toBe(true);
    expect(await request(back.socket, 'question:ask', question)).toEqual({ ok: true });
    // Another student asking the same words is another sender.
    const other = new Phone(server.url);
    await other.join(facilitator.joinCode);
    expect(await request(other.socket, 'question:ask', { text: question.text, askId: askId() })).toEqual({ ok: true });

    const inbox = new Inbox(facilitator.socket);
    await request(facilitator.socket, 'session:join', {
      joinCode: facilitator.joinCode,
      facilitatorKey: facilitator.facilitatorKey,
    });
    const entry = await inbox.waitFor('moderation:queued', ({ entry: e }) => e.text === question.text);
    expect(entry.entry.count).toBe(2);
  }, 30_000);
});
