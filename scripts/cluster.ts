/**
 * Several kit nodes over Redis behind nginx, on this machine (ADR 13): `npm run cluster -- --nodes 2` for a
 * try-out (`--port 8090` for nginx's port, default 8080). Redis and nginx are Debian's packages, each started
 * with a folder and loopback ports of its own (never the machine's services), with the repository's
 * deploy/redis.conf and deploy/nginx.conf. Ctrl+C stops everything. The cluster test and `npm run bench:load --
 * --nodes N` start the same thing.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startRedisServer, type RedisProcess } from './redis-process';
import { freePort, killServerProcess, startServerProcess } from './server-process';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');
export const NGINX_CONF = join(ROOT, 'deploy', 'nginx.conf');

export interface NodeProcess {
  readonly name: string;
  readonly port: number;
  child: ChildProcess;
}

export interface Cluster {
  /** nginx's address: what phones and screens use. */
  readonly url: string;
  readonly redis: RedisProcess;
  readonly nodes: NodeProcess[];
  /** SIGKILL, as a crash would; resolves once the process is gone. */
  kill(name: string): Promise<void>;
  /** What nginx logged so far, warnings and worse, such as running out of connections. */
  nginxTrouble(): string[];
  stop(): Promise<void>;
}

/** Starts one node; the default runs the kit's server bundle (`npm run serve`) with the node's settings. */
export type StartNode = (node: { name: string; port: number; redisUrl: string }) => Promise<ChildProcess>;

export interface ClusterOptions {
  readonly nodes: number;
  /** nginx's port (0: a free one). */
  readonly port?: number;
  /** The built kit (default dist/). */
  readonly distDir?: string;
  readonly startNode?: StartNode;
  /** More settings for the default node (e.g. raised limits for a benchmark). */
  readonly env?: Record<string, string>;
}

/** deploy/nginx.conf with this try-out's nodes, port and folders written in. */
export function nginxConfig(options: { port: number; nodePorts: readonly number[]; dir: string }): string {
  const conf = readFileSync(NGINX_CONF, 'utf8');
  const servers = options.nodePorts
    .map((port) => `        server 127.0.0.1:${port} max_fails=1 fail_timeout=3s;`)
    .join('\n');
  // The example nodes (10.0.0.x) give way to this machine's.
  let first = true;
  const written = conf
    .replace(/^ *server 10\.0\.0\.\d+:8080 [^\n]*\n/gm, () => (first ? ((first = false), `${servers}\n`) : ''))
    .replace(/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${options.port};`)
    // Its warnings too (e.g. "worker_connections are not enough"): here every phone is a test's, on loopback.
    .replace(/^error_log \S+ \w+;/m, `error_log ${join(options.dir, 'error.log')} warn;`)
    .replace(
      /^http \{\n/m,
      `http {\n    client_body_temp_path ${join(options.dir, 'body')};\n    proxy_temp_path ${join(options.dir, 'proxy')};\n`,
    );
  if (
    !written.includes(`127.0.0.1:${options.nodePorts[0]}`) ||
    !written.includes(`listen 127.0.0.1:${options.port}`) ||
    !written.includes(`error_log ${join(options.dir, 'error.log')} warn;`)
  ) {
    throw new Error(`${NGINX_CONF} no longer has the upstream, listen or error_log lines this script fills in`);
  }
  return written;
}

async function startNginx(port: number, nodePorts: readonly number[]): Promise<{ child: ChildProcess; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'pb-nginx-'));
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, nginxConfig({ port, nodePorts, dir }));
  // Debian puts it in /usr/sbin, which a user's PATH often lacks.
  const child = spawn(
    existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx',
    ['-c', conf, '-p', dir, '-e', join(dir, 'error.log'), '-g', `daemon off; pid ${join(dir, 'nginx.pid')};`],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const failed = new Promise<never>((_, fail) => {
    child.once('error', (error) => fail(new Error(`nginx could not start (${error.message}): install Debian's nginx`)));
    child.once('exit', (code) => fail(new Error(`nginx exited (${code}):\n${output}`)));
  });
  failed.catch(() => {});
  // Ready once it answers the nodes' health check through the proxy.
  await Promise.race([failed, waitFor(`http://127.0.0.1:${port}/healthz`)]);
  child.removeAllListeners('exit');
  return { child, dir };
}

async function waitFor(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (performance.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill(signal);
  });
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const distDir = options.distDir ?? join(ROOT, 'dist');
  const redis = await startRedisServer();
  const dataDir = mkdtempSync(join(tmpdir(), 'pb-cluster-'));
  const startNode: StartNode =
    options.startNode ??
    (async ({ name, port, redisUrl }) => {
      const started = await startServerProcess({
        port,
        dataDir,
        distDir,
        env: { REDIS_URL: redisUrl, NODE_NAME: name, TRUST_PROXY: '127.0.0.1', HOSTED: '1', ...options.env },
      });
      return started.child;
    });
  const nodes: NodeProcess[] = [];
  let nginx: { child: ChildProcess; dir: string } | undefined;
  // Whatever way the process that started them ends (a failed run, process.exit), nginx and the nodes end too.
  // (nginx's master on SIGTERM, so that it stops its workers; killed outright, it would leave them behind.)
  const orphaned = () => {
    nginx?.child.kill('SIGTERM');
    for (const node of nodes) node.child.kill('SIGKILL');
  };
  process.once('exit', orphaned);
  const stop = async () => {
    process.off('exit', orphaned);
    if (nginx) await stopProcess(nginx.child);
    await Promise.all(nodes.map((node) => stopProcess(node.child)));
    await redis.stop();
    if (nginx) rmSync(nginx.dir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    for (let n = 1; n <= options.nodes; n++) {
      const name = `node-${n}`;
      const port = await freePort();
      nodes.push({ name, port, child: await startNode({ name, port, redisUrl: redis.url }) });
    }
    const port = options.port || (await freePort());
    nginx = await startNginx(
      port,
      nodes.map((node) => node.port),
    );
    return {
      url: `http://127.0.0.1:${port}`,
      redis,
      nodes,
      kill: (name) => killServerProcess(nodes.find((node) => node.name === name)!.child),
      nginxTrouble: () => {
        const log = join(nginx!.dir, 'error.log');
        return existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: { nodes: { type: 'string', default: '2' }, port: { type: 'string', default: '8080' } },
  });
  const nodes = Number(values.nodes);
  if (!Number.isInteger(nodes) || nodes < 1) throw new Error('--nodes must be a whole number ≥ 1');
  if (!existsSync(join(ROOT, 'dist', 'index.html'))) {
    // As `npm start` does: build the kit first when it was never built.
    const built = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('"npm run build" failed');
  }
  const cluster = await startCluster({ nodes, port: Number(values.port) });
  console.log(
    [
      `Payboy workshop kit: ${nodes} node(s) over Redis behind nginx`,
      `  open ${cluster.url} (nginx, deploy/nginx.conf)`,
      ...cluster.nodes.map((node) => `  ${node.name}: 127.0.0.1:${node.port} (pid ${node.child.pid})`),
      `  Redis: ${cluster.redis.url} (deploy/redis.conf, files in ${cluster.redis.dir})`,
      `Try: kill -9 a node's pid mid-poll; its phones come back through nginx on another node.`,
      'Press Ctrl+C to stop.',
    ].join('\n'),
  );
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      void cluster.stop().finally(() => process.exit(0));
    });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`cluster: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
