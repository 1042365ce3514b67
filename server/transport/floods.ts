/**
 * The floods of issue 18, as a hostile device on the school's network sends them, against a kit server in its
 * own process (child-harness.ts): each returns what the flood achieved (the figure a network administrator
 * cares about) and the server's memory before it, at its peak and once it is over and collected. Used by the
 * flood tests (smaller floods, assertions on counts and memory, never on time) and `npm run bench:floods`.
 *
 * Clients come from their own loopback addresses (127.x.y.z all reach the server on Linux), as phones and
 * laptops on a LAN would. Raw WebSockets and HTTP requests stand for scripts; socket.io clients for phones.
 */
import { request as httpRequest } from 'node:http';
import { Worker } from 'node:worker_threads';
import { WebSocket } from 'ws';
import type { ChildServer, ServerReading } from './child-harness';
import type { Inbox } from './test-harness';
import {
  connectFrom,
  disconnectAll,
  Phone,
  randomSeat,
  rawRequest,
  request,
  singlePoll,
  sleep,
  startSession,
  type ClientSocket,
} from './test-harness';

export interface MemoryFigures {
  /** heapUsed after forced collections, before the flood and once it is over. */
  readonly before: ServerReading;
  /** The highest heapUsed and RSS sampled while the flood ran (no collection forced). */
  readonly peak: { heapUsed: number; rss: number };
  readonly after: ServerReading;
}

export interface FloodResult<T> extends MemoryFigures {
  readonly figure: T;
}

