/**
 * What the socket tests share: a real kit server on a free port with a SQLite file in a temp folder, and
 * real socket.io clients (phones and facilitator screens).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Answer } from '../../protocol/answer';
import { blindBallot, deriveSeat } from '../../app/student-keys';
import { deriveBallotKey, deviceSecretFromBytes } from '../../protocol/ballot-key';
import type { ClientAck, ClientEventName, ClientPayloadInput } from '../../protocol/client-events';
import type { ClientToServerEvents, ServerToClientEvents } from '../../protocol/events';
import type { PollDefinitionInput } from '../../protocol/poll';
import { meTooBoxId } from '../../protocol/questions';
import type { ServerEventName, ServerPayload } from '../../protocol/server-events';
import { createApplication, type Application, type ApplicationOptions } from '../app';
import type { SessionStore } from '../store/session-store';
import { SqliteSessionStore } from '../store/sqlite-session-store';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface TestServer {
  readonly app: Application;
  readonly store: SqliteSessionStore;
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  stop(): Promise<void>;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A kit folder with just enough in it for the HTTP side. */
export function fakeDist(): string {
  const dir = tempDir('pb-dist-');
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>home</title>');
  mkdirSync(join(dir, 'assets'));
  return dir;
}

export async function startTestServer(
  options: Partial<Omit<ApplicationOptions, 'store'>> & {
    dataDir?: string;
    port?: number;
    /** Wraps the real store, e.g. to make a write fail. */
    wrapStore?: (store: SessionStore) => SessionStore;
  } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? tempDir('pb-data-');
  const distDir = options.distDir ?? fakeDist();
  const store = new SqliteSessionStore({ dir: dataDir });
  const app = await createApplication({
    log: () => {},
    ...options,
    distDir,
    store: options.wrapStore ? options.wrapStore(store) : store,
  });
  const { port } = await app.listen(options.port ?? 0, '127.0.0.1');
  return {
    app,
    store,
    url: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    async stop() {
      await app.close();
      await store.close();
      if (!options.distDir) removeDir(distDir);
    },
  };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

type TestServerOptions = Parameters<typeof startTestServer>[0];

/**
 * One kit server for every test of a file: started before the first, its clients disconnected after each, stopped
 * and its data folder removed after the last. Stands for that server (its url, app, store…) once it has started.
 */
export function sharedTestServer(options: TestServerOptions = {}): TestServer {
  let started: TestServer | undefined;
  const current = (): TestServer => {
    if (!started) throw new Error('the shared test server starts before the first test');
    return started;
  };
  beforeAll(async () => {
    started = await startTestServer(options);
  });
  afterEach(() => disconnectAll());
  afterAll(async () => {
    if (!started) return;
    await started.stop();
    removeDir(started.dataDir);
  });
  return {
    get app() {
      return current().app;
    },
    get store() {
      return current().store;
    },
    get url() {
      return current().url;
    },
    get port() {
      return current().port;
    },
    get dataDir() {
      return current().dataDir;
    },
    stop: () => current().stop(),
  };
}

/**
 * Kit servers a test starts for itself (its own limits, or a restart on the same data folder): after each test its
 * clients are disconnected and every server it started and did not stop is stopped, its data folder removed.
 */
export function serversPerTest(): (options?: TestServerOptions) => Promise<TestServer> {
  const running: { server: TestServer; stopped: boolean }[] = [];
  afterEach(async () => {
    disconnectAll();
    const entries = running.splice(0);
    // Every server stops before any folder goes: a restarted server runs on the folder of the one before it.
    for (const entry of entries) if (!entry.stopped) await entry.server.stop();
    for (const entry of entries) removeDir(entry.server.dataDir);
  });
  return async (options = {}) => {
    const server = await startTestServer(options);
    const entry = { server, stopped: false };
    running.push(entry);
    // A test that stops a server itself (to start another on its data folder) leaves only the folder to remove.
    return {
      ...server,
      async stop() {
        entry.stopped = true;
        await server.stop();
      },
    };
  };
}

const sockets = new Set<ClientSocket>();

/** Every test client sends this, so a test can check that no user agent reaches the data folder. */
export const TEST_USER_AGENT = 'PhoneBrowser/9.9 (unmistakable-user-agent)';

/**
 * A real client; reconnects quickly, as a phone does after a dropped connection. `address`: the loopback
 * address its connection comes from (WebSocket only), as a classroom behind its own router.
 */
export function connect(
  url: string,
  options: { transports?: ('websocket' | 'polling')[]; address?: string } = {},
): ClientSocket {
  const socket: ClientSocket = io(url, {
    forceNew: true,
    transports: options.transports ?? ['websocket'],
    reconnectionDelay: 50,
    reconnectionDelayMax: 250,
    extraHeaders: { 'User-Agent': TEST_USER_AGENT },
    ...(options.address && ({ localAddress: options.address } as object)),
  });
  sockets.add(socket);
  return socket;
}

/**
 * A client whose connection comes from `address` (a loopback address such as 127.0.0.7), connected, not reconnecting:
 * how the tests and the flood figures play many devices on one machine. Closed by `disconnectAll`.
 */
export async function connectFrom(url: string, address: string): Promise<ClientSocket> {
  const socket: ClientSocket = io(url, {
    forceNew: true,
    transports: ['websocket'],
    reconnection: false,
    // engine.io-client hands this to the WebSocket (ws), whose TCP socket then binds that local address.
    ...({ localAddress: address } as object),
  });
  sockets.add(socket);
  await connected(socket);
  return socket;
}

/** A seat as a phone shows it: 32 random bytes in hex. */
export const randomSeat = (): string => Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('hex');

export function disconnectAll(): void {
  for (const socket of sockets) socket.disconnect();
  sockets.clear();
}

export function connected(socket: ClientSocket): Promise<void> {
  return socket.connected ? Promise.resolve() : new Promise((resolve) => socket.once('connect', () => resolve()));
}

/** Sends an event and resolves with its acknowledgement. */
export async function request<E extends ClientEventName>(
  socket: ClientSocket,
  event: E,
  payload: ClientPayloadInput<E>,
  timeoutMs = 4000,
): Promise<ClientAck<E>> {
  const target = socket.timeout(timeoutMs) as unknown as { emitWithAck(e: string, p: unknown): Promise<ClientAck<E>> };
  return target.emitWithAck(event, payload);
}

/** Sends anything at all (the server must cope) and resolves with whatever comes back. */
export function rawRequest(socket: ClientSocket, event: string, ...args: unknown[]): Promise<unknown> {
  const target = socket.timeout(4000) as unknown as { emitWithAck(e: string, ...a: unknown[]): Promise<unknown> };
  return target.emitWithAck(event, ...args);
}

/** Collects what a client receives, to wait for or to assert on. */
export class Inbox {
  readonly events: { name: ServerEventName; payload: unknown }[] = [];
  readonly #waiters = new Set<() => void>();

  constructor(socket: ClientSocket) {
    socket.onAny((name: ServerEventName, payload: unknown) => {
      this.events.push({ name, payload });
      for (const waiter of this.#waiters) waiter();
    });
  }

  all<E extends ServerEventName>(name: E): ServerPayload<E>[] {
    return this.events.filter((event) => event.name === name).map((event) => event.payload as ServerPayload<E>);
  }

  last<E extends ServerEventName>(name: E): ServerPayload<E> | undefined {
    return this.all(name).at(-1);
  }

  clear(): void {
    this.events.length = 0;
  }

  /** Resolves with the first event (already received or to come) that satisfies `test`. */
  waitFor<E extends ServerEventName>(
    name: E,
    test: (payload: ServerPayload<E>) => boolean = () => true,
    timeoutMs = 5000,
  ): Promise<ServerPayload<E>> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.all(name).find(test);
        if (found === undefined) return false;
        this.#waiters.delete(check);
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(check);
        reject(new Error(`no ${name} as expected within ${timeoutMs} ms; last: ${JSON.stringify(this.last(name))}`));
      }, timeoutMs);
      if (!check()) this.#waiters.add(check);
    });
  }
}

