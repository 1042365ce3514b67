/**
 * Starts child-server.ts (a kit server in its own Node process, with --expose-gc) and asks it for its memory:
 * how the flood tests and `npm run bench:floods` see what a flood leaves behind, with nothing of the flooding
 * clients in the heap that is measured.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { startTestServer } from './test-harness';

/** The server's memory (bytes) and what it holds, as child-server.ts reports them. */
export interface ServerReading {
  readonly heapUsed: number;
  readonly rss: number;
  /** engine.io connections (handshakes included) and socket.io sockets on the class-poll namespace. */
  readonly engineClients: number;
  readonly sockets: number;
  /** TCP connections the HTTP server holds (WebSockets and keep-alive requests). */
  readonly httpConnections: number;
  /** Active handles and requests of the process (sockets, timers, the IPC channel). */
  readonly handles: number;
  /** Connections cut off for not reading their output, since the server started. */
  readonly cutOffNotReading: number;
  /** CPU time the server process used since it started (user and system, ms). */
  readonly cpuMs: number;
}

type Query =
  | { type: 'memory' }
  | { type: 'counts' }
  | { type: 'peak'; reset: boolean }
  | { type: 'sweep' }
  | { type: 'snapshot'; path: string }
  | { type: 'stop' };

export type ChildQuestion = { id: number } & Query;

/** JSON-able options of the test server (limits, lifetimes): functions cannot cross the process boundary. */
export type ChildServerOptions = Pick<
  NonNullable<Parameters<typeof startTestServer>[0]>,
  'limits' | 'connectionLimits' | 'lifetime' | 'sweepIntervalMs'
>;

export interface ChildServer {
  readonly child: ChildProcess;
  readonly url: string;
  readonly port: number;
  /** What the server logged (operational errors only). */
  readonly logs: string[];
  /** heapUsed after forced collections until the heap stops shrinking, and RSS then. */
  memory(): Promise<ServerReading>;
  /** Counts and memory as they are, without collecting. */
  counts(): Promise<ServerReading>;
  /** The highest heapUsed and RSS sampled (every 10 ms) since the last reset. */
  peak(reset?: boolean): Promise<{ heapUsed: number; rss: number }>;
  /** Ends idle sessions and drops those past retention now, as the minute's sweep would. */
  sweep(): Promise<void>;
  /** Writes a heap snapshot (after collecting) to `path`, for Chrome's memory tool. */
  snapshot(path: string): Promise<string>;
  stop(): Promise<void>;
}

const ENTRY = fileURLToPath(new URL('./child-server.ts', import.meta.url));

export async function startChildServer(options: ChildServerOptions = {}): Promise<ChildServer> {
  const child = fork(ENTRY, [], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    env: { ...process.env, PB_SERVER_OPTIONS: JSON.stringify(options) },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const logs: string[] = [];
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const waiting = new Map<number, (answer: unknown) => void>();
  let ready: (port: number) => void;
  const started = new Promise<number>((resolve) => (ready = resolve));
  child.on('message', (message: { type: string; id?: number; answer?: unknown; port?: number; message?: string }) => {
    if (message.type === 'ready') ready(message.port!);
    else if (message.type === 'log') logs.push(message.message!);
    else if (message.type === 'answer') waiting.get(message.id!)?.(message.answer);
  });
  const exited = new Promise<never>((_, fail) =>
    child.once('exit', (code, signal) => fail(new Error(`the server process exited (${code ?? signal}):\n${output}`))),
  );
  exited.catch(() => {}); // reported by whichever question was waiting

  let next = 0;
  function ask<T>(question: Query): Promise<T> {
    const id = ++next;
    const answered = new Promise<T>((resolve) =>
      waiting.set(id, (answer) => {
        waiting.delete(id);
        resolve(answer as T);
      }),
    );
    child.send({ ...question, id });
    return Promise.race([answered, exited]);
  }

  const port = await Promise.race([started, exited]);
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    port,
    logs,
    memory: () => ask({ type: 'memory' }),
    counts: () => ask({ type: 'counts' }),
    peak: (reset = true) => ask({ type: 'peak', reset }),
    sweep: () => ask({ type: 'sweep' }),
    snapshot: (path) => ask({ type: 'snapshot', path }),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.send({ type: 'stop', id: ++next });
      await gone;
    },
  };
}
