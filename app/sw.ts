/// <reference lib="webworker" />
/**
 * The kit's service worker (built by vite-plugin-pwa, `injectManifest`): after one visit every page, deck,
 * activity, font, string and printable of this version is on the computer, so the kit opens and plays with no
 * network at all. A new version installs beside the running one and waits: it takes over only when a page loads
 * while no other page of the kit is open (app/pwa.ts asks), so a session never mixes two versions (ADR 0009).
 */
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { APPLY_UPDATE, UPDATE_DEFERRED } from './pwa-messages';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST, {
  // Pages read their query (`present.html?deck=…&lang=…`, `join?code=…`) in the browser: one cached page each.
  ignoreURLParametersMatching: [/.*/],
  // `/join`, `/console` and `/network` as the server answers them.
  cleanURLs: true,
});

// Without a network the presenter asks for the kit's addresses in vain: answer "no server" at once, so every
// poll falls back to a show of hands without a failed request.
const NO_SERVER = JSON.stringify({ urls: null, offline: true });
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname === '/api/network',
  async ({ request }) => {
    const noServer = () => new Response(NO_SERVER, { headers: { 'Content-Type': 'application/json' } });
    if (!self.navigator.onLine) return noServer();
    try {
      return await fetch(request);
    } catch {
      return noServer();
    }
  },
);

// A page asks the waiting version to take over; it does only when that page is the kit's only one.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type !== APPLY_UPDATE) return;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((pages) => {
      // Not awaited: this worker cannot activate while its own message event is still pending.
      if (pages.length <= 1) void self.skipWaiting();
      else event.source?.postMessage({ type: UPDATE_DEFERRED });
    }),
  );
});
