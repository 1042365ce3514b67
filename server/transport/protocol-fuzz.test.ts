/**
 * A protocol fuzzer against a real kit server on a real port: every client event (protocol/client-events.ts,
 * read at run time, so a new event is fuzzed too) and unknown ones, sent by an unauthenticated connection, a
 * student and the facilitator, with payloads made wrong in every way a script can: wrong types, missing and
 * extra fields, prototype keys (`__proto__`, `constructor`…), deep nesting, long strings, NaN and Infinity,
 * binary attachments, lone UTF-16 surrogates, extra arguments; then raw engine.io/socket.io frames and
 * long-polling bodies no client library would send.
 *
 * Bounded and seeded: FUZZ_SEED=<n> replays a run (the seed is printed when a test fails). Asserts that the
 * server never crashes nor logs an error, that every refused message sent with an acknowledgement gets a typed
 * error, that no connection under the size cap is dropped, and that the facilitator's view of the session (what
 * a screen joining now would get, and the export) is the same after the fuzz as before it.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { CLIENT_EVENT_NAMES, clientEvents, type ClientEventName } from '../../protocol/client-events';
import { AckErrorSchema } from '../../protocol/errors';
import { parse } from '../../protocol/parse';
import { DATABASE_FILE } from '../store/sqlite-session-store';
import { httpGet, joinNamespace, openWebSocket } from './floods';
import {
  connect,
  connected,
  connectFrom,
  disconnectAll,
  Inbox,
  Phone,
  randomSeat,
  removeDir,
  request,
  singlePoll,
  startSession,
  startTestServer,
  type ClientSocket,
  type TestServer,
} from './test-harness';

const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const replay = `FUZZ_SEED=${seed} reproduces this run`;

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
function random(state: number) {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(seed);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const int = (below: number) => Math.floor(rand() * below);

const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
];
const LONE_SURROGATES = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', 'a\uD83D', '\uDE00b'];

/** An object with `key` as its own enumerable property, even `__proto__` (as JSON.parse on the server makes it). */
function withOwn(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy = { ...target };
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

function nested(depth: number): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i++) value = rand() < 0.5 ? [value] : { a: value };
  return value;
}

/** A string built to hurt: long, lone surrogates, controls, bidi overrides, markup, JSON-looking text. */
function hostileString(): string {
  switch (int(8)) {
    case 0:
      return 'x'.repeat(1000 + int(20_000)); // under the transport's 64 kB cap
    case 1:
      return pick(LONE_SURROGATES).repeat(1 + int(50));
    case 2:
      return '\u0000\u0007\u001b[2J\u202e\u2066\ufeff';
    case 3:
      return '<script>alert(1)</script>';
    case 4:
      return '{"ok":true}';
    case 5:
      return '💥'.repeat(1 + int(2000));
    case 6:
      return pick(PROTOTYPE_KEYS);
    default:
      return '';
  }
}

/** Any value of the wrong kind, or of the right kind out of bounds. */
function hostileValue(): unknown {
  switch (int(14)) {
    case 0:
      return null;
    case 1:
      return pick([0, -1, 1.5, -0, 2 ** 53 + 1, 1e308, -1e308]);
    case 2:
      return pick([NaN, Infinity, -Infinity]); // JSON sends them as null
    case 3:
      return rand() < 0.5;
    case 4:
      return [];
    case 5:
      return {};
    case 6:
      return nested(10 + int(1500));
    case 7:
      return Buffer.from(crypto.getRandomValues(new Uint8Array(1 + int(512)))); // a binary attachment
    case 8:
      return withOwn({}, pick(PROTOTYPE_KEYS), { polluted: true });
    case 9:
      return [hostileString(), hostileString()];
    default:
      return hostileString();
  }
}

