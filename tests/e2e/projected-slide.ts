/**
 * What the class sees of the projected slide, for end-to-end tests: whether everything on it (live content
 * included: the join code and QR code, poll results, questions, a word cloud) lies inside the slide, in type the
 * back row reads, clear of reveal's controls, and whether its QR code scans from a picture of the screen.
 *
 * - `expectSlideFits(page, where)`: waits until the slide on screen is still, then fails naming every text or
 *   control past the slide, cut, overlapping another, under the minimum size or under reveal's arrows.
 * - `expectQrReadable(page, qr, expected)`: a screenshot of the QR code decodes (jsQR) to `expected`, and its
 *   quiet zone, four modules on every side, is light and on screen.
 */
import jsQR from 'jsqr';
import type { Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { expect } from 'vitest';

/** The smallest slide text a back-row student reads, in px of reveal's 1280×720 frame (18 pt on a 13.3-inch slide). */
export const MIN_TEXT_PX = 24;

export interface Problem {
  readonly what: string;
  readonly text: string;
}

/**
 * Measures the slide on screen in the page: every visible text run (shadow roots included) and every control,
 * against the slide's frame, the boxes that clip them and each other, and with `chrome`, against what reveal.js
 * draws over the slides (its arrows, progress bar and slide number). Returns what does not fit. Runs in the page
 * (`page.evaluate(measureSlide, options)`): self-contained.
 */
export function measureSlide({ minTextPx, chrome }: { minTextPx: number; chrome: boolean }): Problem[] {
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
  // reveal's arrows, progress bar and slide number lie over the slide's corner and bottom edge.
  if (chrome) {
    const covers = [...document.querySelectorAll('.reveal .controls button, .reveal .progress, .reveal .slide-number')]
      .filter((el) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
      .map((el) => ({ name: el.className.split(' ')[0] ?? el.localName, rect: el.getBoundingClientRect() }));
    for (const [box, rect] of shown)
      for (const cover of covers)
        if (overlap(rect, cover.rect)) problems.push({ what: `under reveal's ${cover.name}`, text: short(box.text) });
  }
  return problems;
}

/** Resolves once the slide on screen is still: fonts in, every element rendered, nothing moving. */
export async function settled(page: Page): Promise<void> {
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

/** The slide on screen fits the projector, live content included, clear of reveal's controls. */
export async function expectSlideFits(page: Page, where: string): Promise<void> {
  await settled(page);
  const problems = await page.evaluate(measureSlide, { minTextPx: MIN_TEXT_PX, chrome: true });
  expect(
    problems.map((p) => `${p.what}: ${p.text}`),
    `${where}: what the class cannot see`,
  ).toEqual([]);
}

/** The quiet zone the QR standard asks for, in modules, on every side of the code. */
export const QUIET_ZONE_MODULES = 4;

/**
 * Takes a picture of the screen around `qr` (an element showing a QR code), decodes it as a phone camera would
 * (jsQR) and expects `expected`; then checks the quiet zone: four modules around the code, all light, none of it
 * off screen or under another element (reveal's arrows, its progress bar).
 */
export async function expectQrReadable(page: Page, qr: Locator, expected: string | RegExp): Promise<void> {
  await settled(page);
  const box = (await qr.boundingBox())!;
  const viewport = page.viewportSize()!;
  // The code's own box and a margin: the quiet zone may be drawn inside it or around it.
  const margin = box.width / 4;
  const clip = {
    x: Math.max(0, Math.floor(box.x - margin)),
    y: Math.max(0, Math.floor(box.y - margin)),
    width: 0,
    height: 0,
  };
  clip.width = Math.min(viewport.width, Math.ceil(box.x + box.width + margin)) - clip.x;
  clip.height = Math.min(viewport.height, Math.ceil(box.y + box.height + margin)) - clip.y;
  const picture = PNG.sync.read(await page.screenshot({ clip, animations: 'disabled' }));
  const found = jsQR(new Uint8ClampedArray(picture.data), picture.width, picture.height, {
    inversionAttempts: 'dontInvert',
  });
  expect(found, 'a QR code decoded from the screenshot').not.toBeNull();
  if (typeof expected === 'string') expect(found!.data).toBe(expected);
  else expect(found!.data).toMatch(expected);

  // The code's corners as jsQR found them; a module is the code's width over its modules (17 + 4 per version).
  const { topLeftCorner, topRightCorner, bottomLeftCorner, bottomRightCorner } = found!.location;
  const modules = 17 + 4 * found!.version;
  const module = Math.hypot(topRightCorner.x - topLeftCorner.x, topRightCorner.y - topLeftCorner.y) / modules;
  const left = Math.min(topLeftCorner.x, bottomLeftCorner.x);
  const right = Math.max(topRightCorner.x, bottomRightCorner.x);
  const top = Math.min(topLeftCorner.y, topRightCorner.y);
  const bottom = Math.max(bottomLeftCorner.y, bottomRightCorner.y);
  const zone = QUIET_ZONE_MODULES * module;
  // A pixel's width of give for the corners' rounding.
  const outer = { left: left - zone + 1, right: right + zone - 1, top: top - zone + 1, bottom: bottom + zone - 1 };
  const offScreen =
    clip.x + outer.left < 0 ||
    clip.y + outer.top < 0 ||
    clip.x + outer.right > viewport.width ||
    clip.y + outer.bottom > viewport.height;
  expect(offScreen, 'the quiet zone reaches past the screen').toBe(false);
  const inPicture = outer.left >= 0 && outer.top >= 0 && outer.right < picture.width && outer.bottom < picture.height;
  expect(inPicture, 'the quiet zone is in the picture taken around the code').toBe(true);
  let dark = 0;
  for (let y = Math.ceil(outer.top); y <= outer.bottom; y++) {
    for (let x = Math.ceil(outer.left); x <= outer.right; x++) {
      const inCode = x > left - 1 && x < right + 1 && y > top - 1 && y < bottom + 1;
      if (inCode) continue;
      const i = (y * picture.width + x) * 4;
      // Light: what a camera reads as the paper around a code (the slide's paper colour passes, an arrow does not).
      const luminance = 0.2126 * picture.data[i]! + 0.7152 * picture.data[i + 1]! + 0.0722 * picture.data[i + 2]!;
      if (luminance < 200) dark++;
    }
  }
  expect(dark, `dark pixels in the ${QUIET_ZONE_MODULES}-module quiet zone`).toBe(0);
}
