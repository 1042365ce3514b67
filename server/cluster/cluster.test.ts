/**
 * Two kit nodes (the real server bundle) over a real redis-server behind a real nginx with the repository's
 * deploy/nginx.conf (scripts/cluster.ts), and phones that behave as the join page does: they rejoin after every
 * reconnection, with the kit's own reconnection delays, and send again every answer not acknowledged yet.
 */
import { request as httpRequest } from 'node:http';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../protocol/answer';
import { RECONNECTION, routeToSession } from '../../app/socket-options';
import { startCluster, type Cluster } from '../../scripts/cluster';
import {
  connect,
  connected,
  disconnectAll,
  fakeDist,
  Inbox,
  Phone,
  removeDir,
  request,
  type ClientSocket,
} from '../transport/test-harness';

const STUDENTS = 30;
const POLL = {
  id: 'mood',
  kind: 'single' as const,
  question: 'How do you feel?',
  options: ['good', 'meh', 'bad'].map((id) => ({ id, label: id })),
};
const GOOD: Answer = { kind: 'single', optionId: 'good' };

let cluster: Cluster;
let redis: Redis;
let distDir: string;
let classes = 0;

beforeAll(async () => {
  distDir = fakeDist();
  cluster = await startCluster({ nodes: 2, distDir });
  redis = new Redis(cluster.redis.url);
}, 120_000);

afterAll(async () => {
  disconnectAll();
  redis?.disconnect();
  await cluster?.stop();
  removeDir(distDir);
}, 60_000);

/** The address of one class's connections through nginx, routed by its session as the kit's pages do. */
const routed = (code: string) => `${cluster.url}/?session=${code}`;

/** With the kit's reconnection delays (app/socket-options.ts), not the quick ones of the other socket tests. */
function asPhonesReconnect(socket: ClientSocket): void {
  socket.io.reconnectionDelay(RECONNECTION.reconnectionDelay);
  socket.io.reconnectionDelayMax(RECONNECTION.reconnectionDelayMax);
  socket.io.randomizationFactor(RECONNECTION.randomizationFactor);
}

/**
 * A facilitator screen (console or presenter) as facilitator-connection.ts runs it: routed by the session, joins
 * again on every connect. `socket`: the presenter's, which started the session before it had a code.
 */
function screen(code: string, facilitatorKey: string, socket = connect(routed(code))) {
  asPhonesReconnect(socket);
  routeToSession(socket, code);
  const inbox = new Inbox(socket);
  let joins = 0;
  const join = () =>
    request(socket, 'session:join', { joinCode: code, facilitatorKey }, 8000).then((ack) => {
      if (ack.ok) joins++;
      return ack;
    });
  socket.on('connect', () => void join().catch(() => {}));
  if (socket.connected) void join().catch(() => {});
  return { socket, inbox, joined: () => joins };
}

/** Starts a class session through nginx as the presenter does, then opens its console, routed by the code. */
async function openSession() {
  const presenter = connect(cluster.url);
  await connected(presenter);
  const started = await request(presenter, 'session:start', { language: 'en', country: 'BE', classSize: STUDENTS });
  if (!started.ok) throw new Error(`session:start: ${started.error.message}`);
  // The presenter's connection stays, on the node nginx chose before there was a code; when the session's own
  // node takes it over, it is closed there and comes back, routed, to that node.
  const projector = screen(started.joinCode, started.facilitatorKey, presenter);
  const console = screen(started.joinCode, started.facilitatorKey);
  await until(() => console.joined() > 0 && projector.joined() > 0, 'the facilitator screens joined');
  return { ...started, console, projector };
}

/** Seats a class of phones in an open session. */
async function seatClass(started: Awaited<ReturnType<typeof openSession>>) {
  // Phones of one class come from one school's address; a few on long-polling (networks that block WebSocket).
  const address = `127.0.0.${10 + ++classes}`;
  const phones = Array.from({ length: STUDENTS }, (_, n) => {
    const phone =
      n % 3 === 0
        ? new Phone(routed(started.joinCode), { transports: ['polling'] })
        : new Phone(routed(started.joinCode), { address });
    asPhonesReconnect(phone.socket);
    return phone;
  });
  const joins = await Promise.all(phones.map((phone) => phone.join(started.joinCode)));
  // The refused or waiting joins, listed whole, so a failure says why.
  expect(joins.filter((ack) => !(ack.ok && ack.seat === 'seated'))).toEqual([]);
  return { ...started, phones };
}

const startClass = async () => seatClass(await openSession());

/** The node that holds a session, as its lease in Redis says. */
const holder = (sessionId: string) => redis.get(`pb:l:${sessionId}`);

/** Ballot keys Redis holds for a poll: one line each in the poll's value. */
async function storedBallots(sessionId: string, pollId: string): Promise<string[]> {
  const value = (await redis.hget(`pb:a:${sessionId}`, pollId)) ?? '';
  return value ? value.split('\n').map((line) => line.slice(0, line.indexOf(' '))) : [];
}

/** One engine.io handshake (long-polling) through nginx from `address`, routed as session `code`'s connections are. */
function handshake(address: string, code: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const asked = httpRequest(
      {
        host: '127.0.0.1',
        port: new URL(cluster.url).port,
        path: `/socket.io/?EIO=4&transport=polling&session=${code}`,
        localAddress: address,
        agent: false,
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    asked.on('error', reject);
    asked.end();
  });
}

