/**
 * Load benchmark: `npm run bench:load -- --classrooms N --students 30`.
 *
 * Starts the real server (server/app.ts, SQLite in a temp folder) as a child process on loopback, then
 * simulated classrooms in client processes (socket.io-client over WebSocket): per classroom a facilitator
 * starts a session and opens a poll; each phone fetches its blind-signed ballot while the student reads the
 * question, as the join page does; once every phone holds one (the teacher says "go"), each student answers
 * once, at a random moment within the answer window (`--answer-window-ms 0`: every answer at once, a burst).
 * Reading and answering are two phases because here one process blinds and unblinds for every phone, work each
 * phone does for itself: overlapped with the answers, it held the clients' event loop and counted as latency.
 *
 * Each classroom comes from a loopback address of its own (`schoolAddress`), as a school's phones come through
 * its router: the server runs the shipped limits per address and raises only its limits for the whole server
 * (sessions started, sessions at once), so that a run measures the kit as a school network meets it.
 *
 * Latency: from a student's send to the moment the facilitator's connection sees that answer counted in a
 * `tally:updated`. Answers carry no id (they are anonymous), so within a classroom the k-th answer sent is
 * taken as seen when the count first reaches k. A facilitator and its students share one process, so one
 * clock. The server and the clients run in separate processes so that the clients' work does not count as
 * the server's latency; with two cores, more client processes only compete with the server.
 *
 * Prints, as its last line, one JSON object:
 * {"classrooms":N,"students":…,"answers":…,"lost":…,"p50_ms":…,"p95_ms":…,"p99_ms":…,"ballot_p50_ms":…,
 *  "ballot_p95_ms":…,"max_rss_mb":…,"server_cpu_ms":…,"answers_cpu_ms":…}
 * (`lost`: answers sent that the facilitator never saw counted; `ballot_*`: from poll:opened to the phone holding
 * its blind-signed ballot, fetched while the student reads; `max_rss_mb`: the server process's peak;
 * `server_cpu_ms`: the CPU time the server used, all its threads, from the polls opening to the last answer seen,
 * a figure that, unlike the latencies, hardly moves when other work shares the machine; `answers_cpu_ms`: the
 * part of it from "go" on, the answers alone.)
 *
 * `--nodes N`: the kit runs as N nodes over Redis behind nginx (ADR 13, scripts/cluster.ts: Redis and nginx
 * started for the run) and the clients go through nginx, routed by session as the kit's pages are;
 * `max_rss_mb` is then the largest node's peak.
 *
 * `--nodes 1,2` (several counts) or `--sweep`: the cluster's benchmark (scripts/bench-sweep.ts), one run of this
 * script per measurement: each count at `--classrooms`, taking turns, then the largest classroom count that
 * holds p95 ≤ `--p95-ms` (250) for each; a table at the end.
 *
 * `--baseline`: then runs the same clients, with the same options, against a bare socket.io server that only
 * acknowledges each answer and sends the facilitator a counter (scripts/bench-baseline.ts), and adds to the last
 * line `"baseline":{"lost":…,"p50_ms":…,"p95_ms":…,"p99_ms":…,"server_cpu_ms":…}` and `"p95_ratio"`: the kit's
 * p95 over the bare server's, what the kit's checks, durable commit and tally cost on top of socket.io on this
 * machine (goal ≤ 1.5).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { io, type Socket } from 'socket.io-client';
import { blindBallot, deriveSeat, newDeviceSecret } from '../app/student-keys';
import type { ClientToServerEvents, ServerToClientEvents } from '../protocol/events';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const SELF = fileURLToPath(import.meta.url);

interface Options {
  classrooms: number;
  students: number;
  answerWindowMs: number;
  clientProcesses: number;
  timeoutS: number;
  baseline: boolean;
  /** Kit servers as nodes over Redis behind nginx (scripts/cluster.ts); 0: one server on SQLite, no nginx. */
  nodes: number;
  /** `--nodes 1,2` and `--sweep`: the comparison and the sweep of bench-sweep.ts, over these node counts. */
  nodesList: number[];
  sweep: boolean;
  pairs: number;
  repeat: number;
  p95Ms: number;
  from: number;
  max: number;
  step: number;
}

