import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium';

export function launch(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

/**
 * A browser context that records every request leaving the kit's origin, and every page error.
 * `assertClean()` fails the test if the kit tried to reach anything else (a CDN, a font, analytics).
 */
export async function kitContext(browser: Browser, origin: string, options: BrowserContextOptions = {}) {
  const context: BrowserContext = await browser.newContext(options);
  const foreign: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !/^(data|blob|about):/.test(url)) foreign.push(url);
  });
  context.on('page', (page) => page.on('pageerror', (error) => errors.push(error.message)));
  return {
    context,
    newPage: async (): Promise<Page> => {
      const page = await context.newPage();
      return page;
    },
    assertClean(): void {
      expect(foreign, 'requests to other origins').toEqual([]);
      expect(errors, 'errors thrown in the page').toEqual([]);
    },
  };
}

/**
 * Runs axe (WCAG 2.x A and AA) on the page and expects no violation. It waits first for the page's running CSS
 * transitions (reveal's fade between slides, its controls) to end: a slide or a button fading in is half
 * transparent, and axe would measure its colours mid-way. Animations (reveal's looping arrow hint) are not waited for.
 */
export async function expectAccessible(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a instanceof CSSTransition && a.playState === 'running')
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

/** `h` or `h/v` for every slide of the deck on screen, in presenting order. */
export const slideIndices = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll('.reveal .slides > section')].flatMap((stack, h) => {
      const nested = stack.querySelectorAll(':scope > section');
      return nested.length ? [...nested].map((_, v) => `${h}/${v}`) : [`${h}`];
    }),
  );

/** The slide on screen as `h` or `h/v` (read from the slides, not the URL: reveal.js may write `#/3` for `#/3/0`). */
export const presentIndex = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const stacks = [...document.querySelectorAll('.reveal .slides > section')];
    const h = stacks.findIndex((stack) => stack.classList.contains('present'));
    const nested = [...(stacks[h]?.querySelectorAll(':scope > section') ?? [])];
    return nested.length ? `${h}/${nested.findIndex((slide) => slide.classList.contains('present'))}` : `${h}`;
  });
