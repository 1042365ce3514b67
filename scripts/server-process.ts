/**
 * The kit's server as its own process, as `npm run serve` runs it (server/main.ts bundled by
 * scripts/build-server.mjs, run by Node), on a loopback port with a data folder of its own: for tests and
 * measurements that kill it the hard way and start it again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { renameSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { buildServer, SERVER_BUNDLE } from './build-server.mjs';

let bundle: Promise<string> | undefined;

/**
 * This source tree's server bundle, built once per process into `build/server.mjs` (as `npm run build` does),
 * written beside it then renamed, so that a test running side by side never starts a half-written file.
 */
export function serverBundle(): Promise<string> {
  bundle ??= (async () => {
    const draft = resolve(dirname(SERVER_BUNDLE), `.server-${process.pid}.mjs`);
    await buildServer(draft);
    renameSync(draft, SERVER_BUNDLE);
    return SERVER_BUNDLE;
  })();
  return bundle;
}

export interface ServerProcess {
  readonly child: ChildProcess;
  readonly url: string;
  /** From the spawn to the "is running" line: how long phones wait on the server itself. */
  readonly startMs: number;
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** Starts the server and resolves once it says it is running (it listens only after restoring sessions). */
export async function startServerProcess(options: {
  port: number;
  dataDir: string;
  distDir: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}): Promise<ServerProcess> {
  const { port, dataDir, distDir, env = {}, timeoutMs = 30_000 } = options;
  const main = await serverBundle();
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DIST_DIR: distDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`the server did not start in ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('is running')) {
        clearTimeout(timer);
        child.off('exit', exited);
        ready();
      }
    };
    const exited = (code: number | null) => {
      clearTimeout(timer);
      fail(new Error(`the server exited (${code}):\n${output}`));
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', exited);
  });
  return { child, url: `http://127.0.0.1:${port}`, startMs: performance.now() - spawnedAt };
}

/** SIGKILL, as a crash or a pulled plug would: no clean shutdown, nothing flushed. Resolves once it is gone. */
export function killServerProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGKILL');
  });
}