/** What a client process reports when its classrooms are done. */
interface ClientReport {
  latencies: number[];
  /** From poll:opened to the phone holding its signed ballot (ballot:key, blinding, ballot:sign, unblinding). */
  ballotMs: number[];
  answers: number;
  counted: number;
  failedAcks: number;
  maxRssMb: number;
}

type ToClient = { type: 'go' } | { type: 'answer' } | { type: 'finish' };
type FromClient =
  { type: 'ready' } | { type: 'read' } | { type: 'report'; report: ClientReport } | { type: 'error'; message: string };
type FromServer = { type: 'listening'; port: number } | { type: 'stats'; maxRssMb: number; cpuMs: number };

function options(): Options {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: {
      classrooms: { type: 'string', default: '10' },
      students: { type: 'string', default: '30' },
      'answer-window-ms': { type: 'string', default: '10000' },
      'client-processes': { type: 'string', default: '1' },
      'timeout-s': { type: 'string', default: '600' },
      baseline: { type: 'boolean', default: false },
      nodes: { type: 'string', default: '0' },
      sweep: { type: 'boolean', default: false },
      pairs: { type: 'string', default: '1' },
      repeat: { type: 'string', default: '1' },
      'p95-ms': { type: 'string', default: '250' },
      from: { type: 'string', default: '10' },
      max: { type: 'string', default: '800' },
      step: { type: 'string', default: '10' },
      routed: { type: 'string', default: '' },
      role: { type: 'string', default: 'main' },
      url: { type: 'string', default: '' },
      first: { type: 'string', default: '0' },
      count: { type: 'string', default: '0' },
    },
  });
  const whole = (name: string, text: string, min: number) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be an integer ≥ ${min}`);
    return value;
  };
  const int = (name: keyof typeof values, min: number) => whole(name, String(values[name]), min);
  // `--nodes 1,2`: several node counts, compared by the sweep (bench-sweep.ts).
  const nodesList = String(values.nodes)
    .split(',')
    .map((text) => whole('nodes', text.trim(), 0));
  return {
    classrooms: int('classrooms', 1),
    students: int('students', 1),
    answerWindowMs: int('answer-window-ms', 0),
    clientProcesses: int('client-processes', 1),
    timeoutS: int('timeout-s', 10),
    baseline: values.baseline,
    nodes: nodesList[0]!,
    nodesList,
    sweep: values.sweep,
    pairs: int('pairs', 1),
    repeat: int('repeat', 1),
    p95Ms: int('p95-ms', 1),
    from: int('from', 1),
    max: int('max', 1),
    step: int('step', 1),
  };
}

function arg(name: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? '' : (process.argv[index + 1] ?? '');
}

/** CPU time this process has used so far, every thread of it (the store's and the signing threads too). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return Math.round((user + system) / 1000);
}

function mb(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}

// ─── the server process ────────────────────────────────────────────────────────────────────────────────

async function serve(): Promise<void> {
  const { createApplication } = await import('../server/app');
  const { SqliteSessionStore } = await import('../server/store/sqlite-session-store');
  const root = mkdtempSync(join(tmpdir(), 'pb-bench-'));
  const distDir = join(root, 'dist');
  mkdirSync(distDir);
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>bench</title>');
  // --nodes: this server is one node of several over Redis (ADR 13), behind nginx at 127.0.0.1, whose X-Real-IP
  // names each classroom's own address.
  const { openClusterNode } = await import('../server/cluster/cluster-node');
  const node = arg('redis-url') ? await openClusterNode({ url: arg('redis-url'), name: arg('node') }) : null;
  const store = node?.store ?? new SqliteSessionStore({ dir: join(root, 'data') });
  const classrooms = Number(arg('classrooms'));
  // Every classroom starts its session at once, each from a new address: the limits for the whole server let
  // them. The limits per address and per connection stay as shipped (each classroom has its own address); they
  // once were raised to the count of phones for one shared address, which left out the presenter's second
  // connection through nginx and refused the last handshakes of a quick run ("websocket error").
  const app = await createApplication({
    distDir,
    store,
    limits: {
      serverStartBurst: classrooms + 10,
      newcomerStartBurst: classrooms + 10,
      maxActiveSessions: classrooms + 10,
    },
    leases: node?.leases,
    trustedProxies: node ? ['127.0.0.1'] : [],
  });
  const { port } = await app.listen(Number(arg('port') || 0), '127.0.0.1');
  const stop = async () => {
    await app.close();
    await node?.leases.close();
    await store.close();
    rmSync(root, { recursive: true, force: true });
    process.exit(0);
  };
  serveTheBench(port, stop);
}

/** The yardstick for `--baseline`: a bare socket.io server, in a process of its own as the kit's server is. */
async function serveBaseline(): Promise<void> {
  const { startBaselineServer } = await import('./bench-baseline');
  const server = await startBaselineServer();
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  serveTheBench(server.port, stop);
}

/** A server process's side of the talk with the benchmark: listening, stats on request, stop. */
function serveTheBench(port: number, stop: () => Promise<void>): void {
  process.on('message', (message: { type: string }) => {
    if (message.type === 'stats') {
      process.send?.({
        type: 'stats',
        maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
        cpuMs: cpuMs(),
      } satisfies FromServer);
    }
    if (message.type === 'stop') void stop();
  });
  // The benchmark went away (crashed, Ctrl+C): do not linger.
  process.on('disconnect', () => void stop());
  process.send?.({ type: 'listening', port } satisfies FromServer);
}

// ─── a client process: some of the classrooms ─────────────────────────────────────────────────────────

function emitWithAck<T>(socket: ClientSocket, event: string, payload: unknown, timeoutMs = 15_000): Promise<T> {
  const target = socket.timeout(timeoutMs) as unknown as { emitWithAck(e: string, p: unknown): Promise<T> };
  return target.emitWithAck(event, payload);
}

/** Phones of one classroom that share a school's address: the shipped new seats per address fit them. */
const PHONES_PER_ADDRESS = 30;

/**
 * The loopback address the `group`-th group of a classroom's phones (and its facilitator: group 0) connects
 * from. Linux routes all of 127.0.0.0/8 to loopback; 127.1.x.y leaves out 127.0.0.1, nginx's own address, which
 * the nodes trust to name the phone's.
 */
export function schoolAddress(classroom: number, group = 0, groups = 1): string {
  const n = classroom * groups + group;
  if (n >= 250 * 250) throw new Error('more classrooms than the bench has loopback addresses for');
  return `127.1.${Math.floor(n / 250)}.${1 + (n % 250)}`;
}

/**
 * `session`: the join code, in the address as the kit's pages put it, for nginx to route by (--nodes);
 * `from`: the local address the connection comes from.
 */
function open(url: string, from: string, session?: string): Promise<ClientSocket> {
  return new Promise((resolve, reject) => {
    const query = session ? { session } : undefined;
    const socket: ClientSocket = io(url, {
      transports: ['websocket'],
      forceNew: true,
      timeout: 30_000,
      query,
      // engine.io-client hands it to the WebSocket (ws), whose TCP socket binds it.
      ...({ localAddress: from } as object),
    });
    socket.once('connect', () => resolve(socket));
    // A refused handshake (a 403) reaches a WebSocket client only as "websocket error": say who was refused.
    socket.once('connect_error', (error) => reject(new Error(`${error.message} (a connection from ${from})`)));
  });
}

/** Runs `tasks` with at most `limit` at a time (thousands of handshakes at once only fill the backlog). */
async function inBatches<T>(count: number, limit: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array<T>(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, count) }, async () => {
      while (next < count) {
        const index = next++;
        results[index] = await task(index);
      }
    }),
  );
  return results;
}

interface Student {
  socket: ClientSocket;
  secret: string;
}

type Signed = { ballotKey: string; signature: string } | null;

/** As the join page does when a poll shows: blind the ballot key, have the poll sign it, unblind (ADR 10). */
async function signedBallot(student: Student, sessionId: string, pollId: string): Promise<Signed> {
  const key = await emitWithAck<{ ok: boolean; modulus: string }>(student.socket, 'ballot:key', { pollId });
  if (!key.ok) return null;
  const ballot = blindBallot(student.secret, sessionId, pollId, key.modulus);
  const signed = await emitWithAck<{ ok: boolean; blindSignature: string }>(student.socket, 'ballot:sign', {
    pollId,
    blinded: ballot.blinded,
  });
  const signature = signed.ok ? ballot.finish(signed.blindSignature) : null;
  return signature ? { ballotKey: ballot.ballotKey, signature } : null;
}

interface Classroom {
  facilitator: ClientSocket;
  students: Student[];
  sessionId: string;
  sends: number[];
  seen: number;
  latencies: number[];
  counted: number;
  done: () => void;
  finished: Promise<void>;
}

async function clients(): Promise<void> {
  const opts = options();
  const url = arg('url');
  const count = Number(arg('count'));
  // This process's classrooms, numbered across every client process: each its own address.
  const first = Number(arg('first'));
  const groups = Math.ceil(opts.students / PHONES_PER_ADDRESS);
  const send = (message: FromClient) => process.send?.(message);
  process.on('disconnect', () => process.exit(0));

  const rooms: Classroom[] = [];
  let failedAcks = 0;
  let answers = 0;
  const ballotMs: number[] = [];
  for (let r = 0; r < count; r++) {
    const school = (group: number) => schoolAddress(first + r, group, groups);
    let facilitator = await open(url, school(0));
    const started = await emitWithAck<{ ok: boolean; joinCode: string; facilitatorKey: string; sessionId: string }>(
      facilitator,
      'session:start',
      { language: 'en', country: 'BE', classSize: opts.students },
    );
    if (!started.ok) throw new Error(`session:start refused: ${JSON.stringify(started)}`);
    if (arg('routed')) {
      // As the presenter's page does once it has a code: on, through nginx, to the node of the session.
      facilitator.disconnect();
      facilitator = await open(url, school(0), started.joinCode);
    }
    const joined = await emitWithAck<{ ok: boolean }>(facilitator, 'session:join', {
      joinCode: started.joinCode,
      facilitatorKey: started.facilitatorKey,
    });
    if (!joined.ok) throw new Error('facilitator join refused');
    let done = () => {};
    const finished = new Promise<void>((resolve) => (done = resolve));
    const room: Classroom = {
      facilitator,
      students: [],
      sessionId: started.sessionId,
      sends: [],
      seen: 0,
      latencies: [],
      counted: 0,
      done,
      finished,
    };
    facilitator.on('tally:updated', ({ view }) => {
      if (view.pollId !== 'bench') return;
      const now = performance.now();
      room.counted = Math.max(room.counted, view.answerCount);
      for (; room.seen < Math.min(view.answerCount, room.sends.length); room.seen++) {
        room.latencies.push(now - room.sends[room.seen]);
      }
      if (room.counted >= opts.students) room.done();
    });
    room.students = await inBatches(opts.students, 30, async (phone) => {
      const socket = await open(
        url,
        school(Math.floor(phone / PHONES_PER_ADDRESS)),
        arg('routed') ? started.joinCode : undefined,
      );
      const secret = newDeviceSecret();
      const ack = await emitWithAck<{ ok: boolean; seat?: string }>(socket, 'session:join', {
        joinCode: started.joinCode,
        seat: deriveSeat(secret, started.joinCode),
      });
      if (!ack.ok || ack.seat !== 'seated') throw new Error(`student join refused: ${JSON.stringify(ack)}`);
      return { socket, secret };
    });
    rooms.push(room);
  }
  send({ type: 'ready' });

  await new Promise<void>((resolve) =>
    process.once('message', (message: ToClient) => message.type === 'go' && resolve()),
  );

  const options_ = ['a', 'b', 'c', 'd'];
  /** One phone's answer, with the ballot it fetched while its student read (none: the answer counts as refused). */
  const answer = async (room: Classroom, student: Student, pollId: string, signed: Signed) => {
    answers++;
    if (!signed) return void failedAcks++;
    room.sends.push(performance.now());
    const optionId = options_[Math.floor(Math.random() * options_.length)];
    const ack = await emitWithAck<{ ok: boolean }>(student.socket, 'answer:submit', {
      pollId,
      ...signed,
      answer: { kind: 'single', optionId },
    }).catch(() => ({ ok: false }));
    if (!ack.ok) failedAcks++;
  };
  // Per phone, once it holds its ballot: its answer, to send when the whole class has read the question.
  const readers: Promise<() => Promise<void>>[] = [];
  for (const room of rooms) {
    for (const student of room.students) {
      readers.push(
        new Promise((read) =>
          student.socket.once('poll:opened', ({ poll }) => {
            const openedAt = performance.now();
            void signedBallot(student, room.sessionId, poll.id)
              .then(
                (signed) => (ballotMs.push(Math.round((performance.now() - openedAt) * 10) / 10), signed),
                (): Signed => null,
              )
              .then((signed) => read(() => answer(room, student, poll.id, signed)));
          }),
        ),
      );
    }
    void emitWithAck(room.facilitator, 'poll:open', {
      poll: {
        id: 'bench',
        kind: 'single',
        question: 'Benchmark',
        options: options_.map((id) => ({ id, label: id.toUpperCase() })),
      },
    });
  }
  const answerings = await Promise.all(readers);
  const answering = new Promise<void>((resolve) =>
    process.once('message', (message: ToClient) => message.type === 'answer' && resolve()),
  );
  send({ type: 'read' });
  await answering;
  for (const sendAnswer of answerings) setTimeout(() => void sendAnswer(), Math.random() * opts.answerWindowMs);

  await new Promise<void>((resolve) => {
    process.once('message', (message: ToClient) => message.type === 'finish' && resolve());
    void Promise.all(rooms.map((room) => room.finished)).then(() => resolve());
  });
  const report: FromClient = {
    type: 'report',
    report: {
      latencies: rooms.flatMap((room) => room.latencies.map((ms) => Math.round(ms * 10) / 10)),
      ballotMs,
      answers,
      counted: rooms.reduce((sum, room) => sum + Math.min(room.counted, room.sends.length), 0),
      failedAcks,
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    },
  };
  // Exit only once the report is written to the channel (a large one takes a while on a busy loop).
  process.send?.(report, () => {
    for (const room of rooms) {
      room.facilitator.disconnect();
      for (const student of room.students) student.socket.disconnect();
    }
    process.exit(0);
  });
}

// ─── the benchmark itself ────────────────────────────────────────────────────────────────────────────

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, index)] * 10) / 10;
}

function child(args: string[], nodeArgs: string[] = []): ChildProcess {
  return fork(SELF, args, {
    execArgv: ['--import', 'tsx', ...nodeArgs],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

function nextMessage<T extends { type: string }>(proc: ChildProcess, type: T['type']): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: T) => {
      if (message.type === 'error') reject(new Error(String((message as unknown as { message: string }).message)));
      if (message.type !== type) return;
      proc.off('message', onMessage);
      resolve(message);
    };
    proc.on('message', onMessage);
    proc.once('exit', (code, signal) =>
      reject(new Error(`process ${proc.pid} exited (${code ?? signal}) while the benchmark waited for "${type}"`)),
    );
  });
}

/** What one run against one server measured. */
interface Figures {
  answers: number;
  lost: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  ballot_p50_ms: number;
  ballot_p95_ms: number;
  max_rss_mb: number;
  server_cpu_ms: number;
  answers_cpu_ms: number;
}

/** Starts `server` (the kit's, or the bare baseline), connects every classroom, has them answer, and stops it. */
async function measure(opts: Options, server: 'server' | 'baseline'): Promise<Figures> {
  const started = performance.now();
  const processes: ChildProcess[] = [];
  const deadline = setTimeout(() => {
    console.error(`bench: gave up after ${opts.timeoutS} s`);
    for (const proc of processes) proc.kill('SIGKILL');
    process.exit(2);
  }, opts.timeoutS * 1000);

  // e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server alone.
  const serverNodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const nodes = opts.nodes > 0 && server === 'server' ? await startNodes(opts, serverNodeArgs) : null;
  const serverProcess =
    nodes?.servers[0] ??
    child(
      ['--role', server, '--classrooms', String(opts.classrooms), '--students', String(opts.students)],
      serverNodeArgs,
    );
  const servers = nodes?.servers ?? [serverProcess];
  processes.push(...servers);
  const url =
    nodes?.url ??
    `http://127.0.0.1:${(await nextMessage<Extract<FromServer, { type: 'listening' }>>(serverProcess, 'listening')).port}`;

  const shares = Array.from(
    { length: Math.min(opts.clientProcesses, opts.classrooms) },
    (_, i) => Math.floor(opts.classrooms / opts.clientProcesses) + (i < opts.classrooms % opts.clientProcesses ? 1 : 0),
  );
  const workers = shares.map((count, i) => {
    const worker = child([
      '--role',
      'clients',
      '--url',
      url,
      '--first',
      String(shares.slice(0, i).reduce((sum, share) => sum + share, 0)),
      '--count',
      String(count),
      '--students',
      String(opts.students),
      '--answer-window-ms',
      String(opts.answerWindowMs),
      ...(nodes ? ['--routed', '1'] : []),
    ]);
    processes.push(worker);
    return worker;
  });
  await Promise.all(workers.map((worker) => nextMessage(worker, 'ready')));
  const connectedAt = performance.now();
  const stats = (proc: ChildProcess) => {
    proc.send({ type: 'stats' });
    return nextMessage<Extract<FromServer, { type: 'stats' }>>(proc, 'stats');
  };
  const cpuAtGo = (await Promise.all(servers.map(stats))).reduce((sum, { cpuMs }) => sum + cpuMs, 0);
  const reports = workers.map((worker) => nextMessage<Extract<FromClient, { type: 'report' }>>(worker, 'report'));
  const read = Promise.all(workers.map((worker) => nextMessage(worker, 'read')));
  for (const worker of workers) worker.send({ type: 'go' } satisfies ToClient);
  // The teacher says "go" once every phone of every process holds its ballot: the answers' burst (or window)
  // then meets a server that is not signing ballots at the same time, as in a classroom.
  await read;
  const cpuAtAnswer = (await Promise.all(servers.map(stats))).reduce((sum, { cpuMs }) => sum + cpuMs, 0);
  for (const worker of workers) worker.send({ type: 'answer' } satisfies ToClient);

  // Every classroom is done when its facilitator saw all its answers; past the window plus a margin, stop.
  const graceMs = opts.answerWindowMs + 30_000;
  const late = setTimeout(
    () => workers.forEach((worker) => worker.send({ type: 'finish' } satisfies ToClient)),
    graceMs,
  );
  const results = (await Promise.all(reports)).map((message) => message.report);
  clearTimeout(late);

  // With --nodes, the largest of the nodes' peaks, and their CPU time together.
  const atEnd = await Promise.all(servers.map(stats));
  const maxRssMb = Math.max(...atEnd.map((figures) => figures.maxRssMb));
  const cpuAtEnd = atEnd.reduce((sum, { cpuMs }) => sum + cpuMs, 0);
  const exited = new Promise((resolve) => serverProcess.once('exit', resolve));
  if (nodes) await nodes.stop();
  else serverProcess.send({ type: 'stop' });
  // The next run (the baseline) starts on a machine the kit's server has left.
  await exited;
  clearTimeout(deadline);

  const latencies = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const ballots = results.flatMap((r) => r.ballotMs).sort((a, b) => a - b);
  const answers = results.reduce((sum, r) => sum + r.answers, 0);
  const counted = results.reduce((sum, r) => sum + r.counted, 0);
  const expected = opts.classrooms * opts.students;
  const failedAcks = results.reduce((sum, r) => sum + r.failedAcks, 0);
  console.log(
    `bench${server === 'baseline' ? ' (bare socket.io baseline)' : ''}: ${opts.classrooms} classrooms × ` +
      `${opts.students} students, answers spread over ${opts.answerWindowMs} ms; ` +
      `connected in ${Math.round(connectedAt - started)} ms; refused or unacknowledged answers: ${failedAcks}; ` +
      `client processes: ${workers.length} (peak RSS ${results.map((r) => r.maxRssMb).join(', ')} MB); ` +
      `this process ${mb(process.memoryUsage().rss)} MB`,
  );
  return {
    answers,
    lost: Math.max(0, expected - counted),
    p50_ms: percentile(latencies, 50),
    p95_ms: percentile(latencies, 95),
    p99_ms: percentile(latencies, 99),
    ballot_p50_ms: percentile(ballots, 50),
    ballot_p95_ms: percentile(ballots, 95),
    max_rss_mb: maxRssMb,
    server_cpu_ms: cpuAtEnd - cpuAtGo,
    answers_cpu_ms: cpuAtEnd - cpuAtAnswer,
  };
}

