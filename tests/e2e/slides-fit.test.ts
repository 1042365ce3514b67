/**
 * Every slide fits, in every language, on the projector (issue 17): each deck in fr, nl, en and de at 1280×720 and
 * 1920×1080, slide by slide (every fragment shown, each role-play played through its longest path, one step at a
 * time), fails when a visible text or activity reaches past the slide, is cut by a box that shows no scrollbar,
 * overlaps another text or control or lies under reveal's arrows, progress bar or slide number; when slide text is
 * smaller than the theme's minimum (app/theme/deck.css); and
 * when a notice of the kit shows over the slides, although each context's first visit to the presenter is the one
 * that saves the kit offline.
 */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LANGUAGES, type Language } from '../../i18n/languages';
import { ScenarioPlayer } from '../../components/pb-scenario/scenario-player';
import { compileDecks } from '../../scripts/decks/vite-plugin';
import { compileDeckScenarios } from '../../scripts/ink/compile-scenario';
import { chromiumLaunchOptions } from '../../scripts/chromium';
import { chromium } from 'playwright-core';
import { kitContext, presentIndex, slideIndices } from './browser';
import { Console, Phone, pairingLink, projectedJoinCode } from './live-class';
import { MIN_TEXT_PX, expectQrReadable, expectSlideFits, measureSlide, settled } from './projected-slide';
import { createApplication, type Application } from '../../server/app';
import { SqliteSessionStore } from '../../server/store/sqlite-session-store';
import { LIMITS } from '../../protocol/limits';
import type { Answer } from '../../protocol/answer';
import type { PollDefinitionInput } from '../../protocol/poll';

const baseUrl = inject('baseUrl');
const root = join(import.meta.dirname, '../..');
const decks = compileDecks(join(root, 'decks'), root);

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
          const found = await page.evaluate(measureSlide, { minTextPx: MIN_TEXT_PX, chrome: true });
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

/**
 * The slides that change while a class session runs, in the states the class sees them (issue 19): the join slide
 * once the session started and phones joined (its QR code decoded from a screenshot, with its quiet zone), every
 * poll open then revealed with every answer counted, the question box showing each approved question (the
 * longest a phone may send included), and the word cloud full of approved words, page after page. Against a
 * server of the test's own (its session budgets are not shared with other tests), with phones as socket.io
 * clients running the join page's connection (live-class.ts) and a console paired from the speaker notes.
 */
