/**
 * A redis-server of its own (Debian's package), on a free loopback port with its files in a temp folder, for
 * the store's tests, the cluster test and `npm run cluster`: never the machine's own Redis service.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './server-process';

/** The kit's Redis settings (deploy/redis.conf): no append-only log, snapshots only (ADR 13). */
export const REDIS_CONF = resolve(fileURLToPath(import.meta.url), '..', '..', 'deploy', 'redis.conf');

export interface RedisProcess {
  readonly child: ChildProcess;
  readonly port: number;
  readonly url: string;
  readonly dir: string;
  /** Stops it (SIGTERM, then waits for the exit) and removes its folder. */
  stop(): Promise<void>;
}

/** Starts redis-server with the kit's settings and resolves once it accepts connections. */
export async function startRedisServer({ timeoutMs = 20_000, args = [] as string[] } = {}): Promise<RedisProcess> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'pb-redis-'));
  // Settings after the file override it: this one's port, folder, and no daemon, no log file.
  const child = spawn(
    'redis-server',
    [
      REDIS_CONF,
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--daemonize',
      'no',
      '--logfile',
      '',
      ...args,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`redis-server did not start in ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Ready to accept connections/.test(output)) {
        clearTimeout(timer);
        child.off('exit', exited);
        ready();
      }
    };
    const exited = (code: number | null) => {
      clearTimeout(timer);
      fail(new Error(`redis-server exited (${code}):\n${output}`));
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', exited);
    child.once('error', (error) => {
      clearTimeout(timer);
      fail(new Error(`redis-server could not start (${error.message}): install Debian's redis-server package`));
    });
  });
  // Whatever way the process that started it ends (a failed test, process.exit), this Redis ends with it.
  const orphaned = () => child.kill('SIGKILL');
  process.once('exit', orphaned);
  return {
    child,
    port,
    url: `redis://127.0.0.1:${port}`,
    dir,
    async stop() {
      process.off('exit', orphaned);
      if (child.exitCode === null && child.signalCode === null) {
        await new Promise<void>((done) => {
          child.once('exit', () => done());
          child.kill('SIGTERM');
        });
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The snapshot file Redis wrote into its folder (after SAVE), raw. */
export function redisSnapshot(redis: RedisProcess): string {
  return readFileSync(join(redis.dir, 'dump.rdb')).toString('latin1');
}