const hex = (bytes: number) => 'ab'.repeat(bytes);
/** Where each event's mutations start from (an event missing here starts from `{}`, and is fuzzed all the same). */
const SEEDS: Record<string, Record<string, unknown>> = {
  'session:start': { language: 'en', country: 'BE', deckId: 'welcome', classSize: 30 },
  'session:join': { joinCode: '222222', seat: 'a'.repeat(64) },
  'poll:open': { poll: singlePoll('fuzz') },
  'poll:close': { pollId: 'q' },
  'poll:reveal': { pollId: 'q' },
  'poll:paper-counts': { pollId: 'q', counts: [3, 2, 1], batchId: 'c'.repeat(22) },
  'ballot:key': { pollId: 'q' },
  'ballot:sign': { pollId: 'q', blinded: hex(128) },
  'answer:submit': {
    pollId: 'q',
    ballotKey: 'a'.repeat(64),
    signature: hex(128),
    answer: { kind: 'single', optionId: 'good' },
  },
  'question:ask': { text: 'A question', askId: 'b'.repeat(32) },
  'question:me-too': { questionId: 'e1', ballotKey: 'a'.repeat(64), signature: hex(128) },
  'moderation:approve': { entryId: 'e1' },
  'moderation:reject': { entryId: 'e1' },
  'seats:expect': { classSize: 32 },
  'session:continue': { deckId: 'spot-the-script' },
  'session:export': { format: 'json' },
  'deck:goto': { to: 'slide', h: 1, v: 0 },
  'deck:report': { h: 1, v: 0, polls: [] },
};

/** One payload made wrong: the mutation's name (for the failure message) and the arguments to send. */
function mutate(base: Record<string, unknown>): { how: string; args: unknown[] } {
  const keys = Object.keys(base);
  const key = keys.length > 0 ? pick(keys) : 'field';
  const inner = base[key];
  switch (int(9)) {
    case 0:
      return { how: 'not an object', args: [hostileValue()] };
    case 1:
      return { how: 'no payload', args: [] };
    case 2:
      return { how: `extra field`, args: [{ ...base, [`extra${int(100)}`]: hostileValue() }] };
    case 3: {
      const prototypeKey = pick(PROTOTYPE_KEYS);
      return { how: `prototype key ${prototypeKey}`, args: [withOwn(base, prototypeKey, hostileValue())] };
    }
    case 4: {
      const rest = { ...base };
      delete rest[key];
      return { how: `without ${key}`, args: [rest] };
    }
    case 5:
      return { how: `${key} of a wrong type`, args: [{ ...base, [key]: hostileValue() }] };
    case 6:
      return inner !== null && typeof inner === 'object' && !Array.isArray(inner)
        ? {
            how: `${key} with a prototype key`,
            args: [{ ...base, [key]: withOwn(inner as Record<string, unknown>, pick(PROTOTYPE_KEYS), 1) }],
          }
        : { how: `${key} nested deep`, args: [{ ...base, [key]: nested(50 + int(2000)) }] };
    case 7:
      return { how: 'extra arguments', args: [base, hostileValue(), hostileValue()] };
    default:
      return { how: `${key} a hostile string`, args: [{ ...base, [key]: hostileString() }] };
  }
}

const isBinary = (value: unknown): value is Buffer => Buffer.isBuffer(value);

function hasBinary(value: unknown): boolean {
  if (isBinary(value)) return true;
  if (value === null || typeof value !== 'object') return false;
  return Object.values(value).some(hasBinary);
}

/**
 * What the server receives for `value`: socket.io's JSON (NaN and Infinity become null), binary left as a value
 * no schema takes. A message with binary in it is copied key by key first, as socket.io's parser does before
 * sending: an own `__proto__` key then sets the copy's prototype and never reaches the wire.
 */
function onTheWire(value: unknown, binary = hasBinary(value)): unknown {
  if (value === undefined) return undefined;
  const copy = (inner: unknown): unknown => {
    if (isBinary(inner)) return { binary: true };
    if (Array.isArray(inner)) return inner.map(copy);
    if (inner === null || typeof inner !== 'object') return inner;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(inner)) {
      if (binary) out[key] = copy((inner as Record<string, unknown>)[key]);
      else Object.defineProperty(out, key, { value: copy((inner as Record<string, unknown>)[key]), enumerable: true });
    }
    return out;
  };
  return JSON.parse(JSON.stringify(copy(value)) ?? 'null');
}

