/**
 * The floods of issues 18 and 10 against a real kit server with its default limits, each in a server process of
 * its own (server/transport/child-harness.ts: --expose-gc, nothing of the clients in its heap):
 *   npm run bench:floods                  every flood, one line each
 *   npm run bench:floods -- --only 1,5,noisy
 * Per flood: what it achieved now, next to what the same flood did before the limits (measured then, quoted),
 * and the server's memory: heapUsed after forced collections before the flood, its peak during it (sampled
 * every 10 ms, no collection) and after it (connections closed, sessions expired; collected), with RSS beside.
 * Before the measured run, a smaller run of the same flood warms the server up: the first flood of a kind
 * compiles its code paths and fills Node's pool of HTTP parsers (up to 1,000 kept for reuse), 1–2 MB that stay
 * whatever comes next. That first, cold figure is printed too.
 * `noisy`: a class of 30 answers while one phone of the class sends 1,000 messages a second (#10.4).
 */
import { parseArgs } from 'node:util';
import { startChildServer, type ChildServerOptions } from '../server/transport/child-harness';
import {
  classUnderFlood,
  connectionFlood,
  flooderFlood,
  halfOpenFlood,
  measure,
  nonReaderFlood,
  percentile,
  prototypeFlood,
  questionFlood,
  released,
  resentQuestionFlood,
  sessionStartFlood,
  type FloodResult,
} from '../server/transport/floods';
import { sleep } from '../server/transport/test-harness';
import type { ChildServer } from '../server/transport/child-harness';

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const only = values.only?.split(',').map((name) => name.trim());

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const change = (after: number, before: number) =>
  `${after >= before ? '+' : ''}${((after / before - 1) * 100).toFixed(1)} %`;
const ms = (value: number | null) => (value === null || Number.isNaN(value) ? '–' : `${value.toFixed(0)} ms`);

function memoryLine<T>(result: FloodResult<T>, cold: number): string {
  const { before, peak, after } = result;
  return (
    `heap ${mb(before.heapUsed)} → peak ${mb(peak.heapUsed)} → ${mb(after.heapUsed)} MB ` +
    `(${change(after.heapUsed, before.heapUsed)}; from a cold start ${change(after.heapUsed, cold)}); ` +
    `RSS ${mb(before.rss)} → ${mb(peak.rss)} → ${mb(after.rss)} MB`
  );
}

interface Flood<T> {
  readonly name: string;
  readonly title: string;
  /** What the same flood did before the limits, as measured then. */
  readonly before: string;
  readonly options?: ChildServerOptions;
  /** The flood; `warmUp`: the smaller run before the measured one. */
  run(server: ChildServer, round: { warmUp: boolean; index: number }): Promise<T>;
  /** Once the flood is over: waits until its traces should be gone. */
  over?(server: ChildServer): Promise<void>;
  describe(figure: T): string;
}

// Unused sessions end after 10 minutes; for the measure, after 2 s (then the sweep runs), to see them go.
const SHORT_UNUSED: ChildServerOptions = {
  lifetime: { idleLimitMs: 12 * 3600_000, retentionMs: 24 * 3600_000, unusedLimitMs: 2000 },
};

/** Keeps each flood's figure type checked against its own `describe`, then lists them together. */
const defineFlood = <T>(definition: Flood<T>) => definition as unknown as Flood<unknown>;

