/**
 * Every slide fits, in every language, on the projector (issue 17): each deck in fr, nl, en and de at 1280×720 and
 * 1920×1080, slide by slide (every fragment shown, each role-play played through its longest path, one step at a
 * time), fails when a visible text or activity reaches past the slide, is cut by a box that shows no scrollbar, or
 * overlaps another text or control; when slide text is smaller than the theme's minimum (app/theme/deck.css); and
 * when a notice of the kit shows over the slides, although each context's first visit to the presenter is the one
 * that saves the kit offline.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LANGUAGES, type Language } from '../../i18n/languages';
import { ScenarioPlayer } from '../../components/pb-scenario/scenario-player';
import { compileDecks } from '../../scripts/decks/vite-plugin';
import { compileDeckScenarios } from '../../scripts/ink/compile-scenario';
import { chromiumLaunchOptions } from '../../scripts/chromium';
import { chromium } from 'playwright-core';
import { kitContext, presentIndex, slideIndices } from './browser';

const baseUrl = inject('baseUrl');
const root = join(import.meta.dirname, '../..');
const decks = compileDecks(join(root, 'decks'), root);

/** The smallest slide text a back-row student reads, in px of reveal's 1280×720 frame (18 pt on a 13.3-inch slide). */
const MIN_TEXT_PX = 24;
const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;
/** Where the test leaves one presenter screenshot to look at (a slide with a chat, in French, after a first visit). */
export const SCREENSHOT = join(tmpdir(), 'pb-slides-fit', 'red-flag-hunt-fr-1280.png');

/**
 * For each deck's role-play slide, the choices of its longest path (most lines shown) in each language, as the
 * facilitator's keys 1–9 pick them without a session.
 */
function longestPaths(deckId: string): Map<string, Record<Language, number[]>> {
  const byScenario = new Map<string, Record<Language, number[]>>();
  for (const scenario of compileDeckScenarios(join(root, 'decks', deckId), root)) {
    const perLanguage = {} as Record<Language, number[]>;
    for (const lang of LANGUAGES) {
      const player = ScenarioPlayer.fromJson(scenario.json[lang]);
      const length = (path: readonly number[]): number =>
        player.replay(path).reduce((sum, segment) => sum + segment.beats.length, 0);
      perLanguage[lang] = [...scenario.paths].sort((a, b) => length(b) - length(a))[0]!.slice();
    }
    byScenario.set(scenario.id, perLanguage);
  }
  return byScenario;
}

let browser: Browser;
beforeAll(async () => {
  // With scrollbars, as a desktop browser draws them: a box that scrolls shows it can (Playwright hides them).
  browser = await chromium.launch({ ...chromiumLaunchOptions, ignoreDefaultArgs: ['--hide-scrollbars'] });
});
afterAll(async () => {
  await browser?.close();
});

interface Problem {
  readonly what: string;
  readonly text: string;
}

/**
 * Measures the slide on screen in the page: every visible text run (shadow roots included) and every control,
 * against the slide's frame, the boxes that clip them and each other. Returns what does not fit.
 */