type Role = 'unauthenticated' | 'student' | 'facilitator';
const mayAccess = (role: Role, event: ClientEventName) => {
  const access = clientEvents[event].access;
  return access === 'public' || (access === 'participant' ? role !== 'unauthenticated' : role === 'facilitator');
};

/** Whether the server would take this message as valid from this role (then it is not sent: it could change state). */
function wouldPass(role: Role, event: ClientEventName, args: unknown[]): boolean {
  if (!mayAccess(role, event) || Array.isArray(args[0])) return false;
  return parse(clientEvents[event].payload, onTheWire(args[0], hasBinary(args))).ok;
}

interface Sent {
  readonly role: Role;
  readonly event: string;
  readonly how: string;
  readonly ack: unknown;
}

function emitWithAck(socket: ClientSocket, event: string, args: unknown[]): Promise<unknown> {
  const target = socket.timeout(30_000) as unknown as { emitWithAck(e: string, ...a: unknown[]): Promise<unknown> };
  return target.emitWithAck(event, ...args).catch((error: Error) => ({ noAck: error.message }));
}

const isTypedRefusal = (ack: unknown) =>
  (ack as { ok?: unknown })?.ok === false && v.is(AckErrorSchema, (ack as { error?: unknown }).error);

let server: TestServer;
const logged: string[] = [];
const uncaught: unknown[] = [];
const onUncaught = (error: unknown) => uncaught.push(error);
let facilitator: Awaited<ReturnType<typeof startSession>>;

beforeAll(async () => {
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onUncaught);
  server = await startTestServer({
    log: (message) => logged.push(message),
    // The fuzz is about what each message does, not how many: no connection is cut off for its refusals here
    // (flood-limits.test.ts and noisy-neighbour.test.ts cut them off).
    limits: { eventBurst: 1e9, eventsPerSecond: 1e9, refusalBurst: 1e9, refusalsPerSecond: 1e9 },
  });
  // A session with something in it to protect: a poll open with answers, a question waiting, one approved.
  facilitator = await startSession(server.url);
  await request(facilitator.socket, 'poll:open', { poll: singlePoll('q', 0) });
  const phones = [new Phone(server.url), new Phone(server.url)];
  for (const phone of phones) await phone.join(facilitator.joinCode);
  await phones[0]!.answer('q', { kind: 'single', optionId: 'good' });
  await phones[1]!.answer('q', { kind: 'single', optionId: 'bad' });
  await request(phones[0]!.socket, 'question:ask', { text: 'Is it my fault?' });
  await request(phones[1]!.socket, 'question:ask', { text: 'Who can I tell?' });
  const queued = await facilitator.inbox.waitFor('moderation:queued', ({ entry }) => entry.text === 'Who can I tell?');
  await request(facilitator.socket, 'moderation:approve', { entryId: queued.entry.id });
  await server.app.polling.idle();
}, 60_000);

afterAll(async () => {
  process.off('uncaughtException', onUncaught);
  process.off('unhandledRejection', onUncaught);
  disconnectAll();
  await server.stop();
  removeDir(server.dataDir);
});

/** What a facilitator screen joining now is told, and the session's export: the state a teacher can see. */
async function facilitatorView(): Promise<unknown> {
  const socket = connect(server.url);
  const inbox = new Inbox(socket);
  await connected(socket);
  const joined = await request(socket, 'session:join', {
    joinCode: facilitator.joinCode,
    facilitatorKey: facilitator.facilitatorKey,
  });
  // Answered after the join's catch-up events, which the server sends on this connection first.
  const exported = await request(socket, 'session:export', { format: 'json' });
  socket.disconnect();
  // Who is connected right now is not the session's state: the fuzz's own connections come and go, and its
  // student's (valid) join takes a seat.
  const events = inbox.events.filter(({ name }) => name !== 'presence:changed' && name !== 'seats:changed');
  return { joined, exported, events };
}