const floods: Flood<unknown>[] = [
  defineFlood({
    name: '1',
    title: '#18.1 / #10.5 connections per address',
    before: '3,000 WebSockets from one address all held (heap 9.5 → 58.7 MB); ~20,000 held in the attack',
    run: (server, { warmUp, index }) =>
      connectionFlood(server, { count: warmUp ? 1000 : 5000, address: `127.0.1.${index + 1}` }),
    describe: (f: Awaited<ReturnType<typeof connectionFlood>>) =>
      `${f.count} WebSockets from one address in ${f.seconds.toFixed(1)} s: ${f.held} held, ${f.refused} refused, ` +
      `${f.failed} unanswered; /healthz from another address meanwhile: p50 ${ms(f.health.p50)}, ` +
      `p95 ${ms(f.health.p95)} (${f.health.requests} requests, ${f.health.failures} failed)`,
  }),
  defineFlood({
    name: '2',
    title: '#18.2 session starts',
    before: '100 addresses × 20 starts: 2,000 of 2,000 started in ~1 s; the teacher refused for 12 h',
    options: SHORT_UNUSED,
    run: (server, { index }) =>
      // Warmed up as big: each new address costs the start limiters a bucket or two, kept until they refill.
      sessionStartFlood(server, { addresses: 100, perAddress: 20, subnet: index + 1 }),
    async over(server) {
      await released(server);
      await sleep(2500);
      await server.sweep();
    },
    describe: (f: Awaited<ReturnType<typeof sessionStartFlood>>) =>
      `${f.sent} starts from 100 addresses: ${f.started} started; a teacher on a new address: ${f.teacher}; ` +
      'memory after: once they expired unused',
  }),
  defineFlood({
    name: '3',
    title: '#18.3 clients that never read',
    before: '200,000 acks queued for one client (79.7 MB), never cut off, not released after close',
    // Messages let through so that only the unsent output can cut it off (the refusal window would first).
    options: { limits: { refusalBurst: 1_000_000, eventBurst: 1_000_000, eventsPerSecond: 1_000_000 } },
    run: (server, { index }) =>
      // The warm-up as big: a smaller one fits in the socket buffers and waits for the heartbeat's 45 s instead.
      nonReaderFlood(server, { messages: 200_000, address: `127.3.0.${index + 1}` }),
    describe: (f: Awaited<ReturnType<typeof nonReaderFlood>>) =>
      `a WebSocket that stops reading and sends ${f.sent} requests: ${f.cutOff ? 'cut off' : 'NOT cut off'} ` +
      '(bound: 4 MB unsent)',
  }),
  defineFlood({
    name: '4',
    title: '#18.4 moderation queue flood',
    before: 'one phone, 10 connections: 2,000 questions queued in ~14 s, everyone else refused',
    run: (server, { warmUp }) => questionFlood(server, { connections: 10, perConnection: warmUp ? 5 : 30 }),
    describe: (f: Awaited<ReturnType<typeof questionFlood>>) =>
      `one address, 10 connections, ${f.sent} distinct questions: ${f.queued} queued; another student: ` +
      `${f.otherStudent}`,
  }),
  defineFlood({
    name: '5',
    title: '#18.5 half-open long-polling handshakes',
    before: '100,000 handshakes from one address: memory ~99 → ~787 MB (20,000: heap 147 MB)',
    run: (server, { warmUp, index }) =>
      halfOpenFlood(server, { count: warmUp ? 2000 : 20_000, address: `127.5.0.${index + 1}` }),
    describe: (f: Awaited<ReturnType<typeof halfOpenFlood>>) =>
      `${f.count} handshakes from one address in ${f.seconds.toFixed(1)} s, never polled: ${f.accepted} accepted, ` +
      `${f.refused} refused, ${f.heldAtEnd} held at the end; each accepted one closed after 10 s`,
  }),
  defineFlood({
    name: '6',
    title: '#18.6 flooders',
    before: '1,374 messages a second for 20 s: 0 disconnects',
    run: (server, { warmUp }) => flooderFlood(server, { messages: warmUp ? 2000 : 20_000 }),
    describe: (f: Awaited<ReturnType<typeof flooderFlood>>) =>
      `one phone sending questions as fast as its socket takes them: ${f.cutOff ? 'cut off' : 'NOT cut off'} ` +
      `after ${f.sent} messages`,
  }),
  defineFlood({
    name: '7',
    title: '#18.7 event names from Object’s prototype',
    before: '0 of 6 answered, none counted by the rate limiter',
    run: (server, { warmUp }) => prototypeFlood(server, { messages: warmUp ? 500 : 5000 }),
    describe: (f: Awaited<ReturnType<typeof prototypeFlood>>) =>
      `${f.answered} of ${f.names} answered with a typed refusal; a flood of them ` +
      `${f.floodCutOff ? 'cut off' : 'NOT cut off'} after ${f.floodSent} messages`,
  }),
  defineFlood({
    name: '8',
    title: '#18.8 re-sent questions',
    before: 'one question sent 3 times after lost acks: counted 3',
    run: (server, { warmUp }) => resentQuestionFlood(server, { times: warmUp ? 3 : 30 }),
    describe: (f: Awaited<ReturnType<typeof resentQuestionFlood>>) =>
      `one question sent ${f.sent} times with one ask id: ${f.acknowledged} acknowledged, counted ${f.counted}`,
  }),
];