describe('live slides fit', () => {
  let server: Application;
  let store: SqliteSessionStore;
  let liveUrl: string;
  beforeAll(async () => {
    store = new SqliteSessionStore({ dir: mkdtempSync(join(tmpdir(), 'pb-slides-fit-data-')) });
    // A whole class per deck and language from one loopback address: more new seats than one network may take.
    const seats = { addressSeatBurst: 10_000, addressSeatsPerMinute: 10_000 };
    server = await createApplication({ distDir: inject('distDir'), store, limits: seats });
    liveUrl = `http://127.0.0.1:${(await server.listen(0, '127.0.0.1')).port}`;
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  const liveDecks = decks.filter((deck) => deck.html.en.includes('<pb-join'));
  it.each(liveDecks.flatMap((deck) => LANGUAGES.map((lang) => [`${deck.id} ${lang}`, deck.id, lang] as const)))(
    '%s: the join slide once phones are in, each poll open and revealed, each approved question, the full word cloud, at both sizes',
    { timeout: 300_000 },
    async (_, deckId, lang) => {
      const kit = await kitContext(browser, liveUrl, {
        locale: `${lang}-BE`,
        viewport: VIEWPORTS[0],
        reducedMotion: 'reduce',
      });
      const page = await kit.newPage();
      const phones: Phone[] = [];
      let console_: Console | undefined;
      try {
        await page.goto(`${liveUrl}/present.html?deck=${deckId}&lang=${lang}`);
        await page.locator('.reveal.ready').waitFor();
        await page.addStyleTag({
          content: '.reveal .slides section, .reveal .slides .fragment { transition: none !important; }',
        });
        /** Shows the slide holding `selector` and returns its place. */
        const show = async (selector: string): Promise<string> => {
          const index = await page.evaluate((selector) => {
            const slide = document.querySelector(selector)!.closest('section')!;
            const stacks = [...document.querySelectorAll('.reveal .slides > section')];
            const h = stacks.findIndex((stack) => stack === slide || stack.contains(slide));
            const nested = [...stacks[h]!.querySelectorAll(':scope > section')];
            return nested.length ? `${h}/${nested.indexOf(slide)}` : `${h}`;
          }, selector);
          await page.evaluate((hash) => (location.hash = hash), `#/${index}`);
          await expect.poll(() => presentIndex(page)).toBe(index);
          return index;
        };
        /** The slide on screen fits at 1280×720 and at 1920×1080 (then back to 1280×720). */
        const fits = async (where: string): Promise<void> => {
          for (const viewport of [VIEWPORTS[1], VIEWPORTS[0]]) {
            await page.setViewportSize(viewport);
            await expectSlideFits(page, `${deckId} ${lang} ${viewport.width}×${viewport.height}, ${where}`);
          }
        };
        const slide = (selector: string) => page.locator(`.reveal .slides section.present ${selector}`);

        // The session starts on the join slide; the class joins.
        await show('pb-join');
        await slide('pb-join button.primary').click();
        const code = await projectedJoinCode(page);
        console_ = await Console.pair(liveUrl, await pairingLink(page));
        for (let i = 0; i < 6; i++) phones.push(await Phone.join(liveUrl, code));
        await expect.poll(() => slide('pb-join [role="status"]').innerText()).toMatch(/\b6\b/);
        await fits('the session started, six phones in');
        for (const viewport of VIEWPORTS) {
          await page.setViewportSize(viewport);
          await expectQrReadable(page, slide('pb-join [part="qr"]'), new RegExp(`/join\\?code=${code}&lang=${lang}$`));
        }
        await page.setViewportSize(VIEWPORTS[0]);

        // Every poll: open, every phone answers, then closed and revealed.
        const polls = await page.evaluate(() =>
          [...document.querySelectorAll('.reveal .slides pb-poll')].map(
            (el) => (el as HTMLElementTagNameMap['pb-poll']).definition,
          ),
        );
        for (const poll of polls) {
          await show(`pb-poll#${poll.id}`);
          const here = slide(`pb-poll#${poll.id}`);
          await here.locator('button.primary').click();
          for (const [i, phone] of phones.entries()) await phone.answer(poll.id, answerOf(poll, i));
          await expect.poll(() => here.locator('.status').innerText()).toMatch(/\b6\b/);
          await fits(`poll ${poll.id} open, six answers`);
          // Buttons by name: their places change as the poll's state reaches the slide.
          await here.getByRole('button', { name: new RegExp(i18nText(lang, 'close')) }).click();
          // A session rating has nothing to reveal on the projector: only the console shows its counts.
          if (poll.rating) continue;
          await here.getByRole('button', { name: new RegExp(i18nText(lang, 'reveal')) }).click();
          await here.locator('[role="status"] :is(.bars, .ranking)').waitFor();
          await fits(`poll ${poll.id} revealed`);
        }

        // The question box: three approved questions, the longest a phone may send among them.
        if (await page.locator('.reveal .slides pb-question-box').count()) {
          await phones[0]!.ask(LONGEST_QUESTION);
          await phones[1]!.ask('Why?');
          await phones[2]!.ask('Can I tell a teacher without my parents knowing?');
          await console_.approveAll(3);
          await show('pb-question-box');
          const box = slide('pb-question-box');
          await expect.poll(() => box.locator('.status').innerText()).toMatch(/\b3\b/);
          await fits('question box, three approved');
          await box.locator('button.toggle').click();
          for (let n = 1; n <= 3; n++) {
            await expect.poll(() => box.locator('figcaption').innerText()).toMatch(new RegExp(`\\b${n}\\b.*\\b3\\b`));
            await fits(`question ${n} of 3 shown`);
            if (n < 3) await box.getByRole('button').nth(1).click(); // next
          }
        }

        // The word cloud, full: thirty phones, three words each.
        if (await page.locator('.reveal .slides pb-word-cloud').count()) {
          const id = (await page.locator('.reveal .slides pb-word-cloud').getAttribute('id'))!;
          await show('pb-word-cloud');
          const cloud = slide('pb-word-cloud');
          await cloud.locator('button.primary').click();
          while (phones.length < 30) phones.push(await Phone.join(liveUrl, code));
          for (const [i, phone] of phones.entries())
            await phone.answer(id, { kind: 'wordcloud', entries: [0, 1, 2].map((k) => longWord(i * 3 + k)) });
          await console_.approveAll(90);
          await fits('word cloud open, 30 answers');
          await cloud.getByRole('button', { name: new RegExp(i18nText(lang, 'close')) }).click();
          await cloud.getByRole('button', { name: new RegExp(i18nText(lang, 'reveal')) }).click();
          await cloud.locator('[part="picture"]').waitFor();
          for (let turn = 1; ; turn++) {
            await fits(`word cloud full, page ${turn}`);
            const next = cloud.locator('button.next-words');
            if (!(await next.count())) break;
            expect(turn, 'pages of 90 words').toBeLessThan(10);
            await next.click();
          }
        }
        kit.assertClean();
      } finally {
        for (const phone of phones) phone.close();
        console_?.close();
        await kit.context.close();
      }
    },
  );
});

/** The longest question a phone may send (protocol/limits.ts), in long words: the question box must still fit. */
const LONGEST_QUESTION = [
  'What happens if the person who blackmails me lives in another country and the police there does nothing?',
  'Can they still be stopped, and what if I already paid once and now they ask for more money every single week?',
  'Who do I tell first: my parents, a teacher or the helpline?',
]
  .join(' ')
  .slice(0, LIMITS.askLength);

/** A different word of up to 25 characters (the longest a phone may send) for each `n`. */
const longWord = (n: number): string =>
  `${['talk to someone', 'screenshots', 'block and report', 'Vertrauensperson', 'ne pas partager', 'steun geven'][n % 6]} ${n}`.slice(
    0,
    LIMITS.wordcloudEntryLength,
  );

/** Phone `i`'s answer to `poll`: together the phones give every option a different count. */
function answerOf(poll: PollDefinitionInput, i: number): Answer {
  const ids = 'options' in poll ? poll.options.map((o) => o.id) : [];
  switch (poll.kind) {
    case 'scale':
      return { kind: 'scale', value: poll.min + (i % (poll.max - poll.min + 1)) };
    case 'multiple':
      return { kind: 'multiple', optionIds: ids.slice(0, Math.max(1, ids.length - i)) };
    case 'single':
    case 'quiz':
      return { kind: poll.kind, optionId: ids[i % ids.length]! };
    default:
      throw new Error(`no answer for a ${poll.kind} poll in this test`);
  }
}

/** A string of the kit's poll namespace in `lang`, as the buttons show it. */
function i18nText(lang: Language, key: 'reveal' | 'close'): string {
  const strings = JSON.parse(readFileSync(join(root, 'locales', lang, 'poll.json'), 'utf8')) as {
    live: Record<string, string>;
  };
  return strings.live[key]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