/** `--nodes N`: N kit servers as nodes over Redis behind nginx (scripts/cluster.ts); clients go through nginx. */
async function startNodes(opts: Options, nodeArgs: string[]) {
  const { startCluster } = await import('./cluster');
  const servers: ChildProcess[] = [];
  const cluster = await startCluster({
    nodes: opts.nodes,
    startNode: async ({ name, port, redisUrl }) => {
      const args = ['--classrooms', String(opts.classrooms), '--students', String(opts.students)];
      const node = child(
        ['--role', 'server', ...args, '--redis-url', redisUrl, '--node', name, '--port', String(port)],
        nodeArgs,
      );
      servers.push(node);
      await nextMessage(node, 'listening');
      return node;
    },
  });
  // What nginx found wrong (out of files or connections) says why a run through it failed: at the end of the
  // run, or when a failed run exits.
  const report = () => {
    const trouble = cluster.nginxTrouble();
    if (trouble.length > 0) console.error(`bench: nginx logged ${trouble.length} lines, the last:\n${trouble.at(-1)}`);
  };
  process.once('exit', report);
  return {
    url: cluster.url,
    servers,
    stop: async () => {
      process.off('exit', report);
      report();
      await cluster.stop();
    },
  };
}

async function main(): Promise<void> {
  const opts = options();
  if (opts.sweep || opts.nodesList.length > 1) {
    const { runSweep } = await import('./bench-sweep');
    await runSweep({ ...opts, nodes: opts.nodesList });
    process.exit(0);
  }
  const kit = await measure(opts, 'server');
  const line: Record<string, unknown> = {
    ...(opts.nodes > 0 && { nodes: opts.nodes }),
    classrooms: opts.classrooms,
    students: opts.classrooms * opts.students,
    ...kit,
  };
  if (opts.baseline) {
    const { lost, p50_ms, p95_ms, p99_ms, server_cpu_ms, answers_cpu_ms } = await measure(opts, 'baseline');
    line.baseline = { lost, p50_ms, p95_ms, p99_ms, server_cpu_ms, answers_cpu_ms };
    line.p95_ratio = p95_ms > 0 ? Math.round((kit.p95_ms / p95_ms) * 100) / 100 : null;
  }
  console.log(JSON.stringify(line));
  process.exit(0);
}

const role = arg('role') || 'main';
const run = role === 'server' ? serve : role === 'baseline' ? serveBaseline : role === 'clients' ? clients : main;
run().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  if (role === 'clients') process.send?.({ type: 'error', message } satisfies FromClient);
  console.error(`bench (${role}): ${message}`);
  process.exit(1);
});
