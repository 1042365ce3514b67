import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, kitContext, sharedBrowser } from './browser';

const baseUrl = inject('baseUrl');

const browser = sharedBrowser();

/** The activities every copy of the kit has; others join the gallery when their elements exist. */
const CORE = [
  'timer',
  'pollSingle',
  'pollMultiple',
  'pollScale',
  'pollWordcloud',
  'pollOpen',
  'pollRanking',
  'pollQuiz',
  'scenario',
  'agreeScale',
  'wordCloud',
  'questionBox',
  'helpCard',
];

/** Every sample's element has drawn itself: text in its shadow root (a role-play once its story loaded). */
async function expectRendered(page: Page): Promise<string[]> {
  const keys = await page.locator('article.pb-activity').evaluateAll((articles) => articles.map((a) => a.id));
  for (const key of keys)
    await expect
      .poll(
        () =>
          page
            .locator(`#${key} .pb-slide > *, #${key} .pb-slide > p > *`)
            .first()
            .evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().length),
        { message: key, timeout: 10_000 },
      )
      .toBeGreaterThan(3);
  return keys;
}

describe('activity gallery', () => {
  it('shows every activity with its sample in the chosen language, without a session, and passes axe', async () => {
    const kit = await kitContext(browser, baseUrl, { locale: 'en-GB' });
    const page = await kit.newPage();
    await page.goto(`${baseUrl}/activities.html`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Activity gallery');
    const keys = await expectRendered(page);
    for (const key of CORE) expect(keys).toContain(key);
    await expect
      .poll(() => page.locator('#scenario pb-scenario').evaluate((el) => el.shadowRoot!.textContent))
      .toMatch(/\w{3}/);
    expect(await page.locator('pb-agree-scale .statement').textContent()).toBe(
      'It’s easy to tell a fake profile from a real one.',
    );
    // No class session: polls count a show of hands.
    expect(await page.locator('#pollSingle pb-poll').evaluate((el) => el.shadowRoot!.textContent)).toContain(
      'Count the raised hands',
    );
    await expectAccessible(page);

    // The facilitator types the words the group says; the cloud draws them.
    const word = page.locator('pb-word-cloud input');
    for (const text of ['scared', 'alone', 'scared']) {
      await word.fill(text);
      await word.press('Enter');
    }
    await expect.poll(() => page.locator('pb-word-cloud .word').allTextContents()).toEqual(['scared', 'alone']);

    await page.getByLabel('Language').selectOption('nl');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Galerij van de activiteiten');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await expectRendered(page);
    await expect
      .poll(() => page.locator('pb-agree-scale .statement').textContent())
      .toBe('Het is makkelijk om een nepprofiel van een echt te onderscheiden.');
    await expect.poll(() => page.locator('pb-help-card h2').textContent()).toBe('Waar vind je hulp?');
    expect(await page.locator('#pollQuiz code').first().textContent()).toBe('<pb-poll>');
    await expectAccessible(page);

    kit.assertClean();
    await kit.context.close();
  });

  // A facilitator finds it from the kit home, on a phone or on the projector, and reads it without scrolling sideways.
  it.each([
    { width: 360, height: 640 },
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ])('opens from the kit home and never scrolls sideways at $width×$height', async (viewport) => {
    const kit = await kitContext(browser, baseUrl, { locale: 'en-GB', viewport });
    const page = await kit.newPage();
    await page.goto(`${baseUrl}/`);
    await page.getByRole('link', { name: /^Activity gallery/ }).click();
    await page.waitForURL(/activities\.html$/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Activity gallery');
    await expectRendered(page);
    const wider = await page.evaluate(() => {
      const root = document.documentElement;
      // What reaches past the window's right edge, named, when the page can scroll sideways.
      const past = [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
        .map((el) => `${el.localName}${el.id ? `#${el.id}` : ''}.${String(el.className).split(' ')[0]}`)
        .slice(0, 5);
      return root.scrollWidth > root.clientWidth ? `${root.scrollWidth} px > ${root.clientWidth} px: ${past}` : '';
    });
    expect(wider, 'the page scrolls sideways').toBe('');
    kit.assertClean();
    await kit.context.close();
  });

  it('shows one activity alone, for a tester, and the help card of another country', async () => {
    const kit = await kitContext(browser, baseUrl, { locale: 'fr-BE' });
    const page = await kit.newPage();
    await page.goto(`${baseUrl}/activities.html?activity=helpCard`);
    await expect.poll(() => page.locator('article.pb-activity').count()).toBe(1);
    await expect.poll(() => page.locator('pb-help-card h2').textContent()).toBe('Où trouver de l’aide');
    await page.getByLabel('Pays').selectOption('IE');
    await expect.poll(() => page.locator('pb-help-card .number').allTextContents()).toContain('1800 66 66 66');
    await expectAccessible(page);
    kit.assertClean();
    await kit.context.close();
  });
});
