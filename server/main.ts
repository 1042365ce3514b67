// Starts the kit on this machine for everyone on the same network: `PORT` (default 8080) on every interface,
// sessions kept in `DATA_DIR` (default ./data).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { lanAddresses } from './addresses';
import { createApplication } from './app';
import { openSqliteSessionStore } from './store/sqlite-session-store';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '0.0.0.0';
const distDir = resolve(process.env.DIST_DIR ?? 'dist');
const dataDir = resolve(process.env.DATA_DIR ?? 'data');

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, got "${process.env.PORT}".`);
  process.exit(1);
}
if (!existsSync(resolve(distDir, 'index.html'))) {
  console.error(`No built kit in ${distDir}: run "npm run build" first (or "npm start", which builds).`);
  process.exit(1);
}

const store = openSqliteSessionStore(dataDir);
const app = await createApplication({ distDir, store });
try {
  const { port: bound } = await app.listen(port, host);
  const lan = lanAddresses();
  console.log('Payboy workshop kit is running.');
  console.log(`  On this computer:  http://localhost:${bound}/`);
  for (const address of lan) console.log(`  On the same Wi-Fi: http://${address}:${bound}/`);
  if (lan.length === 0) console.log('  No network found: only this computer can open the kit.');
  console.log(`  Sessions are kept in ${dataDir}`);
  console.log('Press Ctrl+C to stop.');
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(
    code === 'EADDRINUSE' ? `Port ${port} is in use: set another with PORT=8081 npm start.` : String(error),
  );
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
      .then(() => store.close())
      .finally(() => process.exit(0));
  });
