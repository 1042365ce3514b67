/**
 * The kit's own notice ("saved on this computer") on the home at the projector's 1280×720: it must never lie over a
 * button or a link (it used to cover the first session's Present button), and it is read and dismissed by keyboard.
 */
import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, kitContext, sharedBrowser } from './browser';

const baseUrl = inject('baseUrl');

const browser = sharedBrowser();

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const overlap = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the kit notice on the home', () => {
  it('covers no button or link at 1280×720, passes axe and is dismissed with the keyboard', async () => {
    const kit = await kitContext(browser, baseUrl, { locale: 'en-GB', viewport: { width: 1280, height: 720 } });
    const page = await kit.newPage();
    await page.goto(`${baseUrl}/`);
    const notice = page.locator('.pb-kit-notice');
    await expect.poll(() => notice.textContent(), { timeout: 30_000 }).toContain('without internet');
    await expect.poll(() => page.locator('pb-deck-card').count()).toBeGreaterThan(0);

    // Every action of the page, shadow roots included (Playwright's CSS pierces open ones), at every scroll.
    const actions = page.locator('button, a[href], select, input, summary, [role="button"]');
    const count = await actions.count();
    expect(count).toBeGreaterThan(10);
    for (const scroll of [0, 400, 100_000]) {
      await page.evaluate((y) => scrollTo(0, y), scroll);
      const noticeBox = (await notice.boundingBox())!;
      let checked = 0;
      for (let i = 0; i < count; i++) {
        const action = actions.nth(i);
        const box = await action.boundingBox();
        // The notice's own close button lies in it, by design.
        if (!box || box.width === 0 || (await action.evaluate((e) => e.closest('.pb-kit-notice') !== null))) continue;
        checked++;
        expect(
          overlap(box, noticeBox),
          `${await action.evaluate((e) => e.outerHTML.slice(0, 80))} at scroll ${scroll}`,
        ).toBe(false);
      }
      expect(checked).toBeGreaterThan(10);
    }

    // The first session's Present button takes a click in its middle (Playwright's trial click fails on a covered one).
    await page.evaluate(() => scrollTo(0, 0));
    await page
      .locator('pb-deck-card')
      .first()
      .getByRole('link', { name: /^Present/ })
      .click({ trial: true, timeout: 5000 });

    await expectAccessible(page);
    await page.evaluate(() => scrollTo(0, 0));
    // Keyboard only: the notice's close button is in the tab order, and Enter dismisses it.
    const inNotice = () => page.evaluate(() => document.activeElement?.closest('.pb-kit-notice') !== null);
    for (let presses = 0; presses < 40 && !(await inNotice()); presses++) await page.keyboard.press('Tab');
    expect(await inNotice()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => notice.count()).toBe(0);
    kit.assertClean();
    await kit.context.close();
  });
});
