/**
 * The join page's language: the join link's (`?lang=`, which the presenter's QR code carries) when it has one,
 * else the phone's; a language the student picks then wins, reloads included.
 */
import { describe, expect, inject, it } from 'vitest';
import { kitContext, sharedBrowser } from './browser';

const baseUrl = inject('baseUrl');

const browser = sharedBrowser();

describe('the join page', () => {
  it("opens in the join link's language on a phone set to another", async () => {
    const kit = await kitContext(browser, baseUrl, { locale: 'en-GB' });
    const page = await kit.newPage();
    await page.goto(`${baseUrl}/join?lang=fr`);
    await expect.poll(() => page.title()).toBe('Rejoindre la classe');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');

    // The student picks German: the link's language no longer applies, even after a reload.
    await page.locator('pb-language-picker select').selectOption('de');
    await expect.poll(() => page.title()).toBe('Bei der Klasse mitmachen');
    expect(new URL(page.url()).searchParams.has('lang')).toBe(false);
    await page.reload();
    await expect.poll(() => page.title()).toBe('Bei der Klasse mitmachen');
    kit.assertClean();
    await kit.context.close();
  });

  it("opens in the phone's language when the link names none", async () => {
    const kit = await kitContext(browser, baseUrl, { locale: 'nl-BE' });
    const page = await kit.newPage();
    await page.goto(`${baseUrl}/join`);
    await expect.poll(() => page.title()).toBe('Doe mee met de klas');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    kit.assertClean();
    await kit.context.close();
  });
});
