import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { decksPlugin } from './scripts/decks/vite-plugin.ts';
import { scenariosPlugin } from './scripts/ink/vite-plugin.ts';

/** Every HTML page of the kit; each has its own bootstrap in app/. */
const pages = {
  home: resolve(import.meta.dirname, 'index.html'),
  present: resolve(import.meta.dirname, 'present.html'),
  join: resolve(import.meta.dirname, 'join.html'),
  console: resolve(import.meta.dirname, 'console.html'),
};

export default defineConfig({
  plugins: [decksPlugin(), scenariosPlugin()],
  build: {
    rollupOptions: { input: pages },
    // Read by scripts/size-report.ts to weigh each page.
    manifest: true,
    // A youth worker's laptop serves this over a phone hotspot: keep the map files out of the kit.
    sourcemap: false,
  },
  server: { host: true },
});
