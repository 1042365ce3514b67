import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { decksPlugin } from './scripts/decks/vite-plugin.ts';
import { scenariosPlugin } from './scripts/ink/vite-plugin.ts';
import { printablesPlugin } from './scripts/printables/vite-plugin.ts';

/** Every HTML page of the kit; each has its own bootstrap in app/. */
const pages = {
  home: resolve(import.meta.dirname, 'index.html'),
  present: resolve(import.meta.dirname, 'present.html'),
  join: resolve(import.meta.dirname, 'join.html'),
  console: resolve(import.meta.dirname, 'console.html'),
  network: resolve(import.meta.dirname, 'network.html'),
  guide: resolve(import.meta.dirname, 'guide.html'),
  handout: resolve(import.meta.dirname, 'handout.html'),
  parents: resolve(import.meta.dirname, 'parents.html'),
  safeguarding: resolve(import.meta.dirname, 'safeguarding.html'),
  easyRead: resolve(import.meta.dirname, 'easy-read.html'),
  cards: resolve(import.meta.dirname, 'cards.html'),
  activities: resolve(import.meta.dirname, 'activities.html'),
};

export default defineConfig({
  plugins: [
    decksPlugin(),
    scenariosPlugin(),
    printablesPlugin(),
    // The offline kit (ADR 0009): app/sw.ts precaches every file of the build; app/pwa.ts registers it.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'app',
      filename: 'sw.ts',
      injectRegister: false,
      // The glob below already takes the icons (and the plugin adds the web manifest itself).
      includeManifestIcons: false,
      manifest: {
        name: 'Payboy workshop kit',
        short_name: 'Payboy kit',
        description: 'Sextortion-prevention sessions for groups of 11–18 year olds, with no internet needed.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#0a4a94',
        background_color: '#fbfaf6',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      injectManifest: {
        globPatterns: ['**/*.{html,js,css,woff2,svg,png,pdf}'],
        // The build's own manifest is for scripts/size-report.ts; .woff only serves browsers without woff2.
        globIgnores: ['.vite/**', 'sw.js'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
      integration: {
        // The plugin builds the service worker as one file with rollup's `inlineDynamicImports`, which Vite 8's
        // bundler (rolldown) deprecates and warns about in every build: the same with its own option name.
        configureCustomSWViteBuild(config) {
          const output = config.build?.rollupOptions?.output;
          if (output && !Array.isArray(output) && 'inlineDynamicImports' in output) {
            delete output.inlineDynamicImports;
            Object.assign(output, { codeSplitting: false });
          }
        },
      },
    }),
  ],
  build: {
    rollupOptions: { input: pages },
    // Read by scripts/size-report.ts to weigh each page.
    manifest: true,
    // A youth worker's laptop serves this over a phone hotspot: keep the map files out of the kit.
    sourcemap: false,
  },
  server: { host: true },
});
