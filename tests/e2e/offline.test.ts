/**
 * The offline kit (issue: "load the home once, cut the network, reload, open each deck in one language, step
 * through it, run a show-of-hands poll, without a single failed request"), and its updates: a new version waits
 * until a page of the kit loads while no other is open.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { compileDecks } from '../../scripts/decks/vite-plugin';
import { createApplication, type Application } from '../../server/app';
import { SqliteSessionStore } from '../../server/store/sqlite-session-store';
import { kitContext, presentIndex, slideIndices, sharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const root = join(import.meta.dirname, '../..');
const decks = compileDecks(join(root, 'decks'), root);

const browser = sharedBrowser();

/**
 * Every request of the context, in pages and in the service worker: those the kit failed to answer (a network
 * error, an error status), those cut short, and those still in flight.
 *
 * Cut short (`net::ERR_ABORTED`) is what the browser does to a request still running when its page is left:
 * Chromium fetches the tab icon again after each slide's address change, and that fetch may start after the slide
 * is on screen. Such a request was neither answered nor refused, so the test asks the kit for it again at the end.
 */
function watchRequests(context: BrowserContext) {
  const failures: string[] = [];
  const cutShort = new Set<string>();
  const inFlight = new Set<Request>();
  context.on('request', (request) => inFlight.add(request));
  context.on('requestfinished', (request) => inFlight.delete(request));
  context.on('requestfailed', (request) => {
    inFlight.delete(request);
    const error = request.failure()?.errorText;
    if (error === 'net::ERR_ABORTED') cutShort.add(request.url());
    else failures.push(`${request.url()}: ${error}`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.url()}: HTTP ${response.status()}`);
  });
  return {
    failures,
    cutShort,
    /**
     * Resolves once no request is in flight. Not `waitForLoadState('networkidle')`: Playwright fires that once per
     * document, so after a pause in a deck it no longer waits for the requests of the slides that follow.
     */
    settled: () => expect.poll(() => [...inFlight].map((request) => request.url())).toEqual([]),
  };
}

/** Resolves once the page's service worker is activated, that is once every file of the kit is cached. */
const workerReady = (page: Page): Promise<unknown> =>
  page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active!;
    if (worker.state !== 'activated')
      await new Promise((resolve) => worker.addEventListener('statechange', () => resolve(undefined)));
    return worker.state;
  });

describe('the offline kit', () => {
  it(
    'plays every deck and a show-of-hands poll with the network cut, after one visit, with no failed request',
    { timeout: 60_000 },
    async () => {
      const kit = await kitContext(browser, baseUrl, { locale: 'en-GB' });
      const requests = watchRequests(kit.context);
      const page = await kit.newPage();
      await page.goto(`${baseUrl}/`);
      expect(await workerReady(page)).toBe('activated');
      await expect.poll(() => page.locator('.pb-kit-notice').textContent()).toContain('without internet');
      // The first visit's own fonts and icon answered before the cut, so that none is cut off by it.
      await requests.settled();

      await kit.context.setOffline(true);
      await page.reload();
      await expect.poll(() => page.locator('pb-deck-card').count()).toBe(decks.length);
      await requests.settled();

      let pollsRun = 0;
      for (const deck of decks) {
        await page.goto(`${baseUrl}/present.html?deck=${deck.id}&lang=en`);
        await expect.poll(() => page.title()).toBe(deck.meta.en.title);
        await expect.poll(async () => (await slideIndices(page)).length).toBe(deck.slideCount);
        const indices = await slideIndices(page);
        for (const index of indices) {
          await page.evaluate((hash) => (location.hash = hash), `#/${index}`);
          await expect.poll(() => presentIndex(page)).toBe(index);
          // A poll with options, by show of hands: type the counts, the total follows.
          const hands = page.locator('.reveal .slides section.present pb-poll').getByRole('spinbutton');
          if (pollsRun === 0 && (await hands.count()) > 1) {
            await hands.nth(0).fill('7');
            await hands.nth(1).fill('5');
            await expect
              .poll(() => page.locator('.reveal .slides section.present pb-poll .status').first().textContent())
              .toContain('12 hands in total');
            pollsRun++;
          }
        }
        // Lazy chunks (a role-play's player, the help numbers) answered before leaving the deck.
        await requests.settled();
      }
      expect(pollsRun, 'a show-of-hands poll in some deck').toBe(1);
      expect(requests.failures).toEqual([]);
      // Whatever the browser cut short, the kit answers it with the network still cut.
      const again = await page.evaluate(
        (urls) => Promise.all(urls.map((url) => fetch(url).then((r) => `${url}: ${r.status}`, String))),
        [...requests.cutShort],
      );
      expect(again).toEqual([...requests.cutShort].map((url) => `${url}: 200`));
      kit.assertClean();
      await kit.context.close();
    },
  );

  it(
    'installs a new version beside the running one and uses it at the next load with no other page open',
    { timeout: 60_000 },
    async () => {
      // A kit of its own, so that a new version can be deployed: the same address, a server started again.
      const dir = mkdtempSync(join(tmpdir(), 'pb-e2e-update-'));
      const kitDir = join(dir, 'dist');
      cpSync(distDir, kitDir, { recursive: true });
      const store = new SqliteSessionStore({ dir });
      let app: Application = await createApplication({ distDir: kitDir, store });
      const { port } = await app.listen(0, '127.0.0.1');
      const origin = `http://127.0.0.1:${port}`;
      const kit = await kitContext(browser, origin, { locale: 'en-GB' });
      try {
        const home = await kit.newPage();
        await home.goto(`${origin}/`);
        await workerReady(home);
        await home.reload(); // now controlled by the installed version
        const waiting = (): Promise<boolean> =>
          home.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting != null);

        // A presenter is open in another tab: a session is running.
        const presenter = await kit.newPage();
        await presenter.goto(`${origin}/present.html?deck=${decks[0]!.id}&lang=en`);
        await presenter.waitForLoadState('networkidle');

        // The new version is deployed; the browser finds it (as it does on its own at each page load).
        await app.close();
        const swFile = join(kitDir, 'sw.js');
        writeFileSync(swFile, `${readFileSync(swFile, 'utf8')}\n// a new version\n`);
        app = await createApplication({ distDir: kitDir, store });
        await app.listen(port, '127.0.0.1');
        await home.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
        await expect.poll(waiting).toBe(true);
        await expect.poll(() => home.locator('.pb-kit-notice').textContent()).toContain('next load');

        // Reloading the home while the presenter runs keeps the running version, and says why.
        await home.reload();
        await expect.poll(() => home.locator('.pb-kit-notice').textContent()).toContain('next load');
        expect(await waiting()).toBe(true);

        // Once the presenter is closed, the next load switches.
        await presenter.close();
        await home.reload();
        await expect.poll(waiting, { timeout: 15_000 }).toBe(false);
        // The page reloads itself once the new version has taken over.
        await expect.poll(() => home.locator('pb-deck-card').count(), { timeout: 15_000 }).toBe(decks.length);
        kit.assertClean();
      } finally {
        await kit.context.close();
        await app.close();
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