async function until(test: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await test())) {
    if (performance.now() > deadline) throw new Error(`waited ${timeoutMs} ms for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('two nodes over Redis behind nginx', () => {
  it('counts each school’s address apart behind nginx: a school out of new connections holds up no other school', async () => {
    // Both schools' connections name one session, so nginx sends them to one node. Handshakes in bursts of 50
    // until that node refuses the first school (its burst of new connections, or of open ones, used up),
    // faster than its allowance comes back, however slow the machine.
    const code = 'RTE234';
    let refused: { status: number; body: string } | undefined;
    for (let burst = 0; burst < 20 && !refused; burst++) {
      const answers = await Promise.all(Array.from({ length: 50 }, () => handshake('127.0.0.60', code)));
      refused = answers.find((answer) => answer.status !== 200);
    }
    expect(refused?.status).toBe(403);
    expect(refused?.body).toMatch(/too_many_(handshakes|connections)/);
    // Were nginx's address counted instead of X-Real-IP (no TRUST_PROXY), every school would be refused now.
    expect(await handshake('127.0.0.61', code)).toMatchObject({ status: 200 });
  }, 60_000);

  it('serves a class of 30 on the node its code routes to, whichever node that is: answers counted once, the reveal on every screen', async () => {
    // Sessions until each node holds one: the facilitator's screens are on node 1 for one, node 2 for the other.
    // Phones join only the two kept: the long-polling ones share one address, whose new seats are limited.
    const held = new Map<string, Awaited<ReturnType<typeof startClass>>>();
    while (held.size < 2) {
      const opened = await openSession();
      const node = await holder(opened.sessionId);
      if (node && !held.has(node)) held.set(node, await seatClass(opened));
      else for (const screen of [opened.console, opened.projector]) screen.socket.disconnect();
    }
    expect([...held.keys()].sort()).toEqual(['node-1', 'node-2']);

    for (const { console, projector, phones, sessionId } of held.values()) {
      expect(await request(console.socket, 'poll:open', { poll: POLL })).toMatchObject({ ok: true });
      await until(() => phones.every((phone) => phone.inbox.last('poll:opened')), 'every phone saw the poll');
      await Promise.all(phones.map((phone) => phone.answer('mood', GOOD)));
      // Sent again, with the same ballot (a lost acknowledgement): still one answer each.
      await Promise.all(phones.slice(0, 10).map((phone) => phone.submit('mood', GOOD)));
      await console.inbox.waitFor('tally:updated', ({ view }) => view.answerCount === STUDENTS, 10_000);
      expect(await storedBallots(sessionId, 'mood')).toHaveLength(STUDENTS);

      expect(await request(console.socket, 'poll:close', { pollId: 'mood' })).toMatchObject({ ok: true });
      expect(await request(console.socket, 'poll:reveal', { pollId: 'mood' })).toMatchObject({ ok: true });
      for (const facilitatorScreen of [console, projector]) {
        const { view } = await facilitatorScreen.inbox.waitFor('results:revealed', () => true, 10_000);
        expect(view.answerCount).toBe(STUDENTS);
      }
      await until(() => phones.every((phone) => phone.inbox.last('poll:closed')), 'every phone saw the poll close');
    }
    // One of the two sessions lives on another node than the one its presenter started it on: that screen was
    // moved there (closed, then back through nginx, joined again) and still saw the reveal.
    expect(Math.max(...[...held.values()].map(({ projector }) => projector.joined()))).toBeGreaterThanOrEqual(2);
    // Nothing went back to the other node: no session was handed over back and forth.
    for (const [node, { sessionId }] of held) expect(await holder(sessionId)).toBe(node);
    disconnectAll();
  }, 120_000);

  it('loses no acknowledged answer and counts none twice when the session’s node is killed mid-poll; phones are back within 5 s', async () => {
    const { console, phones, sessionId, joinCode } = await startClass();
    const doomed = (await holder(sessionId))!;
    expect(await request(console.socket, 'poll:open', { poll: POLL })).toMatchObject({ ok: true });
    await until(() => phones.every((phone) => phone.inbox.last('poll:opened')), 'every phone saw the poll');
    // Half the class answered and heard back; the other half is sending when the node dies.
    await Promise.all(phones.slice(0, 15).map((phone) => phone.answer('mood', GOOD)));
    const acknowledgedBefore = phones.slice(0, 15).map((phone) => phone.ballotKey('mood'));
    const rest = Promise.all(phones.slice(15).map((phone) => phone.answer('mood', GOOD)));

    const back = phones.map(
      (phone) =>
        new Promise<number>((resolve) => {
          phone.socket.once('disconnect', () =>
            phone.socket.once(
              'connect',
              () => void phone.join(joinCode).then((ack) => ack.ok && resolve(performance.now())),
            ),
          );
        }),
    );
    const killedAt = performance.now();
    await cluster.kill(doomed);

    const times = (await Promise.all(back)).map((at) => at - killedAt);
    expect(Math.max(...times)).toBeLessThan(5_000);
    expect(await holder(sessionId)).not.toBe(doomed);
    await rest;

    // The console came back too, and sees every phone's answer counted once.
    await console.inbox.waitFor('tally:updated', ({ view }) => view.answerCount === STUDENTS, 10_000);
    const stored = await storedBallots(sessionId, 'mood');
    expect(stored).toHaveLength(STUDENTS);
    expect(new Set(stored).size).toBe(STUDENTS);
    expect(stored).toEqual(expect.arrayContaining(acknowledgedBefore));
    expect(stored.sort()).toEqual(phones.map((phone) => phone.ballotKey('mood')).sort());
  }, 120_000);
});