function measureSlide(minTextPx: number): Problem[] {
  const slides = document.querySelector('.reveal .slides')!;
  const frame = slides.getBoundingClientRect();
  const stacks = [...slides.querySelectorAll<HTMLElement>(':scope > section.present')];
  const slide =
    stacks.flatMap((s) => [...s.querySelectorAll<HTMLElement>(':scope > section.present')]).at(0) ?? stacks[0]!;
  const problems: Problem[] = [];
  const TOLERANCE = 1.5;
  const short = (text: string): string => text.replace(/\s+/g, ' ').trim().slice(0, 60);
  /** The parent in the flat tree: a slotted node's slot, a shadow root's host. */
  const parentOf = (el: Element): Element | null =>
    el.assignedSlot ?? el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
  const ancestors = (el: Element): Element[] => {
    const list: Element[] = [];
    for (let at: Element | null = el; at && at !== slide; at = parentOf(at)) list.push(at);
    return list;
  };
  /** Visually hidden (for screen readers only): it, or a box around it, clipped to nothing or a pixel. */
  const clippedAway = new Map<Element, boolean>();
  const srOnly = (el: Element): boolean => {
    let known = clippedAway.get(el);
    if (known === undefined) {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      const parent = parentOf(el);
      known =
        style.clipPath !== 'none' ||
        style.clip !== 'auto' ||
        // A box of a pixel that hides what overflows it (a slot, `display: contents`, has no box and hides nothing).
        (style.overflowX !== 'visible' && (box.width <= 2 || box.height <= 2)) ||
        (parent !== null && parent !== slide && srOnly(parent));
      clippedAway.set(el, known);
    }
    return known;
  };
  const hidden = (el: Element): boolean =>
    !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) || srOnly(el);

  interface Box {
    readonly rect: DOMRect;
    readonly owner: Element;
    readonly text: string;
  }
  const texts: Box[] = [];
  const controls: Box[] = [];
  const walk = (node: Node): void => {
    if (node instanceof Element) {
      const el = node;
      if (['SCRIPT', 'STYLE', 'ASIDE', 'TEMPLATE'].includes(el.tagName)) return;
      if (el.tagName === 'SLOT') {
        for (const assigned of (el as HTMLSlotElement).assignedNodes({ flatten: true })) walk(assigned);
        return;
      }
      if (/^(BUTTON|INPUT|SELECT|TEXTAREA|IMG|svg)$/.test(el.tagName) && !hidden(el)) {
        controls.push({ rect: el.getBoundingClientRect(), owner: el, text: el.textContent ?? el.tagName });
      }
      if (el.shadowRoot) for (const child of el.shadowRoot.childNodes) walk(child);
      else for (const child of el.childNodes) walk(child);
      return;
    }
    if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) return;
    // A text right under a shadow root belongs to its host.
    const owner = node.parentElement ?? (node.parentNode as ShadowRoot).host;
    if (hidden(owner)) return;
    const range = document.createRange();
    range.selectNodeContents(node);
    const size = parseFloat(getComputedStyle(owner).fontSize);
    if (size < minTextPx - 0.1)
      problems.push({ what: `text of ${size}px, under the ${minTextPx}px minimum`, text: short(node.textContent) });
    for (const rect of range.getClientRects())
      if (rect.width > 0.5) texts.push({ rect, owner, text: node.textContent });
  };
  walk(slide);

  const inside = (r: DOMRect, box: DOMRect): boolean =>
    r.left >= box.left - TOLERANCE &&
    r.top >= box.top - TOLERANCE &&
    r.right <= box.right + TOLERANCE &&
    r.bottom <= box.bottom + TOLERANCE;
  /** A box that scrolls in the direction it cuts, with a scrollbar drawn. */
  const scrolls = (el: Element): boolean => {
    const style = getComputedStyle(el);
    const html = el as HTMLElement;
    const vertical = /auto|scroll/.test(style.overflowY) && html.scrollHeight > html.clientHeight;
    const bar =
      html.offsetWidth - html.clientWidth - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
    return vertical && bar > 0 && style.scrollbarWidth !== 'none';
  };

  // What shows of each box: cut to every box that scrolls around it; any other cut, or the slide's edge, fails.
  const shown = new Map<Box, DOMRect>();
  for (const box of [...texts, ...controls]) {
    // A text run's box is its font's full height, which stands out of a tight line (a title's 1.15) by a few px.
    const style = getComputedStyle(box.owner);
    const lineHeight = parseFloat(style.lineHeight) * (frame.width / 1280); // reveal scales its 1280 px frame
    const slack = texts.includes(box) ? Math.max(0, (box.rect.height - lineHeight) / 2) : 0;
    let visible: DOMRect | undefined = box.rect;
    const chain = ancestors(box.owner);
    // A text run's own element may cut it; a control is measured as its box, which its ancestors may cut.
    for (const clip of controls.includes(box) ? chain.slice(1) : chain) {
      const style = getComputedStyle(clip);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const bounds = clip.getBoundingClientRect();
      if (inside(visible, bounds)) continue;
      if (!scrolls(clip)) {
        const name = `${clip.localName}${typeof clip.className === 'string' && clip.className ? `.${clip.className.split(' ')[0]}` : ''}`;
        problems.push({ what: `cut by <${name}> (no scrollbar)`, text: short(box.text) });
        visible = undefined;
        break;
      }
      const top = Math.max(visible.top, bounds.top);
      const bottom = Math.min(visible.bottom, bounds.bottom);
      if (bottom - top <= 0) {
        visible = undefined; // scrolled out of sight
        break;
      }
      visible = new DOMRect(visible.left, top, visible.width, bottom - top);
    }
    if (!visible) continue;
    shown.set(box, visible);
    const inner = new DOMRect(
      visible.left,
      visible.top + slack,
      visible.width,
      Math.max(0, visible.height - 2 * slack),
    );
    if (!inside(inner, frame)) problems.push({ what: 'reaches past the slide', text: short(box.text) });
  }

  // Overlaps: text over text of another element, text or control over another control.
  const overlap = (a: DOMRect, b: DOMRect): boolean =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2;
  const related = (a: Element, b: Element): boolean => ancestors(a).includes(b) || ancestors(b).includes(a);
  const all = [...shown.keys()];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i]!;
      const b = all[j]!;
      if (a.owner === b.owner || !overlap(shown.get(a)!, shown.get(b)!) || related(a.owner, b.owner)) continue;
      problems.push({ what: 'overlaps', text: `${short(a.text)} ⟷ ${short(b.text)}` });
    }
  }
  return problems;
}

