// Bundles the kit's server (server/main.ts and everything of the kit's own it imports) into one plain
// JavaScript file, `build/server.mjs`, which `npm start` and `npm run serve` run with Node alone. Loading
// one file instead of a hundred TypeScript modules through tsx cuts the server's start (ms after a crash
// matter: phones wait for it) by half, more on a busy laptop. Packages stay in node_modules.
import { copyFileSync, renameSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
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
  // The server's worker threads (the SQLite writer, blind signing) start from files of their own, found beside
  // the bundle (plain JavaScript, as in the sources). Copied under another name then renamed: a server starting
  // meanwhile never reads half of one.
  for (const source of ['server/store/sqlite-writer.mjs', 'server/transport/ballot-signing-thread.mjs']) {
    const target = resolve(dirname(outfile), basename(source));
    const draft = `${target}.${process.pid}`;
    copyFileSync(resolve(root, source), draft);
    renameSync(draft, target);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildServer();
