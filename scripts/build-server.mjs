// Bundles the kit's server (server/main.ts and everything of the kit's own it imports) into one plain
// JavaScript file, `build/server.mjs`, which `npm start` and `npm run serve` run with Node alone. Loading
// one file instead of a hundred TypeScript modules through tsx cuts the server's start (ms after a crash
// matter: phones wait for it) by half, more on a busy laptop. Packages stay in node_modules.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(fileURLToPath(import.meta.url), '..', '..');
export const SERVER_BUNDLE = resolve(root, 'build', 'server.mjs');

/** Writes the bundle to `outfile` (inside the kit's folder, so that its packages resolve). */
export async function buildServer(outfile = SERVER_BUNDLE) {
  await build({
    entryPoints: [resolve(root, 'server', 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildServer();