/** Resolves once the slide on screen is still: fonts in, every element rendered, nothing moving. */
async function settled(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          await document.fonts.ready;
          const slide = document.querySelector('.reveal .slides section.present:not(.stack)') ?? document.body;
          const elements: Element[] = [];
          const collect = (at: Element | ShadowRoot): void => {
            for (const el of at.querySelectorAll('*')) {
              elements.push(el);
              if (el.shadowRoot) collect(el.shadowRoot);
            }
          };
          collect(slide);
          await Promise.all(elements.map((el) => (el as { updateComplete?: Promise<unknown> }).updateComplete));
          if (elements.some((el) => el.localName === 'pb-scenario' && !el.shadowRoot?.querySelector('.frame')))
            return 'loading';
          const moving = document
            .getAnimations()
            .filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().endTime !== Infinity)
            // On the slide: reveal's controls bounce to hint at the next slide, on the frame's edge.
            .filter((a) => elements.includes((a.effect as KeyframeEffect | null)?.target as Element));
          if (moving.length)
            return `moving: ${moving.map((a) => (a as CSSAnimation).animationName ?? (a as CSSTransition).transitionProperty).join()}`;
          const shape = (): string =>
            elements.map((el) => Object.values(el.getBoundingClientRect().toJSON()).join()).join(';');
          const before = shape();
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          const after = shape();
          return after === before
            ? 'still'
            : `shape: ${elements
                .filter((_, i) => before.split(';')[i] !== after.split(';')[i])
                .map((e) => e.localName + '.' + e.className)
                .join()}`;
        }),
      { timeout: 10_000 },
    )
    .toBe('still');
}

