/**
 * The print pages as a facilitator opens them on screen before printing (the home links them): axe finds nothing,
 * headings in order included, for every session's guide in English and one session's in every language. The PDF
 * files themselves are checked in printables.test.ts.
 */
import { join } from 'node:path';
import { describe, inject, it } from 'vitest';
import { LANGUAGES } from '../../i18n/languages';
import { compileDecks } from '../../scripts/decks/vite-plugin';
import { expectAccessible, sharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const root = join(import.meta.dirname, '../..');
const decks = compileDecks(join(root, 'decks'), root);

const browser = sharedBrowser();

const guides = [
  ...decks.map((deck) => `guide.html?deck=${deck.id}&lang=en`),
  ...LANGUAGES.filter((lang) => lang !== 'en').map((lang) => `guide.html?deck=welcome&lang=${lang}`),
];

describe('the facilitator guides on screen', () => {
  it.each(guides)('%s passes axe', async (path) => {
    // AxeBuilder needs a page of its own context.
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl}/${path}`);
      await page.waitForSelector('html[data-ready]', { state: 'attached' });
      await expectAccessible(page);
    } finally {
      await context.close();
    }
  });
});
