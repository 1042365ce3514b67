/**
 * The session's country, end to end: a facilitator in Belgium picks France on the kit home and presents "Spot
 * the script"; the help card on the slides, the role-play's help ending and a student's phone at the end of
 * the session show French services (3018, 119), never Belgium's 116 000; the story and the slides name France's
 * lines where they would name Child Focus in Belgium.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, kitContext, sharedBrowser } from './browser';

const baseUrl = inject('baseUrl');

const browser = sharedBrowser();

/** A help card's text (its shadow root), whitespace folded. */
const cardText = (card: Locator) => card.evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));

/** Waits until the card shows France's services, then checks Belgium's are not there. */
async function expectFrench(card: Locator): Promise<void> {
  await expect.poll(() => cardText(card), { timeout: 15_000 }).toContain('3018');
  const text = await cardText(card);
  expect(text).toContain('119 – Allô Enfance en danger');
  expect(text).not.toContain('116 000');
  expect(text).not.toContain('Child Focus');
}

/** Shows the slide that holds `selector`, by its reveal.js hash, and waits until it is the one on screen. */
async function goToSlideWith(page: Page, selector: string): Promise<Locator> {
  // The deck is in place once reveal.js is ready (the slides arrive after the page has loaded).
  await page.locator('.reveal.ready').waitFor();
  const hash = await page.evaluate((selector) => {
    const stacks = [...document.querySelectorAll('.reveal .slides > section')];
    for (const [h, stack] of stacks.entries()) {
      const nested = [...stack.querySelectorAll(':scope > section')];
      if (!nested.length && stack.querySelector(selector)) return `#/${h}`;
      const v = nested.findIndex((slide) => slide.querySelector(selector));
      if (v >= 0) return `#/${h}/${v}`;
    }
    return undefined;
  }, selector);
  expect(hash, `a slide with ${selector}`).toBeDefined();
  await page.evaluate((hash) => (location.hash = hash), hash!);
  const element = page.locator(`.reveal .slides section.present ${selector}`).first();
  await element.waitFor();
  return element;
}

describe('the session’s country', () => {
  it(
    'picked on the kit home, gives France’s help on the slides, in the role-play’s ending and on a phone',
    { timeout: 180_000 },
    async () => {
      const presenterKit = await kitContext(browser, baseUrl, {
        locale: 'fr-BE',
        viewport: { width: 1280, height: 720 },
        reducedMotion: 'reduce',
      });
      const presenter = await presenterKit.newPage();
      await presenter.goto(`${baseUrl}/`);
      const country = presenter.getByLabel('Pays de la séance');
      await expect.poll(() => country.inputValue(), { timeout: 15_000 }).toBe('BE');
      await country.selectOption('FR');
      await expect
        .poll(() => presenter.locator('.printables a').allTextContents(), { timeout: 15_000 })
        .toContain('France (page à imprimer)');
      await expectAccessible(presenter);

      await presenter.locator('pb-deck-card a[href^="present.html?deck=spot-the-script&"]').click();
      await presenter.waitForURL(/present\.html\?deck=spot-the-script&lang=fr&country=FR/);

      // The help card on a slide, a row of services at a time (→ shows the next), its emergency numbers on the
      // slide too (not cut off below it).
      const slideCard = await goToSlideWith(presenter, 'pb-help-card');
      await expect.poll(() => cardText(slideCard), { timeout: 15_000 }).toContain('3018');
      let pages = await cardText(slideCard);
      for (let page = pages; page.includes('→'); pages += page) {
        await presenter.keyboard.press('ArrowRight');
        await expect.poll(() => cardText(slideCard)).not.toBe(page);
        page = await cardText(slideCard);
      }
      expect(pages).toContain('119 – Allô Enfance en danger');
      expect(pages).not.toContain('116 000');
      expect(pages).not.toContain('Child Focus');
      const emergency = (await slideCard.locator('li.emergency').last().boundingBox())!;
      expect(emergency.y + emergency.height).toBeLessThanOrEqual(720);

      // The role-play, played to an ending by the facilitator (no class session yet): its help card.
      const scenario = await goToSlideWith(presenter, 'pb-scenario');
      const ending = scenario.locator('.help-card pb-help-card');
      const choices = scenario.locator('.choices button');
      const skip = scenario.getByRole('button', { name: 'Afficher jusqu’à la prochaine pause' });
      for (let step = 0; step < 60; step++) {
        // Wait for the story's next state: an ending, a choice to make, or more messages to show.
        await expect
          .poll(async () => (await ending.count()) + (await choices.count()) + (await skip.count()), {
            timeout: 15_000,
          })
          .toBeGreaterThan(0);
        if (await ending.count()) break;
        // The last answer of each choice point: the way to an adult.
        if (await choices.count()) await choices.last().click();
        else await skip.click();
      }
      await expectFrench(ending);
      // The story itself names France's lines: the 119 that night, the 3018 later.
      const story = await scenario.evaluate((el) => el.shadowRoot!.querySelector('.log')!.textContent!);
      expect(story).toContain('119 – Allô Enfance en danger');
      expect(story).toContain('3018 (e-Enfance)');
      expect(story).not.toContain('Child Focus');
      await expectAccessible(presenter);

      // A class session: its phones end with the same country's help.
      const joinSlide = await goToSlideWith(presenter, 'pb-join');
      await joinSlide.getByRole('button', { name: 'Démarrer une session de classe' }).click();
      const code = joinSlide.locator('[part="code"] [aria-hidden]');
      await code.waitFor();
      const joinUrl = `${baseUrl}/join?code=${(await code.innerText()).replace(/\s/g, '')}`;

      const phoneKit = await kitContext(browser, baseUrl, {
        viewport: { width: 360, height: 640 },
        isMobile: true,
        hasTouch: true,
        locale: 'en-GB',
      });
      const phone = await phoneKit.newPage();
      await phone.goto(joinUrl);
      await phone.getByText('Wait for the next question').waitFor();

      // The facilitator ends the session from the console, paired from the join slide's speaker notes.
      const pairing = presenter.locator('.reveal section.present aside.notes a').first();
      await expect.poll(() => pairing.getAttribute('href'), { timeout: 15_000 }).toMatch(/console(\.html)?#/);
      const consoleKit = await kitContext(browser, baseUrl, { locale: 'en-GB', viewport: { width: 400, height: 800 } });
      const console_ = await consoleKit.newPage();
      await console_.goto(new URL((await pairing.getAttribute('href'))!, presenter.url()).href);
      await console_.getByText('1 student connected').waitFor();
      await console_.getByRole('button', { name: 'End the session' }).click();
      await console_.getByRole('button', { name: 'Yes, end it' }).click();

      await phone.getByRole('heading', { name: 'The session is over' }).waitFor();
      await expectFrench(phone.locator('pb-help-card').last());
      await expectAccessible(phone);

      // Another deck of the same session: a slide that names the line to call names France's first one.
      const nextDeck = await presenterKit.newPage();
      await nextDeck.goto(`${baseUrl}/present.html?deck=what-now&lang=fr&country=FR`);
      const helpline = await goToSlideWith(nextDeck, 'pb-helpline');
      await expect
        .poll(() => helpline.evaluate((el) => el.shadowRoot?.textContent ?? ''), { timeout: 15_000 })
        .toBe('3018 (e-Enfance)');

      for (const kit of [presenterKit, phoneKit, consoleKit]) {
        kit.assertClean();
        await kit.context.close();
      }
    },
  );
});