describe('protocol fuzz', () => {
  let before: unknown;
  const sent: Sent[] = [];

  beforeAll(async () => {
    before = await facilitatorView();
  });

  it('refuses every malformed event from every role with a typed error, and changes nothing', async () => {
    onTestFailed(() => console.error(`protocol fuzz: ${replay}`));
    const sockets: Record<Role, ClientSocket> = {
      unauthenticated: await connectFrom(server.url, '127.30.0.1'),
      student: await connectFrom(server.url, '127.30.0.2'),
      facilitator: await connectFrom(server.url, '127.30.0.3'),
    };
    const student = await request(sockets.student, 'session:join', {
      joinCode: facilitator.joinCode,
      seat: randomSeat(),
    });
    expect(student).toMatchObject({ ok: true, seat: 'seated' });
    const lead = await request(sockets.facilitator, 'session:join', {
      joinCode: facilitator.joinCode,
      facilitatorKey: facilitator.facilitatorKey,
    });
    expect(lead.ok).toBe(true);

    const unknownEvents = [
      '',
      'x',
      'session:start ',
      'SESSION:JOIN',
      'poll:open\u0000',
      'a'.repeat(5000),
      ...PROTOTYPE_KEYS,
      ...LONE_SURROGATES,
    ];
    let skipped = 0;
    let withoutAck = 0;
    for (const role of ['unauthenticated', 'student', 'facilitator'] as const) {
      const messages: { event: string; how: string; args: unknown[] }[] = [];
      for (const event of [...CLIENT_EVENT_NAMES, ...unknownEvents]) {
        for (let i = 0; i < 40; i++) {
          const { how, args } = mutate(SEEDS[event] ?? {});
          const known = Object.hasOwn(clientEvents, event);
          if (known && wouldPass(role, event as ClientEventName, args)) {
            skipped++;
            continue;
          }
          messages.push({ event, how, args });
        }
      }
      // In batches, as a script would send them, each connection's answers awaited before the next batch.
      for (let start = 0; start < messages.length; start += 100) {
        const batch = messages.slice(start, start + 100);
        const acks = await Promise.all(
          batch.map(({ event, args }) => {
            if (rand() < 0.1) {
              // No acknowledgement asked: nothing comes back, and nothing may break.
              withoutAck++;
              (sockets[role] as unknown as { emit(e: string, ...a: unknown[]): void }).emit(event, ...args);
              return Promise.resolve(undefined);
            }
            return emitWithAck(sockets[role], event, args);
          }),
        );
        batch.forEach(({ event, how }, i) => {
          if (acks[i] !== undefined) sent.push({ role, event, how, ack: acks[i] });
        });
        expect(sockets[role].connected, `${role} dropped by the server after ${batch.at(-1)!.how}; ${replay}`).toBe(
          true,
        );
      }
    }

    const untyped = sent.filter(({ ack }) => !isTypedRefusal(ack));
    expect(untyped.slice(0, 5), `${untyped.length} of ${sent.length} without a typed refusal; ${replay}`).toEqual([]);
    expect(sent.length).toBeGreaterThan(2000);
    await server.app.polling.idle();
    expect(await facilitatorView(), replay).toEqual(before);
    expect(logged, replay).toEqual([]);
    expect(uncaught, replay).toEqual([]);
    console.log(
      `protocol fuzz (seed ${seed}): ${sent.length} refused with a typed error, ${withoutAck} sent without an ` +
        `acknowledgement, ${skipped} valid mutations not sent`,
    );
  }, 120_000);

  it('survives raw engine.io and socket.io frames no client would send', async () => {
    onTestFailed(() => console.error(`protocol fuzz: ${replay}`));
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const frames: (string | Buffer)[] = [
      '',
      '4',
      '42',
      '42[',
      '42["',
      '42[]',
      '42[1]',
      '42[null]',
      '42{}',
      '42"x"',
      '42["question:ask"',
      '421',
      '42abc["x"]',
      '4299999999999999999999["session:start",{}]',
      '42-1["x"]',
      '43',
      '431[]',
      '4399["x"]',
      '44{}',
      '41',
      '41/x,',
      '40/admin,',
      '40/nonexistent,{}',
      '40{"x":1}',
      '40[]',
      '45',
      '451-["x",{"_placeholder":true,"num":0}]',
      '451-["session:start",{"_placeholder":true,"num":7}]',
      '46',
      '47',
      '48',
      '49',
      '4x',
      '9',
      'x',
      '2',
      '2probe',
      '3',
      '5',
      '6',
      '1',
      '42["disconnect"]',
      '42["connect"]',
      '42["newListener","x"]',
      '42["disconnecting"]',
      '42["__proto__",{}]',
      '42["constructor"]',
      '423["toString",{}]',
      '42[NaN]',
      '42[Infinity]',
      '424["question:ask",{"text":NaN}]',
      '425["session:join",{"joinCode":Infinity}]',
      '426["session:join",{"__proto__":{"joinCode":"222222"},"joinCode":"222222"}]',
      '427["session:start",{"language":"en","country":"BE","constructor":{"prototype":{"x":1}}}]',
      `428["session:join",${deep}]`,
      `42${deep}`,
      `429["x",${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}]`,
      '4210["session:join",{"joinCode":"\uD800\uD800"}]',
      '4211["\uDFFF",{}]',
      '4212["question:ask",{"text":"\\ud800"}]',
      Buffer.from([0, 1, 2, 255]),
      Buffer.from('42["session:start"]'),
      Buffer.from([0x34, 0x32, 0x5b, 0x22, 0xff, 0xfe, 0x22, 0x5d]), // invalid UTF-8 (sent as binary)
    ];
    const typed: string[] = [];
    for (const frame of frames) {
      const socket = await openWebSocket(server.port, '127.31.0.1');
      if (typeof socket === 'number') throw new Error(`refused (${socket}); ${replay}`);
      socket.on('error', () => {});
      await joinNamespace(socket);
      const closed = new Promise<'closed'>((resolve) => socket.once('close', () => resolve('closed')));
      const answers: string[] = [];
      socket.on('message', (data: Buffer) => answers.push(data.toString()));
      socket.send(frame);
      // A question the server answers if the connection still stands: either that answer or the close comes.
      const probe = new Promise<'answered'>((resolve) =>
        socket.on('message', (data: Buffer) => data.toString().startsWith('43999') && resolve('answered')),
      );
      socket.send('42999["no-such-event"]');
      const outcome = await Promise.race([closed, probe]);
      for (const answer of answers.filter((text) => text.startsWith('43'))) {
        const [ack] = JSON.parse(answer.replace(/^43\d+/, '')) as unknown[];
        expect(isTypedRefusal(ack), `${JSON.stringify(frame)} answered ${answer}; ${replay}`).toBe(true);
        typed.push(answer);
      }
      if (outcome === 'answered') socket.close();
    }
    // A text frame that is not UTF-8 at all: the WebSocket layer closes it.
    const invalid = await openWebSocket(server.port, '127.31.0.2');
    if (typeof invalid === 'number') throw new Error(`refused (${invalid})`);
    invalid.on('error', () => {});
    const closedCode = new Promise<number>((resolve) => invalid.once('close', (code) => resolve(code)));
    invalid.send(Buffer.from([0x34, 0x32, 0xff, 0xfe]), { binary: false });
    expect(await closedCode).toBe(1007);

    // Long-polling bodies: a handshake, then posts no client would make.
    const open = await httpGet(server.port, '/socket.io/?EIO=4&transport=polling', '127.31.0.3');
    const sid = (JSON.parse(open.body.slice(1)) as { sid: string }).sid;
    for (const body of [
      '40',
      '42',
      '4\x1e\x1e\x1e',
      'b' + 'A'.repeat(100),
      '42["x",' + deep + ']',
      '\uD800',
      '421["x"]\x1e431[]',
    ]) {
      const status = await postPolling(server.port, `/socket.io/?EIO=4&transport=polling&sid=${sid}`, body);
      expect([200, 400], `${JSON.stringify(body)}: ${status}; ${replay}`).toContain(status);
    }
    expect(await postPolling(server.port, '/socket.io/?EIO=4&transport=polling&sid=nope', '40')).toBe(400);
    expect((await httpGet(server.port, '/socket.io/?EIO=9&transport=polling')).status).toBe(400);

    expect((await httpGet(server.port, '/healthz')).status).toBe(200);
    expect(await facilitatorView(), replay).toEqual(before);
    expect(logged, replay).toEqual([]);
    expect(uncaught, replay).toEqual([]);
    console.log(
      `raw frames: ${frames.length} on WebSockets (${typed.length} answered with a typed refusal), 7 polling bodies`,
    );
  }, 60_000);

  it('stores a free text with lone surrogates as U+FFFD, and the class still answers', async () => {
    onTestFailed(() => console.error(`protocol fuzz: ${replay}`));
    const phone = new Phone(server.url);
    expect(await phone.join(facilitator.joinCode)).toMatchObject({ ok: true });
    const texts = Array.from({ length: 5 }, (_, i) => `fuzz ${i} ${pick(LONE_SURROGATES)} ${pick(LONE_SURROGATES)}`);
    for (const text of texts)
      expect(await request(phone.socket, 'question:ask', { text }), replay).toEqual({ ok: true });
    expect(await phone.submit('q', { kind: 'single', optionId: 'meh' }), replay).toMatchObject({ ok: true });
    await server.app.polling.idle();
    const db = new Database(join(server.dataDir, DATABASE_FILE), { readonly: true });
    const record = db.prepare('SELECT record FROM sessions WHERE id = ?').pluck().get(facilitator.sessionId) as string;
    db.close();
    expect(record.isWellFormed()).toBe(true);
    // Each half character replaced by U+FFFD, the rest of the words kept.
    for (const text of texts) expect(record, replay).toContain(text.toWellFormed());
    expect(logged, replay).toEqual([]);
    expect(uncaught, replay).toEqual([]);
  }, 60_000);
});

