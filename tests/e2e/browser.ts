import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium';

export function launch(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

/**
 * One Chromium for every test of a file: launched before the first, closed after the last. Stands for that browser
 * once it runs (a test passes it to `kitContext` as it would the browser itself).
 */
export function sharedBrowser(): Browser {
  let launched: Browser | undefined;
  beforeAll(async () => {
    launched = await launch();
  });
  afterAll(async () => {
    await launched?.close();
  });
  return new Proxy({} as Browser, {
    get(_, key) {
      if (!launched) throw new Error('the shared browser launches before the first test');
      const value: unknown = Reflect.get(launched, key);
      return typeof value === 'function' ? value.bind(launched) : value;
    },
  });
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
 * Resolves once nothing on the page is fading or moving into place: no CSS transition running (reveal's fade
 * between slides, its controls, an activity's own), and the slide on screen, if any, and every box around it at
 * full opacity. A state, checked in the page until it holds over two frames, never a delay: on a loaded machine a
 * fade of 0.8 s may take several seconds. reveal's looping arrow hint (an animation, not a transition) is left.
 */
export async function atRest(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const still = (): string => {
            const moving = document
              .getAnimations()
              .filter((a) => a instanceof CSSTransition && a.playState === 'running')
              .map(
                (a) =>
                  `${(a as CSSTransition).transitionProperty} of ${(a.effect as KeyframeEffect).target?.localName}`,
              );
            if (moving.length) return `moving: ${moving.join(', ')}`;
            const slides = document.querySelectorAll('.reveal .slides section.present');
            for (const slide of slides)
              for (let at: Element | null = slide; at; at = at.parentElement)
                if (getComputedStyle(at).opacity !== '1') return `fading: ${at.localName}.${at.className}`;
            return 'at rest';
          };
          const before = still();
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          return before === 'at rest' ? still() : before;
        }),
      { timeout: 20_000, message: 'the page at rest (no transition running, the slide at full opacity)' },
    )
    .toBe('at rest');
}

/**
 * Runs axe (WCAG 2.x A and AA) on the page and expects no violation, once the page is at rest (`atRest`): a slide
 * or a button fading in is half transparent, and axe would measure its colours mid-way.
 */
export async function expectAccessible(page: Page): Promise<void> {
  await atRest(page);
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
