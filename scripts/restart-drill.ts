/**
 * A class in the middle of a poll when the laptop's server dies (SIGKILL) and is started again on the same data
 * folder. The phones are the join page's own code (app/student-connection.ts) over real socket.io clients with
 * the join page's connection options, the teacher's screen is the console's (app/facilitator-connection.ts);
 * nobody touches anything after the crash.
 *
 * Half the class has answered (acknowledged) when the server dies, the other half is answering: some of those
 * answers reached the disk, some did not. After the restart every phone must come back by itself, send what
 * was not acknowledged, and the tally must hold each phone's answer exactly once.
 *
 * Used by scripts/bench-restart.ts (timings, several runs) and scripts/restart-drill.test.ts (behaviour only).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { connected, FacilitatorConnection, request, type FacilitatorSocket } from '../app/facilitator-connection';
import { MemoryStorage } from '../app/memory-storage';
import { LIVE_SOCKET_OPTIONS } from '../app/socket-options';
import { StudentConnection, type StudentSocket } from '../app/student-connection';
import type { PollDefinitionInput } from '../protocol/poll';
import { freePort, killServerProcess, startServerProcess, type ServerProcess } from './server-process';

export interface DrillOptions {
  readonly phones: number;
  /** Between the crash and the new start: 0 restarts at once. */
  readonly downMs?: number;
  /** How long phones may take to come back before the drill gives up on them. */
  readonly patienceMs?: number;
  /** Extra environment for the server (e.g. `HOSTED: '1'`). */
  readonly env?: Record<string, string>;
}

export interface DrillResult {
  readonly phones: number;
  /** From the new server's spawn to its "is running" line. */
  readonly startMs: number;
  /** Per phone that came back: from the new server's spawn to its join acknowledged again, seat and all. */
  readonly backMs: readonly number[];
  /** Per phone whose answer was not acknowledged before the crash: from the spawn to "answer received". */
  readonly resentMs: readonly number[];
  /** Per phone that reconnected: from the new server's spawn to its socket connected again (before rejoining). */
  readonly reconnectMs: readonly number[];
  /** Phones not back within the patience. */
  readonly notBack: number;
  /** The console, the same way (`undefined`: not back). */
  readonly consoleBackMs: number | undefined;
  /** Answers the phones had been told "received" when the server died. */
  readonly ackedBeforeCrash: number;
  /** Answers a phone was told "received" that the final tally does not count. */
  readonly lost: number;
  /** Answers counted more than once. */
  readonly doubled: number;
}

const POLL: PollDefinitionInput = {
  id: 'restart',
  kind: 'single',
  question: 'Which one?',
  options: [
    { id: 'before', label: 'Answered before the crash' },
    { id: 'during', label: 'Answering during the crash' },
  ],
};

/** The second half of the class taps its answer within this time; the server dies halfway through. */
const TAPPING_MS = 1000;

/** Resolves once `test` holds, checked after every change `subscribe` reports (and at once). */
function until(subscribe: (listener: () => void) => () => void, test: () => boolean, what: string, ms: number) {
  return new Promise<void>((resolve, reject) => {
    const check = () => {
      if (!test()) return;
      stop();
      clearTimeout(timer);
      resolve();
    };
    const stop = subscribe(check);
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`${what}: not within ${ms} ms`));
    }, ms);
    check();
  });
}

const every = <T>(items: readonly T[], subscribe: (item: T, listener: () => void) => () => void) => {
  return (listener: () => void) => {
    const stops = items.map((item) => subscribe(item, listener));
    return () => stops.forEach((stop) => stop());
  };
};

function fakeDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pb-drill-dist-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>kit</title>');
  mkdirSync(join(dir, 'assets'));
  return dir;
}

