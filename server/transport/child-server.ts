/**
 * A kit server in a process of its own, for measuring what a flood costs it: child-harness.ts starts it with
 * `node --expose-gc --import tsx`, it serves on a free loopback port (as the test servers do, its options from
 * PB_SERVER_OPTIONS) and answers the parent's questions over the IPC channel: its memory after a forced garbage
 * collection, the peak since the last reset, how many connections it holds, a heap snapshot.
 * Nothing the flood sends reaches the parent's heap: the figures are the server's alone.
 */
import { writeHeapSnapshot } from 'node:v8';
import { startTestServer, removeDir } from './test-harness';
import type { ChildQuestion, ServerReading } from './child-harness';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc || !process.send) {
  console.error('child-server.ts runs forked, with --expose-gc (see child-harness.ts)');
  process.exit(1);
}
const send = (message: unknown) => process.send!(message);

const options = JSON.parse(process.env.PB_SERVER_OPTIONS ?? '{}') as Parameters<typeof startTestServer>[0];
const server = await startTestServer({
  ...options,
  log: (message) => send({ type: 'log', message }),
});

// Sampled often enough to catch the top of a flood of a few seconds; unref'd so it never holds the process.
let peak = { heapUsed: 0, rss: 0 };
const sample = () => {
  const { heapUsed, rss } = process.memoryUsage();
  peak = { heapUsed: Math.max(peak.heapUsed, heapUsed), rss: Math.max(peak.rss, rss) };
};
setInterval(sample, 10).unref();

/** Collects until the heap stops shrinking (weak references and finalizers take a few rounds). */
async function collected(): Promise<NodeJS.MemoryUsage> {
  let last = Infinity;
  for (let round = 0; round < 10; round++) {
    gc!();
    await new Promise((resolve) => setImmediate(resolve));
    const { heapUsed } = process.memoryUsage();
    if (heapUsed >= last - 1024) break;
    last = heapUsed;
  }
  return process.memoryUsage();
}

function counts(): Omit<ServerReading, 'heapUsed' | 'rss'> {
  return {
    engineClients: server.app.io.engine.clientsCount,
    sockets: server.app.io.of('/').sockets.size,
    httpConnections: (server.app.httpServer as unknown as { _connections: number })._connections,
    handles: process.getActiveResourcesInfo().length,
    cutOffNotReading: server.app.connections.cutOff,
    cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
  };
}

process.on('message', (question: ChildQuestion) => {
  void (async () => {
    let answer: unknown;
    if (question.type === 'memory') {
      const { heapUsed, rss } = await collected();
      answer = { heapUsed, rss, ...counts() } satisfies ServerReading;
    } else if (question.type === 'counts') {
      const { heapUsed, rss } = process.memoryUsage();
      answer = { heapUsed, rss, ...counts() } satisfies ServerReading;
    } else if (question.type === 'peak') {
      sample();
      answer = peak;
      if (question.reset) peak = { heapUsed: 0, rss: 0 };
    } else if (question.type === 'sweep') {
      await server.app.polling.sweep();
      await server.app.polling.idle();
      answer = null;
    } else if (question.type === 'snapshot') {
      await collected();
      answer = writeHeapSnapshot(question.path);
    } else if (question.type === 'stop') {
      await server.stop();
      removeDir(server.dataDir);
      send({ type: 'answer', id: question.id, answer: null });
      process.exit(0);
    }
    send({ type: 'answer', id: question.id, answer });
  })();
});

send({ type: 'ready', port: server.port, dataDir: server.dataDir });