async function runFlood(flood: Flood<unknown>): Promise<void> {
  const server = await startChildServer(flood.options);
  try {
    const cold = (await server.memory()).heapUsed;
    const over = flood.over ? () => flood.over!(server) : undefined;
    await measure(server, () => flood.run(server, { warmUp: true, index: 0 }), over);
    const result = await measure(server, () => flood.run(server, { warmUp: false, index: 1 }), over);
    console.log(`${flood.title}\n  before the limits: ${flood.before}`);
    console.log(`  now: ${flood.describe(result.figure)}`);
    console.log(`  memory: ${memoryLine(result, cold)}`);
    if (server.logs.length > 0) console.log(`  server log: ${server.logs.join(' | ')}`);
  } finally {
    await server.stop();
  }
}

/** #10.4: a class's answer latencies, quiet and with a flooding phone in the class, alternated. */
async function noisyNeighbour(): Promise<void> {
  const server = await startChildServer();
  try {
    const quiet: number[] = [];
    const noisy: number[] = [];
    const counted: string[] = [];
    let flooder = { sent: 0, cutOffs: 0, firstCutOffMs: [] as number[] };
    // The server's CPU time per run: what the flood costs it, whatever else the machine is doing.
    const cpu = { quiet: 0, noisy: 0 };
    const run = async (kind: 'quiet' | 'noisy', classroom: number) => {
      const before = (await server.counts()).cpuMs;
      const result = await classUnderFlood(server.url, { polls: 3, classroom, flood: kind === 'noisy' });
      cpu[kind] += (await server.counts()).cpuMs - before;
      return result;
    };
    await classUnderFlood(server.url, { polls: 1, classroom: 1 }); // warm-up
    for (let round = 0; round < 3; round++) {
      const calm = await run('quiet', 2 + 2 * round);
      const flooded = await run('noisy', 3 + 2 * round);
      quiet.push(...calm.class.latencies);
      noisy.push(...flooded.class.latencies);
      counted.push(`${flooded.class.counted.join('/')} of ${flooded.class.expected}`);
      const f = flooded.flooder!;
      flooder = {
        sent: flooder.sent + f.sent,
        cutOffs: flooder.cutOffs + f.cutOffs,
        firstCutOffMs: f.firstCutOffMs === null ? flooder.firstCutOffMs : [...flooder.firstCutOffMs, f.firstCutOffMs],
      };
      await released(server);
    }
    const [q95, n95] = [percentile(quiet, 95), percentile(noisy, 95)];
    console.log('#10.4 noisy neighbour (30 students answer 3 polls; 3 rounds quiet, 3 with a flooder in the class)');
    console.log(
      `  answers: quiet p50 ${ms(percentile(quiet, 50))} p95 ${ms(q95)}; with the flooder p50 ` +
        `${ms(percentile(noisy, 50))} p95 ${ms(n95)}; ratio ${(n95 / q95).toFixed(2)} (goal ≤ 2)`,
    );
    console.log(
      `  counted with the flooder: ${counted.join(', ')}; the flooder (1,000 messages a second, connecting ` +
        `again each time): ${flooder.sent} sent, cut off ${flooder.cutOffs} times, first after ` +
        `${flooder.firstCutOffMs.map((value) => ms(value)).join(', ')}`,
    );
    console.log(`  server CPU for the 3 runs: quiet ${ms(cpu.quiet)}, with the flooder ${ms(cpu.noisy)}`);
  } finally {
    await server.stop();
  }
}

for (const each of floods) if (!only || only.includes(each.name)) await runFlood(each);
if (!only || only.includes('noisy')) await noisyNeighbour();
process.exit(0);