/** A facilitator screen: starts (or joins) a session with the key. */
export async function startSession(
  url: string,
  settings: ClientPayloadInput<'session:start'> = { language: 'en', country: 'BE' },
) {
  const socket = connect(url);
  const inbox = new Inbox(socket);
  await connected(socket);
  const started = await request(socket, 'session:start', settings);
  if (!started.ok) throw new Error(`session:start failed: ${started.error.message}`);
  const joined = await request(socket, 'session:join', {
    joinCode: started.joinCode,
    facilitatorKey: started.facilitatorKey,
  });
  if (!joined.ok) throw new Error(`facilitator join failed: ${joined.error.message}`);
  return { socket, inbox, ...started };
}

/** `count` phones joined one after the other, each with a seat (not on the waiting list). */
export async function seatedPhones(url: string, joinCode: string, count: number): Promise<Phone[]> {
  const phones: Phone[] = [];
  for (let n = 0; n < count; n++) {
    const phone = new Phone(url);
    expect(await phone.join(joinCode)).toMatchObject({ ok: true, seat: 'seated' });
    phones.push(phone);
  }
  return phones;
}

/** A started session: its facilitator screen and `count` seated phones. */
export async function classOf(url: string, count: number, settings?: ClientPayloadInput<'session:start'>) {
  const facilitator = await startSession(url, settings);
  return { facilitator, phones: await seatedPhones(url, facilitator.joinCode, count) };
}

export interface SignedBallot {
  readonly ballotKey: string;
  readonly signature: string;
}