export async function runRestartDrill(options: DrillOptions): Promise<DrillResult> {
  const { phones: count, downMs = 0, patienceMs = 60_000, env } = options;
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'pb-drill-data-'));
  const distDir = fakeDist();
  const sockets: (StudentSocket | FacilitatorSocket)[] = [];
  const studentSockets: StudentSocket[] = [];
  let server: ServerProcess | undefined;
  // Each phone and the console open their own connection, as separate devices do (no shared Manager).
  const open = <S extends StudentSocket | FacilitatorSocket>(): S => {
    const socket = io(`http://127.0.0.1:${port}`, { ...LIVE_SOCKET_OPTIONS, forceNew: true }) as S;
    sockets.push(socket);
    return socket;
  };
  const patience = Math.max(patienceMs, 30_000);
  const timers: ReturnType<typeof setTimeout>[] = [];

  try {
    server = await startServerProcess({ port, dataDir, distDir, env });

    // The presenter starts the session; the console joins with the key.
    const starter = open<FacilitatorSocket>();
    if (!(await connected(starter, patience))) throw new Error('the console cannot connect');
    const started = await request(starter, 'session:start', { language: 'en', country: 'BE' });
    if (!started.ok) throw new Error(`session:start: ${started.error.message}`);
    const teacher = new FacilitatorConnection(starter, started);
    const onTeacher = (listener: () => void) => teacher.subscribe(listener);
    await until(onTeacher, () => teacher.state.joined, 'the console joins', patience);

    const phones = Array.from(
      { length: count },
      () =>
        new StudentConnection({
          connect: () => {
            const socket = open<StudentSocket>();
            studentSockets.push(socket);
            return socket;
          },
          store: new MemoryStorage(),
          secretStore: new MemoryStorage(),
        }),
    );
    const onPhones = every(phones, (phone, listener) => phone.subscribe(listener));
    for (const phone of phones) phone.join(started.joinCode);
    await until(onPhones, () => phones.every((p) => p.joined), 'every phone joins', patience);

    const opened = await teacher.openPoll(POLL);
    if (!opened.ok) throw new Error(`poll:open: ${opened.error.message}`);
    await until(onPhones, () => phones.every((p) => p.state.phase === 'poll'), 'every phone shows the poll', patience);

    const half = Math.ceil(count / 2);
    const answeredBefore = phones.slice(0, half);
    const answeringDuring = phones.slice(half);
    const received = (p: StudentConnection) => p.state.answerStatus === 'received';
    for (const phone of answeredBefore) phone.answer({ kind: 'single', optionId: 'before' });
    await until(onPhones, () => answeredBefore.every(received), 'the first half is answered', patience);
    // The second half taps over a second, and the server dies halfway through: some of those answers are
    // acknowledged, some are on their way, some are sent to a server that is gone.
    answeringDuring.forEach((phone, i) => {
      const tap = setTimeout(() => phone.answer({ kind: 'single', optionId: 'during' }), (i * TAPPING_MS) / half);
      timers.push(tap);
    });
    await new Promise((resolve) => setTimeout(resolve, TAPPING_MS / 2));
    await killServerProcess(server.child);
    // Acknowledgements the kernel had already sent may still arrive: let the phones see they are offline.
    await until(onPhones, () => phones.every((p) => !p.state.online), 'every phone sees the crash', patience);
    const ackedBeforeCrash = phones.filter(received).length;

    await new Promise((resolve) => setTimeout(resolve, downMs));
    const restartedAt = performance.now();
    const back = new Map<StudentConnection, number>();
    const resent = new Map<StudentConnection, number>();
    const unacknowledged = phones.filter((p) => !received(p));
    const reconnected: number[] = [];
    for (const socket of studentSockets) {
      socket.once('connect', () => reconnected.push(performance.now() - restartedAt));
    }
    let consoleBackMs: number | undefined;
    const stopWatching = [
      ...phones.map((phone) =>
        phone.subscribe(() => {
          // Able to answer again: rejoined, and not waiting for the facilitator to admit it.
          const able = phone.joined && phone.state.phase !== 'admission';
          if (able && !back.has(phone)) back.set(phone, performance.now() - restartedAt);
          if (received(phone) && unacknowledged.includes(phone) && !resent.has(phone)) {
            resent.set(phone, performance.now() - restartedAt);
          }
        }),
      ),
    ];
    const stopWatchingConsole = teacher.subscribe(() => {
      if (teacher.state.joined && consoleBackMs === undefined) consoleBackMs = performance.now() - restartedAt;
    });
    server = await startServerProcess({ port, dataDir, distDir, env });

    // Nobody touches anything: every phone rejoins and sends what was not acknowledged.
    await until(
      onPhones,
      () => phones.every((p) => p.joined && received(p)),
      'every phone back with its answer received',
      patienceMs,
    ).catch(() => {});
    stopWatching.forEach((stop) => stop());

    // The tally the class would see: each phone's one answer, once.
    await until(onTeacher, () => teacher.state.joined, 'the console is back', patience);
    stopWatchingConsole();
    const revealed = await teacher.revealPoll(POLL.id);
    if (!revealed.ok) throw new Error(`poll:reveal: ${revealed.error.message}`);
    await until(
      onTeacher,
      () => teacher.state.views[POLL.id]?.results.state === 'shown',
      'the results are shown',
      patience,
    );
    const results = teacher.state.views[POLL.id]!.results;
    const counts = new Map<string, number>(
      results.state === 'shown' && results.tally.kind === 'single'
        ? results.tally.counts.map(({ optionId, count: n }) => [optionId, n])
        : [],
    );
    const expected = new Map([
      ['before', answeredBefore.filter(received).length],
      ['during', answeringDuring.filter(received).length],
    ]);
    let lost = 0;
    let doubled = 0;
    for (const [optionId, n] of expected) {
      const counted = counts.get(optionId) ?? 0;
      lost += Math.max(0, n - counted);
      doubled += Math.max(0, counted - n);
    }

    return {
      phones: count,
      startMs: server.startMs,
      backMs: [...back.values()],
      resentMs: [...resent.values()],
      reconnectMs: reconnected,
      notBack: count - back.size,
      consoleBackMs,
      ackedBeforeCrash,
      lost,
      doubled,
    };
  } finally {
    timers.forEach(clearTimeout);
    for (const socket of sockets) socket.disconnect();
    if (server) await killServerProcess(server.child);
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(distDir, { recursive: true, force: true });
  }
}