describe.each(decks.map((deck) => [deck.id, deck] as const))('every slide of the %s deck fits', (_, deck) => {
  const paths = longestPaths(deck.id);
  it.each(VIEWPORTS.map((v) => [`${v.width}×${v.height}`, v] as const))(
    'in every language at %s',
    { timeout: 240_000 },
    async (_size, viewport) => {
      const problems: string[] = [];
      let checked = 0;
      const pictures = new Set<string>();
      for (const lang of LANGUAGES) {
        const kit = await kitContext(browser, baseUrl, { locale: `${lang}-BE`, viewport, reducedMotion: 'reduce' });
        const page = await kit.newPage();
        const logged: string[] = [];
        page.on('console', (message) => logged.push(message.text()));
        await page.goto(`${baseUrl}/present.html?deck=${deck.id}&lang=${lang}`);
        await expect.poll(async () => (await slideIndices(page)).length).toBe(deck.slideCount);
        // The first visit saves the kit offline: the notice it brings must not reach the projector.
        await page.evaluate(() => navigator.serviceWorker.ready);
        // The test's own: reveal's fade between slides off, so a slide is measured where it stays.
        // The theme states the minimum, for the activities to read: it is the one this test holds slides to.
        const themeMinimum = await page.evaluate(() =>
          getComputedStyle(document.querySelector('.reveal')!).getPropertyValue('--pb-min-text').trim(),
        );
        expect(themeMinimum, '--pb-min-text in app/theme/deck.css').toBe(`${MIN_TEXT_PX}px`);
        await page.addStyleTag({
          content: '.reveal .slides section, .reveal .slides .fragment { transition: none !important; }',
        });
        const check = async (where: string): Promise<void> => {
          await settled(page);
          checked++;
          expect(await page.locator('.pb-kit-notice').count(), `a kit notice on the presenter, ${where}`).toBe(0);
          const found = await page.evaluate(measureSlide, MIN_TEXT_PX);
          for (const p of found) problems.push(`${where}: ${p.what}: ${p.text}`);
          // A picture of each slide that does not fit (its first step), to see what the numbers say.
          const slide = where.replace(/, .*/, '');
          if (found.length && !pictures.has(slide)) {
            pictures.add(slide);
            mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
            await page.screenshot({ path: join(SCREENSHOT, '..', `${slide.replace(/[^\w×-]+/g, '_')}.png`) });
          }
        };
        for (const index of await slideIndices(page)) {
          const where = `${deck.id} ${lang} ${viewport.width}×${viewport.height} slide ${index}`;
          await page.evaluate((hash) => (location.hash = hash), `#/${index}`);
          await expect.poll(() => presentIndex(page)).toBe(index);
          await check(where);
          const fragments = await page.evaluate(() =>
            Math.max(
              -1,
              ...[...document.querySelectorAll('.reveal .slides section.present .fragment')].map((f) =>
                Number(f.getAttribute('data-fragment-index')),
              ),
            ),
          );
          if (fragments >= 0) {
            const [h, v = '0'] = index.split('/');
            await page.evaluate((hash) => (location.hash = hash), `#/${h}/${v}/${fragments}`);
            await check(`${where}, every fragment shown`);
          }
          // A help card with more services than a page: → shows its next page while the slide stays.
          const card = (): Promise<{ text: string; more: boolean } | null> =>
            page.evaluate(() => {
              // The slide's own card (light DOM), not a role-play's, which scrolls with its messages.
              const root = document.querySelector(
                '.reveal .slides section.present:not(.stack) pb-help-card',
              )?.shadowRoot;
              // The pages line says "→" while another page follows.
              return root
                ? { text: root.textContent!, more: !!root.querySelector('.pages')?.textContent?.includes('→') }
                : null;
            });
          for (let turn = 2, shown = await card(); shown?.more; turn++) {
            await page.keyboard.press('ArrowRight');
            await expect
              .poll(async () => (await card())?.text, { message: `${where}: the help card's next page` })
              .not.toBe(shown.text);
            expect(await presentIndex(page)).toBe(index);
            shown = await card();
            await check(`${where}, help card page ${turn}`);
          }
          const scenario = page.locator('.reveal .slides section.present pb-scenario');
          if ((await scenario.count()) === 0) continue;
          const id = await scenario.getAttribute('src');
          const path = [...(paths.get(id ?? '')?.[lang] ?? [])];
          expect(path.length, `${where}: the role-play ${id}'s longest path`).toBeGreaterThan(0);
          // Step through the story with the facilitator's keys: → for the next line, 1–9 to pick a choice.
          for (let step = 0; step < 200; step++) {
            const state = await scenario.evaluate((el) => {
              const root = el.shadowRoot!;
              if (root.querySelector('.question')) return 'choice';
              if (root.querySelector('[part="panel"] .row button.primary') && !root.querySelector('.hint'))
                return 'ended';
              return 'lines';
            });
            if (state === 'ended') break;
            if (state === 'choice') {
              const choice = path.shift();
              expect(choice, `${where}: a choice left on the path`).toBeDefined();
              await page.keyboard.press(String(choice! + 1));
            } else await page.keyboard.press('ArrowRight');
            await expect
              .poll(() => presentIndex(page), { message: `${where}: the role-play keeps its slide` })
              .toBe(index);
            await check(`${where}, role-play step ${step + 1}`);
          }
          expect(path, `${where}: the longest path played to its end`).toEqual([]);
        }
        if (deck.id === 'spot-the-script' && lang === 'fr' && viewport.width === 1280) {
          mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
          const hunt = await page.evaluate(() => {
            const slides = [...document.querySelectorAll('.reveal .slides > section')];
            return slides.findIndex((s) => s.querySelector('pb-red-flag-hunt'));
          });
          await page.evaluate((hash) => (location.hash = hash), `#/${hunt}`);
          await settled(page);
          await page.screenshot({ path: SCREENSHOT });
        }
        // What the kit had to say went to the browser console instead.
        await expect.poll(() => logged).toContain('[offline kit] saved for use without internet');
        kit.assertClean();
        await kit.context.close();
      }
      console.info(
        `${deck.id} at ${viewport.width}×${viewport.height}: ${checked} slides and steps checked in ${LANGUAGES.length} languages`,
      );
      expect(problems).toEqual([]);
    },
  );
});
