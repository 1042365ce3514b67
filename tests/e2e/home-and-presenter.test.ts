import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { compileDecks } from '../../scripts/decks/vite-plugin';
import { expectAccessible, kitContext, launch } from './browser';

const baseUrl = inject('baseUrl');
const root = join(import.meta.dirname, '../..');
// What the author wrote, so the test follows the deck when its text changes.
const welcome = compileDecks(join(root, 'decks'), root).find((d) => d.id === 'welcome')!;
const slideTitle = (html: string, index: number): string =>
  [...html.matchAll(/<h[12][^>]*>(.*?)<\/h[12]>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''))[index]!;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// The welcome deck comes first on the home (order 0).
const deckCard = (page: Page) => page.locator('pb-deck-card').first();

describe('kit home', () => {
  it('lists the welcome deck in the browser language, switches language and remembers it', async () => {
    const kit = await kitContext(browser, baseUrl, { locale: 'nl-BE' });
    const page = await kit.newPage();
    await page.goto(`${baseUrl}/`);
    await expect.poll(() => deckCard(page).locator('h3').textContent()).toBe(welcome.meta.nl.title);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await expect.poll(() => deckCard(page).getByText('11 tot 18 jaar').count()).toBe(1);

    await page.getByLabel('Taal').selectOption('de');
    await expect.poll(() => deckCard(page).locator('h3').textContent()).toBe(welcome.meta.de.title);
    expect(await page.locator('h1').textContent()).toBe('Payboy-Workshop-Kit');
    expect(await page.title()).toBe('Payboy-Workshop-Kit');

    await page.reload();
    await expect.poll(() => deckCard(page).locator('h3').textContent()).toBe(welcome.meta.de.title);
    await expectAccessible(page);
    kit.assertClean();
    await kit.context.close();
  });

  it('falls back to English for a browser in another language', async () => {
    const kit = await kitContext(browser, baseUrl, { locale: 'es-ES' });
    const page = await kit.newPage();
    await page.goto(`${baseUrl}/`);
    await expect.poll(() => deckCard(page).locator('h3').textContent()).toBe(welcome.meta.en.title);
    await kit.context.close();
  });
});

describe('presenter', () => {
  it('opens from Present, moves with the arrow keys, and passes axe', async () => {
    const kit = await kitContext(browser, baseUrl, { locale: 'fr-BE' });
    const page = await kit.newPage();
    await page.goto(`${baseUrl}/`);
    await deckCard(page)
      .getByRole('link', { name: /Présenter/ })
      .click();
    await page.waitForURL(/present\.html\?deck=welcome&lang=fr/);
    const current = page.locator('.reveal .slides section.present h1, .reveal .slides section.present h2').first();
    await expect.poll(() => current.textContent()).toBe(slideTitle(welcome.html.fr, 0));
    expect(await page.title()).toBe(welcome.meta.fr.title);
    await expectAccessible(page);

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => current.textContent()).toBe(slideTitle(welcome.html.fr, 1));
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/1');
    await expectAccessible(page);

    // The overview (Escape) shows every slide; Escape again returns.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.reveal.overview').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.reveal.overview').count()).toBe(0);

    kit.assertClean();
    await kit.context.close();
  });

  // "Offline" here means no internet: the notes window and its slide previews come from the kit's own server.
  it('opens the speaker-notes window with the current slide notes, with no request leaving the kit', async () => {
    const kit = await kitContext(browser, baseUrl, { locale: 'en-GB' });
    const page = await kit.newPage();
    await page.goto(`${baseUrl}/present.html?deck=welcome&lang=en`);
    await page.locator('.reveal .slides section.present').first().waitFor();
    const [notes] = await Promise.all([kit.context.waitForEvent('page'), page.keyboard.press('s')]);
    const firstNote = /<aside class="notes">([\s\S]*?)<\/aside>/
      .exec(welcome.html.en)![1]!
      .replace(/<[^>]+>/g, '')
      .trim()
      .slice(0, 40);
    await expect.poll(() => notes.locator('body').innerText(), { timeout: 10_000 }).toContain(firstNote);
    kit.assertClean();
    await kit.context.close();
  });

  it('relabels the slide controls in the deck language', async () => {
    const kit = await kitContext(browser, baseUrl);
    const page = await kit.newPage();
    await page.goto(`${baseUrl}/present.html?deck=welcome&lang=de`);
    await expect
      .poll(() => page.locator('.reveal .controls .navigate-right').getAttribute('aria-label'))
      .toBe('Nächste Folie');
    await kit.context.close();
  });

  it('says so when the deck does not exist', async () => {
    const kit = await kitContext(browser, baseUrl);
    const page = await kit.newPage();
    await page.goto(`${baseUrl}/present.html?deck=nope&lang=nl`);
    await expect.poll(() => page.locator('.pb-message').textContent()).toBe('Deze sessie bestaat niet in deze taal.');
    await kit.context.close();
  });
});
