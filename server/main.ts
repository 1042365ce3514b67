// Starts the kit on this machine for everyone on the same network: `PORT` (default 8080) on every interface,
// sessions kept in `DATA_DIR` (default ./data). `PUBLIC_URL` (or `--public-url`) names the address phones should
// use first when the laptop has several (a hotspot and a cable, a VPN, a virtual machine's adapter). `HOSTED=1`
// (or `--hosted`) is for a server hosting many classes' sessions: longer join codes. `REDIS_URL` makes this
// process one node of several sharing sessions through Redis behind nginx (ADR 13; `NODE_NAME` names it among
// them, `REDIS_WAIT_REPLICAS` waits for Redis replicas at every commit); without it, SQLite in `DATA_DIR`.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { lanInterfaces } from './addresses';
import { announce, parsePublicUrl } from './announce';
import { createApplication } from './app';
import { openClusterNode } from './cluster/cluster-node';
import { openSqliteSessionStore } from './store/sqlite-session-store';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '0.0.0.0';
const distDir = resolve(process.env.DIST_DIR ?? 'dist');
const dataDir = resolve(process.env.DATA_DIR ?? 'data');
const { values: args } = parseArgs({
  options: { 'public-url': { type: 'string' }, hosted: { type: 'boolean' } },
  strict: false,
});
const hosted = args.hosted === true || ['1', 'true', 'yes'].includes(process.env.HOSTED?.toLowerCase() ?? '');
const publicUrlText = typeof args['public-url'] === 'string' ? args['public-url'] : process.env.PUBLIC_URL;
const { url: publicUrl, problem } = parsePublicUrl(publicUrlText);
if (problem) {
  console.error(`PUBLIC_URL "${publicUrlText}" cannot be used: ${problem} (e.g. http://192.168.43.10:8080).`);
  process.exit(1);
}

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, got "${process.env.PORT}".`);
  process.exit(1);
}
if (!existsSync(resolve(distDir, 'index.html'))) {
  console.error(`No built kit in ${distDir}: run "npm run build" first (or "npm start", which builds).`);
  process.exit(1);
}

const redisUrl = process.env.REDIS_URL;
const node = redisUrl
  ? await openClusterNode({
      url: redisUrl,
      name: process.env.NODE_NAME,
      waitReplicas: Number(process.env.REDIS_WAIT_REPLICAS ?? 0),
    })
  : null;
const store = node?.store ?? openSqliteSessionStore(dataDir);
// Behind nginx: the addresses of the balancers, whose X-Real-IP names each phone's address.
const trustedProxies = (process.env.TRUST_PROXY ?? '').split(',').flatMap((address) => address.trim() || []);
const app = await createApplication({ distDir, store, publicUrl, hosted, leases: node?.leases, trustedProxies });
try {
  const { port: bound, address } = await app.listen(port, host);
  // Bound to one address (HOST): only that one reaches the kit.
  const wildcard = ['0.0.0.0', '::', '::0'].includes(address);
  const interfaces = lanInterfaces().filter((i) => wildcard || i.address === address);
  const keptIn = node ? `Redis at ${node.where} (this node: ${node.leases.node})` : dataDir;
  console.log(announce({ port: bound, interfaces, publicUrl, dataDir: keptIn, qr: process.stdout.isTTY === true }));
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(
    code === 'EADDRINUSE' ? `Port ${port} is in use: set another with PORT=8081 npm start.` : String(error),
  );
  await node?.leases.close();
  await store.close();
  process.exit(1);
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // Every acknowledged answer is already on disk; this only lets the last writes finish cleanly.
    void app
      .close()
      // Another node may take this one's sessions at once, not when their leases run out.
      .then(() => node?.leases.close())
      .then(() => store.close())
      .finally(() => process.exit(0));
  });