describe('protocol fuzz with the default limits', () => {
  it('answers a fuzzing connection with typed refusals until it cuts it off', async () => {
    onTestFailed(() => console.error(`protocol fuzz: ${replay}`));
    const guarded = await startTestServer({ log: (message) => logged.push(message) });
    try {
      const socket = await connectFrom(guarded.url, '127.32.0.1');
      let reason: string | null = null;
      socket.once('disconnect', (why) => (reason = why));
      const acks: unknown[] = [];
      for (let i = 0; i < 400 && reason === null; i++) {
        const event = pick(CLIENT_EVENT_NAMES);
        const { args } = mutate(SEEDS[event] ?? {});
        if (wouldPass('unauthenticated', event, args)) continue;
        // Not awaited one by one: a script does not wait either. Unanswered once cut off.
        acks.push(emitWithAck(socket, event, args));
      }
      const answered = (await Promise.all(acks)).filter((ack) => !(ack as { noAck?: string }).noAck);
      expect(
        answered.filter((ack) => !isTypedRefusal(ack)),
        replay,
      ).toEqual([]);
      expect(answered.some((ack) => (ack as { error?: { code?: string } }).error?.code === 'rate_limited')).toBe(true);
      expect(reason, replay).toBe('io server disconnect');
      expect((await httpGet(guarded.port, '/healthz')).status).toBe(200);
      expect(logged, replay).toEqual([]);
    } finally {
      disconnectAll();
      await guarded.stop();
      removeDir(guarded.dataDir);
    }
  }, 60_000);
});

function postPolling(port: number, path: string, body: string): Promise<number> {
  return fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', body }).then(
    (response) => response.body?.cancel().then(() => response.status) ?? response.status,
  );
}
