/**
 * Every deck plays in every language, slide by slide, with no server session (polls by show of hands): no
 * blank slide, no error in the page, no request leaving the kit. The offline test does the same with the
 * network cut, in one language.
 */
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { LANGUAGES } from '../../i18n/languages';
import { compileDecks } from '../../scripts/decks/vite-plugin';
import { kitContext, presentIndex, slideIndices, sharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const root = join(import.meta.dirname, '../..');
const decks = compileDecks(join(root, 'decks'), root);

const browser = sharedBrowser();

describe.each(decks.map((deck) => [deck.id, deck] as const))('the %s deck', (_, deck) => {
  it.each(LANGUAGES)('plays every slide in %s', { timeout: 60_000 }, async (lang) => {
    const kit = await kitContext(browser, baseUrl, { locale: `${lang}-BE`, viewport: { width: 1280, height: 720 } });
    const page = await kit.newPage();
    await page.goto(`${baseUrl}/present.html?deck=${deck.id}&lang=${lang}`);
    await expect.poll(() => page.title()).toBe(deck.meta[lang].title);
    await expect.poll(async () => (await slideIndices(page)).length).toBe(deck.slideCount);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    for (const index of await slideIndices(page)) {
      await page.evaluate((hash) => (location.hash = hash), `#/${index}`);
      await expect.poll(() => presentIndex(page)).toBe(index);
      const shown = page.locator('.reveal .slides section.present:not(.stack)').last();
      await expect
        .poll(() => shown.evaluate((el) => (el as HTMLElement).innerText.trim().length), { message: `slide ${index}` })
        .toBeGreaterThan(0);
    }
    kit.assertClean();
    await kit.context.close();
  });
});
