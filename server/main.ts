// Starts the kit on this machine for everyone on the same network: `PORT` (default 8080) on every interface.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { lanAddresses } from './addresses';
import { createApplication } from './app';

const port = Number(process.env.PORT ?? 8080);
const distDir = resolve(process.env.DIST_DIR ?? 'dist');

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, got "${process.env.PORT}".`);
  process.exit(1);
}
if (!existsSync(resolve(distDir, 'index.html'))) {
  console.error(`No built kit in ${distDir}: run "npm run build" first (or "npm start", which builds).`);
  process.exit(1);
}

const server = createApplication({ distDir });
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE' ? `Port ${port} is in use: set another with PORT=8081 npm start.` : error.message,
  );
  process.exit(1);
});
server.listen(port, '0.0.0.0', () => {
  const lan = lanAddresses();
  console.log('Payboy workshop kit is running.');
  console.log(`  On this computer:  http://localhost:${port}/`);
  for (const address of lan) console.log(`  On the same Wi-Fi: http://${address}:${port}/`);
  if (lan.length === 0) console.log('  No network found: only this computer can open the kit.');
  console.log('Press Ctrl+C to stop.');
});

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
