/**
 * The offline kit on the facilitator's pages (home, presenter, console): registers the service worker
 * (app/sw.ts) and says, in a small notice on the home and the console (a line in the browser console on the
 * projected presenter), when the kit is saved for use without internet and when a new version is ready.
 *
 * A new version never replaces the running one under a session: it waits, and the next page of the kit that
 * loads while no other is open (no presenter, notes window or console) switches to it before showing anything
 * else. Until then every page keeps the version it started with, deck chunks included (ADR 0009).
 */
import './pwa.css';
import { translator } from '../i18n/translator';
import { APPLY_UPDATE, UPDATE_DEFERRED } from './pwa-messages';

export type KitNotice = 'offlineReady' | 'updateReady';

/** How long after the page's load event it asks for the switch (its fonts and strings have arrived by then). */
const QUIET_MS = 300;

/** Registers the kit's service worker where browsers allow one (https or localhost; never on a LAN address). */
export function startOfflineKit(notify: (notice: KitNotice) => void = showNotice): void {
  // The dev server has no service worker (MODE, not DEV: a build under NODE_ENV=test, as the tests make, is DEV).
  if (import.meta.env.MODE === 'development' || !('serviceWorker' in navigator) || !isSecureContext) return;
  const workers = navigator.serviceWorker;
  const hadController = workers.controller !== null;
  workers
    .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
    .then((registration) => {
      // A version that installed during an earlier visit: this load is the one that may switch to it.
      if (registration.waiting && hadController) applyUpdate(registration.waiting, notify);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && workers.controller) notify('updateReady');
          if (worker.state === 'activated' && !hadController) notify('offlineReady');
        });
      });
    })
    .catch((error: unknown) => console.warn(`[offline kit] no service worker: ${String(error)}`));
}

function applyUpdate(waiting: ServiceWorker, notify: (notice: KitNotice) => void): void {
  const workers = navigator.serviceWorker;
  let reloading = false;
  workers.addEventListener('controllerchange', () => {
    if (reloading) return;
    reloading = true;
    location.reload();
  });
  workers.addEventListener('message', (event: MessageEvent<{ type?: unknown } | null>) => {
    if (event.data?.type === UPDATE_DEFERRED) notify('updateReady');
  });
  // Once the page has loaded: Chromium switches versions only while the running one serves no request.
  const ask = (): void => void setTimeout(() => waiting.postMessage({ type: APPLY_UPDATE }), QUIET_MS);
  if (document.readyState === 'complete') ask();
  else addEventListener('load', ask, { once: true });
}

/** The notice as a line in the browser console, in English: for the presenter, whose page is projected. */
export function logNotice(notice: KitNotice): void {
  console.info(
    `[offline kit] ${notice === 'offlineReady' ? 'saved for use without internet' : 'a new version is ready'}`,
  );
}

/** A dismissable notice at the top of the page, in its flow (never over an action), in the page's language. */
export function showNotice(notice: KitNotice): void {
  document.querySelector('.pb-kit-notice')?.remove();
  const box = document.createElement('div');
  box.className = 'pb-kit-notice';
  box.setAttribute('role', 'status');
  const text = document.createElement('p');
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  const render = (): void => {
    const { t } = translator();
    text.textContent = t(`offline:${notice}`);
    close.setAttribute('aria-label', t('offline:dismiss'));
  };
  const stop = translator().onLanguageChanged(render);
  close.addEventListener('click', () => {
    stop();
    box.remove();
  });
  render();
  box.append(text, close);
  document.body.prepend(box);
}