/**
 * A student's phone, reduced to what the server relies on: a device secret (and the seat derived from it), a
 * join that is repeated after every reconnection, a blind-signed ballot per poll, and answers that are sent
 * again until acknowledged. Two Phones with the same secret are one phone in two tabs.
 */
export class Phone {
  readonly socket: ClientSocket;
  readonly inbox: Inbox;
  readonly secret: string;
  code: string | null = null;
  sessionId: string | null = null;
  readonly pending = new Map<string, Answer>();
  readonly acked = new Map<string, Answer>();
  readonly #ackWaiters = new Map<string, () => void>();

  constructor(
    url: string,
    options: { secret?: string; transports?: ('websocket' | 'polling')[]; address?: string } = {},
  ) {
    this.secret = options.secret ?? deviceSecretFromBytes(crypto.getRandomValues(new Uint8Array(32)));
    this.socket = connect(url, options);
    this.inbox = new Inbox(this.socket);
    this.socket.on('connect', () => {
      if (this.code) void this.#join().catch(() => {});
    });
  }

  async join(code: string): Promise<ClientAck<'session:join'>> {
    this.code = code;
    await connected(this.socket);
    return this.#join();
  }

  ballotKey(pollId: string): string {
    return deriveBallotKey(this.secret, this.sessionId!, pollId);
  }

  /** The seat this phone shows when it joins (the join code is canonical, upper case). */
  get seat(): string {
    return deriveSeat(this.secret, this.code!.toUpperCase());
  }

  /** Blinds this phone's ballot key for the poll, has the server sign it, and unblinds the signature. */
  async ballot(pollId: string): Promise<SignedBallot> {
    const key = await request(this.socket, 'ballot:key', { pollId });
    if (!key.ok) throw new Error(`ballot:key refused: ${key.error.code} ${key.error.message}`);
    const ballot = blindBallot(this.secret, this.sessionId!, pollId, key.modulus);
    const signed = await request(this.socket, 'ballot:sign', { pollId, blinded: ballot.blinded });
    if (!signed.ok) throw new Error(`ballot:sign refused: ${signed.error.code} ${signed.error.message}`);
    const signature = ballot.finish(signed.blindSignature);
    if (!signature) throw new Error('the server’s blind signature does not unblind to a signature');
    return { ballotKey: ballot.ballotKey, signature };
  }

  /** One answer, once, with this phone's signed ballot: the acknowledgement as it comes. */
  async submit(pollId: string, answer: Answer): Promise<ClientAck<'answer:submit'>> {
    return request(this.socket, 'answer:submit', { pollId, ...(await this.ballot(pollId)), answer });
  }

  /** "Me too" on an approved question, with this phone's ballot for that question's box. */
  async meToo(questionId: string): Promise<ClientAck<'question:me-too'>> {
    const ballot = await this.ballot(meTooBoxId(questionId));
    return request(this.socket, 'question:me-too', { questionId, ...ballot });
  }

  /** Resolves once the server acknowledged the answer, however many reconnections that takes. */
  answer(pollId: string, answer: Answer): Promise<void> {
    this.pending.set(pollId, answer);
    const done = new Promise<void>((resolve) => this.#ackWaiters.set(pollId, resolve));
    void this.#send(pollId);
    return done;
  }

  async #join(): Promise<ClientAck<'session:join'>> {
    const ack = await request(this.socket, 'session:join', { joinCode: this.code!, seat: this.seat });
    if (ack.ok) {
      this.sessionId = ack.sessionId;
      for (const pollId of this.pending.keys()) void this.#send(pollId);
    }
    return ack;
  }

  async #send(pollId: string): Promise<void> {
    const answer = this.pending.get(pollId);
    if (!answer || !this.socket.connected || !this.sessionId) return;
    try {
      const ack = await request(this.socket, 'answer:submit', { pollId, ...(await this.ballot(pollId)), answer }, 2000);
      if (this.pending.get(pollId) !== answer) return;
      if (ack.ok) {
        this.pending.delete(pollId);
        this.acked.set(pollId, answer);
        this.#ackWaiters.get(pollId)?.();
      } else if (ack.error.code === 'rate_limited' || ack.error.code === 'internal') {
        setTimeout(() => void this.#send(pollId), 100);
      } else if (ack.error.code !== 'forbidden') {
        throw new Error(`answer refused: ${ack.error.code} ${ack.error.message}`);
      }
      // forbidden: the server does not know this connection (it restarted); the next join sends again.
    } catch {
      // No acknowledgement (the server went away): the next connection sends it again.
    }
  }
}

export const singlePoll = (id = 'mood', minResponses?: number): PollDefinitionInput => ({
  id,
  kind: 'single',
  question: 'How do you feel?',
  options: [
    { id: 'good', label: 'Good' },
    { id: 'meh', label: 'Meh' },
    { id: 'bad', label: 'Bad' },
  ],
  ...(minResponses === undefined ? {} : { minResponses }),
});

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