/** Waits until `test` holds, asking again every few milliseconds: a state, never a fixed time. */
export async function until(test: () => boolean | Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await test())) {
    if (performance.now() > deadline) throw new Error(`never happened within ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Runs `flood` against the server and reads its memory around it: before (collected), the peak while it runs,
 * and after `over` says the flood's traces should be gone (connections closed, sessions expired), collected.
 */
export async function measure<T>(
  server: ChildServer,
  flood: () => Promise<T>,
  over: () => Promise<void> = () => released(server),
): Promise<FloodResult<T>> {
  const before = await server.memory();
  await server.peak(true);
  const figure = await flood();
  const peak = await server.peak(true);
  await over();
  const after = await server.memory();
  return { figure, before, peak, after };
}

/** Once every client has gone: the server holds no connection and no socket any more. */
export async function released(server: ChildServer): Promise<void> {
  disconnectAll();
  await until(async () => {
    const now = await server.counts();
    return now.engineClients === 0 && now.sockets === 0 && now.httpConnections === 0;
  }, 'the server let go of every connection');
}

export const percentile = (values: readonly number[], p: number): number => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/** One HTTP request from `address`, on a connection of its own; resolves with the status and the body. */
export function httpGet(port: number, path: string, address = '127.0.0.1'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, localAddress: address, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The health probe's loop, in a worker thread: its timings are the server's, not the flooding clients'. */
const PROBE = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const latencies = [];
let failures = 0;
let running = true;
parentPort.once('message', () => (running = false));
const ask = () => new Promise((resolve) => {
  const req = http.request({ host: '127.0.0.1', port: workerData.port, path: '/healthz', localAddress: workerData.address, agent: false }, (res) => {
    res.resume();
    res.on('end', () => resolve(res.statusCode === 200));
  });
  req.on('error', () => resolve(false));
  req.end();
});
(async () => {
  while (running) {
    const began = performance.now();
    if (await ask()) latencies.push(performance.now() - began);
    else failures++;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  parentPort.postMessage({ latencies, failures });
})();
`;

/**
 * Asks `/healthz` again and again from an address of its own until stopped: what an operator's monitoring (or a
 * phone loading the join page) sees while the flood runs. Timings are reported, never asserted.
 */
export function healthProbe(port: number, address = '127.0.9.9') {
  const worker = new Worker(PROBE, { eval: true, workerData: { port, address } });
  const done = new Promise<{ latencies: number[]; failures: number }>((resolve) => worker.once('message', resolve));
  return {
    async stop() {
      worker.postMessage('stop');
      const { latencies, failures } = await done;
      await worker.terminate();
      return {
        requests: latencies.length + failures,
        failures,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
      };
    },
  };
}

/** A raw engine.io WebSocket (what a script opens), or the HTTP status that refused it (0: no answer). */
export function openWebSocket(port: number, address: string): Promise<WebSocket | number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/socket.io/?EIO=4&transport=websocket`, {
      localAddress: address,
    });
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      response.resume();
      socket.terminate();
    });
    socket.once('error', () => resolve(0));
  });
}

/** Joins the class-poll namespace on a raw WebSocket, as socket.io's client does after opening. */
export function joinNamespace(socket: WebSocket): Promise<boolean> {
  return new Promise((resolve) => {
    const read = (data: Buffer) => {
      if (!data.toString().startsWith('40')) return;
      socket.off('message', read);
      resolve(true);
    };
    socket.on('message', read);
    socket.once('close', () => resolve(false));
    socket.send('40');
  });
}

const closeAll = (sockets: readonly WebSocket[]) => sockets.forEach((socket) => socket.terminate());

/**
 * 1. Connections per address: `count` WebSockets opened from one address within seconds, each joining the
 * namespace and held; `/healthz` asked meanwhile from another address.
 */
export async function connectionFlood(server: ChildServer, { count = 5000, address = '127.0.1.1' } = {}) {
  const probe = healthProbe(server.port);
  const began = performance.now();
  const attempts = await Promise.all(Array.from({ length: count }, () => openWebSocket(server.port, address)));
  const opened = attempts.filter((attempt): attempt is WebSocket => typeof attempt !== 'number');
  const joined = await Promise.all(opened.map(joinNamespace));
  const seconds = (performance.now() - began) / 1000;
  const held = (await server.counts()).sockets;
  const health = await probe.stop();
  closeAll(opened);
  return {
    count,
    seconds,
    held,
    joined: joined.filter(Boolean).length,
    // engine.io refuses an upgrade with a bare 400 (a polling handshake gets the 403 with the reason).
    refused: attempts.filter((attempt) => typeof attempt === 'number' && attempt > 0).length,
    failed: attempts.filter((attempt) => attempt === 0).length,
    health,
  };
}

const settings = { language: 'en', country: 'BE' } as const;

/**
 * 2. Session starts: `addresses` addresses × `perAddress` `session:start`; then a teacher on a new address.
 * The flood's sessions are unused: they go once the (shortened) unused lifetime is over and the sweep runs.
 */
export async function sessionStartFlood(server: ChildServer, { addresses = 100, perAddress = 20, subnet = 1 } = {}) {
  const attackers = await Promise.all(
    Array.from({ length: addresses }, (_, i) => connectFrom(server.url, `127.2.${subnet}.${i + 1}`)),
  );
  const acks = await Promise.all(
    attackers.flatMap((socket) =>
      Array.from({ length: perAddress }, () => request(socket, 'session:start', settings, 30_000)),
    ),
  );
  const teacher = await request(await connectFrom(server.url, `127.2.${subnet}.250`), 'session:start', settings);
  return {
    sent: addresses * perAddress,
    started: acks.filter((ack) => ack.ok).length,
    teacher: teacher.ok ? 'started' : `refused (${teacher.error.code})`,
  };
}

/**
 * 3. A client that never reads: a raw WebSocket that joins, stops reading, then sends `messages` requests that
 * each get an acknowledgement. The server must cut it off once its unsent output passes the bound.
 */
export async function nonReaderFlood(server: ChildServer, { messages = 100_000, address = '127.3.0.1' } = {}) {
  const socket = await openWebSocket(server.port, address);
  if (typeof socket === 'number') throw new Error(`the non-reader was refused (${socket})`);
  socket.on('error', () => {}); // the server cuts it off: expected
  await joinNamespace(socket);
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  const earlier = (await server.counts()).cutOffNotReading;
  (socket as unknown as { _socket: { pause(): void } })._socket.pause();
  let sent = 0;
  for (; sent < messages && socket.readyState === WebSocket.OPEN; sent++) {
    socket.send(`42${sent}["session:join",{"joinCode":"222222"}]`);
    // Lets the close through now and then, as a real script's loop would.
    if (sent % 5000 === 4999) await new Promise((resolve) => setImmediate(resolve));
  }
  // Cut off for its unsent output (engine.io's heartbeat would also drop it, but only after 45 s).
  const cutOff = await until(
    async () => (await server.counts()).cutOffNotReading > earlier,
    'the non-reader cut off',
    60_000,
  )
    .then(() => true)
    .catch(() => false);
  socket.terminate();
  await closed;
  return { sent, cutOff };
}

/**
 * 4. The moderation queue flooded from one phone: `connections` connections of one address, each with a seat of
 * its own, ask distinct questions until refused; then another student asks.
 */
export async function questionFlood(server: ChildServer, { connections = 10, perConnection = 30 } = {}) {
  const facilitator = await startSession(server.url, { ...settings, classSize: 100 });
  const sockets = await Promise.all(
    Array.from({ length: connections }, async () => {
      const socket = await connectFrom(server.url, '127.4.0.1');
      await request(socket, 'session:join', { joinCode: facilitator.joinCode, seat: randomSeat() });
      return socket;
    }),
  );
  let queued = 0;
  await Promise.all(
    sockets.map(async (socket, c) => {
      for (let i = 0; i < perConnection && socket.connected; i++) {
        const ack = await request(socket, 'question:ask', { text: `flood ${c} ${i}` }, 15_000).catch(() => null);
        if (ack?.ok) queued++;
      }
    }),
  );
  const student = await connectFrom(server.url, '127.4.0.2');
  await request(student, 'session:join', { joinCode: facilitator.joinCode, seat: randomSeat() });
  const asked = await request(student, 'question:ask', { text: 'Who can I tell?' });
  return {
    sent: connections * perConnection,
    queued,
    otherStudent: asked.ok ? 'queued' : `refused (${asked.error.code})`,
  };
}

/**
 * 5. Half-open long-polling handshakes: `count` engine.io handshakes from one address, never followed by a poll,
 * `concurrency` at a time. Each accepted one is closed after the handshake timeout.
 */
export async function halfOpenFlood(
  server: ChildServer,
  { count = 20_000, concurrency = 100, address = '127.5.0.1' } = {},
) {
  let accepted = 0;
  let refused = 0;
  const began = performance.now();
  for (let sent = 0; sent < count; sent += concurrency) {
    const answers = await Promise.all(
      Array.from({ length: Math.min(concurrency, count - sent) }, () =>
        httpGet(server.port, '/socket.io/?EIO=4&transport=polling', address).catch(() => null),
      ),
    );
    accepted += answers.filter((answer) => answer?.status === 200).length;
    refused += answers.filter((answer) => answer?.status === 403).length;
  }
  const seconds = (performance.now() - began) / 1000;
  const heldAtEnd = (await server.counts()).engineClients;
  return { count, seconds, accepted, refused, heldAtEnd };
}

/**
 * 6. A flooder: one joined phone sending `messages` requests as fast as its socket takes them. Cut off for its
 * refusals over time: the figure is how many it sent before the server hung up.
 */
export async function flooderFlood(server: ChildServer, { messages = 20_000 } = {}) {
  const facilitator = await startSession(server.url);
  const flooder = await connectFrom(server.url, '127.6.0.1');
  await request(flooder, 'session:join', { joinCode: facilitator.joinCode, seat: randomSeat() });
  let reason: string | null = null;
  flooder.once('disconnect', (why) => (reason = why));
  let sent = 0;
  for (; sent < messages && reason === null; sent++) {
    flooder.emit('question:ask', { text: `spam ${sent}` }, () => {});
    if (sent % 200 === 199) await new Promise((resolve) => setImmediate(resolve));
  }
  await until(() => reason !== null, 'the flooder cut off').catch(() => {});
  return { sent, cutOff: reason === 'io server disconnect' };
}

/**
 * 7. Event names from Object's prototype: how many get an answer (a typed refusal), then a flood of them from
 * one connection until it is cut off.
 */
export async function prototypeFlood(server: ChildServer, { messages = 5000 } = {}) {
  const names = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];
  const socket = await connectFrom(server.url, '127.7.0.1');
  const answers = await Promise.all(names.map((name) => rawRequest(socket, name, {}).catch(() => null)));
  const typed = answers.filter(
    (answer) => (answer as { error?: { code?: string } } | null)?.error?.code === 'invalid_payload',
  ).length;
  let reason: string | null = null;
  socket.once('disconnect', (why) => (reason = why));
  let sent = 0;
  for (; sent < messages && reason === null; sent++) {
    (socket as unknown as { emit(e: string, ...a: unknown[]): void }).emit(names[sent % names.length]!, {}, () => {});
    if (sent % 200 === 199) await new Promise((resolve) => setImmediate(resolve));
  }
  await until(() => reason !== null, 'the prototype flooder cut off').catch(() => {});
  return { names: names.length, answered: typed, floodSent: sent, floodCutOff: reason === 'io server disconnect' };
}

/**
 * 8. A question sent again after lost acknowledgements: `times` sends with one ask id, from one phone; the count
 * the facilitator's screen shows.
 */
export async function resentQuestionFlood(server: ChildServer, { times = 30 } = {}) {
  const facilitator = await startSession(server.url);
  const inbox: Inbox = facilitator.inbox;
  const phone: ClientSocket = await connectFrom(server.url, '127.8.0.1');
  await request(phone, 'session:join', { joinCode: facilitator.joinCode, seat: randomSeat() });
  const question = { text: 'Is it my fault?', askId: 'a'.repeat(32) };
  let acknowledged = 0;
  for (let i = 0; i < times; i++) {
    const ack = await request(phone, 'question:ask', question).catch(() => null);
    if (ack?.ok) acknowledged++;
  }
  const entry = await inbox.waitFor('moderation:queued', ({ entry: e }) => e.text === question.text);
  // Any later count change would come as an update; the phone's sends are all acknowledged by now.
  const updates = inbox.all('moderation:updated').filter(({ entry: e }) => e.text === question.text);
  return { sent: times, acknowledged, counted: Math.max(entry.entry.count, ...updates.map(({ entry: e }) => e.count)) };
}

export interface ClassRun {
  /** Each student's answer:submit, from the send to its acknowledgement (ms). */
  readonly latencies: number[];
  /** Per poll, the answers the facilitator's tally counted, and the answers sent. */
  readonly counted: number[];
  readonly expected: number;
  /** Answers refused (any code): a student would have seen "not sent". */
  readonly refused: number;
}

export interface FlooderFigures {
  /** Messages the flooding connections sent, and how often the server cut one off. */
  readonly sent: number;
  readonly cutOffs: number;
  /** From its first message to its first cut-off (ms). */
  readonly firstCutOffMs: number | null;
}

/**
 * #10.4, a noisy neighbour: a class of `students` phones answers `polls` polls (each phone at a random moment
 * within `windowMs` of the poll opening) while, when `flood` is set, one more phone of the same class sends
 * `rate` messages a second (ballot keys: real work for the server) and connects again each time it is cut off.
 */
export async function classUnderFlood(
  url: string,
  { students = 30, polls = 3, windowMs = 1000, flood = false, rate = 1000, classroom = 1 } = {},
): Promise<{ class: ClassRun; flooder: FlooderFigures | null }> {
  const facilitator = await startSession(url, { ...settings, classSize: students + 1 });
  // A classroom behind its own router: one address for the whole class.
  const phones = Array.from({ length: students }, () => new Phone(url, { address: `127.11.0.${classroom}` }));
  for (const phone of phones) {
    const joined = await phone.join(facilitator.joinCode);
    if (!joined.ok) throw new Error(`a student could not join: ${joined.error.code}`);
  }
  const flooder = flood ? startFlooder(url, facilitator.joinCode, rate, 'q0', `127.10.0.${classroom}`) : null;
  const latencies: number[] = [];
  const counted: number[] = [];
  let refused = 0;
  try {
    for (let p = 0; p < polls; p++) {
      const pollId = `q${p}`;
      flooder?.aim(pollId);
      const opened = await request(facilitator.socket, 'poll:open', { poll: singlePoll(pollId, 0) }, 30_000);
      if (!opened.ok) throw new Error(`poll:open refused: ${opened.error.code}`);
      await Promise.all(
        phones.map(async (phone) => {
          const ballot = await phone.ballot(pollId);
          await sleep(Math.random() * windowMs);
          const began = performance.now();
          const ack = await request(
            phone.socket,
            'answer:submit',
            { pollId, ...ballot, answer: { kind: 'single', optionId: 'good' } },
            30_000,
          );
          latencies.push(performance.now() - began);
          if (!ack.ok) refused++;
        }),
      );
      const view = await facilitator.inbox.waitFor(
        'tally:updated',
        ({ view: v }) => v.pollId === pollId && v.answerCount >= students - refused,
        30_000,
      );
      counted.push(view.view.answerCount);
      await request(facilitator.socket, 'poll:close', { pollId }, 30_000);
    }
  } finally {
    await flooder?.stop();
  }
  return { class: { latencies, counted, expected: students, refused }, flooder: flooder?.figures() ?? null };
}

/**
 * The flooding phone, in a worker thread of its own: the class's latencies then measure the server, not the
 * flooder's own encoding in this process. Plain JavaScript (a worker does not load TypeScript).
 */
const FLOODER = `
const { parentPort, workerData } = require('node:worker_threads');
const { io } = require('socket.io-client');
const { url, joinCode, seat, rate, address } = workerData;
let pollId = workerData.pollId;
let sent = 0, cutOffs = 0, firstAt = null, firstCutOffMs = null, socket = null, stopped = false;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function connectAgain() {
  while (!stopped) {
    const next = io(url, { forceNew: true, transports: ['websocket'], reconnection: false, localAddress: address });
    const ok = await new Promise((resolve) => { next.once('connect', () => resolve(true)); next.once('connect_error', () => resolve(false)); });
    if (!ok) { next.close(); await sleep(50); continue; }
    await next.timeout(4000).emitWithAck('session:join', { joinCode, seat }).catch(() => null);
    next.once('disconnect', (reason) => {
      if (reason === 'io server disconnect') { cutOffs++; if (firstCutOffMs === null) firstCutOffMs = performance.now() - (firstAt ?? performance.now()); }
      socket = null;
      if (!stopped) void connectAgain();
    });
    socket = next;
    return;
  }
}
void connectAgain();
const perTick = Math.max(1, Math.round(rate / 100));
const timer = setInterval(() => {
  if (!socket || !socket.connected) return;
  if (firstAt === null) firstAt = performance.now();
  for (let i = 0; i < perTick; i++) { socket.emit('ballot:key', { pollId }, () => {}); sent++; }
}, 10);
parentPort.on('message', (message) => {
  if (message.pollId) pollId = message.pollId;
  if (message.stop) {
    stopped = true;
    clearInterval(timer);
    if (socket) socket.disconnect();
    parentPort.postMessage({ sent, cutOffs, firstCutOffMs });
  }
});
`;

/** One phone of the class sending `rate` messages a second, connecting again (same seat) each time it is cut off. */
function startFlooder(url: string, joinCode: string, rate: number, firstPollId: string, address: string) {
  const worker = new Worker(FLOODER, {
    eval: true,
    workerData: { url, joinCode, seat: randomSeat(), rate, address, pollId: firstPollId },
  });
  let figures: FlooderFigures = { sent: 0, cutOffs: 0, firstCutOffMs: null };
  return {
    aim(pollId: string) {
      worker.postMessage({ pollId });
    },
    async stop() {
      const done = new Promise<FlooderFigures>((resolve) => worker.once('message', resolve));
      worker.postMessage({ stop: true });
      figures = await done;
      await worker.terminate();
    },
    figures: () => figures,
  };
}
