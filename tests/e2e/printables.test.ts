/**
 * The printables as `npm run export:pdf` makes them (scripts/export-pdf.ts), printed from the built kit: each
 * guide has its expected pages (cover, plan, one per slide and a role-play's story after its slide, protocol,
 * help services, one per hard question, the curricula), each
 * handout one page, the easy-read handout a sheet per part in type never under 16 pt, and the help numbers are
 * text a reader can search and copy. Kept lean: every guide in English, one deck's guide in every language, every
 * country's handout (and easy-read handout) in English, and Belgium's in every language.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CURRICULA } from '../../content/curricula';
import { HARD_QUESTIONS, askFor } from '../../content/hard-questions';
import { firstLine, helpResources, nightLine, resourceName } from '../../content/help-resources';
import { LANGUAGES, type Language } from '../../i18n/languages';
import { ScenarioPlayer } from '../../components/pb-scenario/scenario-player';
import { compileDecks } from '../../scripts/decks/vite-plugin';
import { renderPrintables, type RenderedPrintable } from '../../scripts/export-pdf';
import { compileScenarios } from '../../scripts/ink/vite-plugin';
import { helpCountries, printables } from '../../scripts/printables/catalog';
import { SHEETS_AFTER_SERVICES, SHEETS_BEFORE_SERVICES, serviceSheets } from '../../app/print/easy-read-sheets';
import { expectAccessible, launch } from './browser';

const baseUrl = inject('baseUrl');
const root = join(import.meta.dirname, '../..');
const decks = compileDecks(join(root, 'decks'), root);
const scenarios = compileScenarios(join(root, 'decks'), root);
const countries = helpCountries(root);
const list = printables(decks, countries).filter(
  (p) =>
    (p.kind === 'guide' && (p.lang === 'en' || p.deckId === 'fakes-and-ai')) ||
    (p.kind === 'handout' && (p.lang === 'en' || p.country === 'BE')) ||
    (p.kind === 'easy-read' && (p.lang === 'en' || p.country === 'BE')) ||
    // Parents' letters: every session for Belgium in every language, one session for every country in English.
    (p.kind === 'parents' && (p.country === 'BE' || (p.deckId === 'spot-the-script' && p.lang === 'en'))) ||
    (p.kind === 'safeguarding' && (p.lang === 'en' || p.country === 'BE')),
);

let browser: Browser;
let outDir: string;
const rendered = new Map<string, RenderedPrintable>();

beforeAll(async () => {
  browser = await launch();
  outDir = mkdtempSync(join(tmpdir(), 'pb-e2e-pdf-'));
  for (const r of await renderPrintables({ baseUrl, outDir, list, browser })) rendered.set(r.file, r);
});
afterAll(async () => {
  await browser?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** Each page's text, as a PDF reader extracts it (what search and copy see). */
async function pagesText(file: string): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(join(outDir, file))), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await doc.destroy();
  return pages;
}

const squeeze = (text: string): string => text.replace(/\s+/g, '');
/** The pages of the hard questions: their heading stands in capitals on each (the guide's `.kind` line). */
function hardQuestionPages(pages: readonly string[], lang: Language): string[] {
  const strings = JSON.parse(readFileSync(join(root, `locales/${lang}/print.json`), 'utf8')) as {
    guide: { questions: { heading: string } };
  };
  const heading = strings.guide.questions.heading.toUpperCase();
  return pages.filter((page) => page.includes(heading));
}
/** Every number a reader may dial or text, for a country's services. */
const numbers = (country: string, lang: Language): string[] =>
  helpResources(country, lang).flatMap((r) => [r.number, r.sms].filter((n): n is string => Boolean(n)));

describe('the facilitator guides', () => {
  it.each(decks.map((d) => ({ id: d.id, deck: d })))(
    '$id: cover, plan, a page per slide, its role-plays on paper, protocol, help, hard questions',
    async ({ deck }) => {
      const file = `guide-${deck.id}-en.pdf`;
      expect(rendered.get(file)?.overflow, 'a page longer than one sheet').toBeUndefined();
      const pages = await pagesText(file);
      // A role-play's story follows its slide, on as many pages as it takes.
      const storyPages = pages.filter((page) => page.includes('The role-play on paper:'));
      const stories = scenarios.filter((scenario) => scenario.deck === deck.id);
      expect(storyPages.length > 0).toBe(stories.length > 0);
      const storyText = squeeze(storyPages.join(' '));
      for (const scenario of stories)
        for (const path of scenario.paths)
          for (const segment of ScenarioPlayer.fromJson(scenario.json.en).replay(path))
            for (const choice of segment.choices) expect(storyText).toContain(squeeze(choice.text));
      const body = deck.slideCount + storyPages.length;
      // After the protocol: the help services of every country, then the hard questions, each on as many
      // sheets as it takes; last, the curricula the session serves.
      const rest = pages.slice(body + 3, -1);
      expect(pages.at(-1)).toContain('The curricula this session serves, in Belgium');
      const questionPages = hardQuestionPages(rest, 'en');
      const helpPages = rest.slice(0, rest.length - questionPages.length);
      expect(helpPages.length).toBeGreaterThan(0);
      expect(questionPages.length).toBeGreaterThanOrEqual(HARD_QUESTIONS.length);
      expect(rest.slice(helpPages.length)).toEqual(questionPages);
      expect(rendered.get(file)!.pages).toBe(pages.length);
      expect(pages[0]).toContain(deck.meta.en.title);
      for (const objective of deck.meta.en.objectives) expect(squeeze(pages[0]!)).toContain(squeeze(objective));
      expect(pages[1]).toContain('Session plan');
      expect(pages[2]).toContain(`Slide 1 of ${deck.slideCount}`);
      expect(pages[body + 2]).toContain('If a young person tells you something');
      expect(squeeze(questionPages[0]!)).toContain(squeeze(HARD_QUESTIONS[0]!.question.en));
      for (const page of helpPages) expect(page).toContain('Where to find help');
      const help = squeeze(helpPages.join(' '));
      for (const country of countries)
        for (const number of numbers(country, 'en')) expect(help).toContain(squeeze(number));
    },
  );
});

describe('the curricula page, last in every guide', () => {
  it.each(LANGUAGES)(
    '%s: each framework with the addresses of its texts, the quoted target in its own words, this session’s part',
    async (lang) => {
      const page = squeeze((await pagesText(`guide-fakes-and-ai-${lang}.pdf`)).at(-1)!);
      const own = JSON.parse(readFileSync(join(root, `locales/${lang}/curricula.json`), 'utf8')) as Record<
        string,
        string
      >;
      expect(page).toContain(squeeze(own.heading!));
      for (const curriculum of CURRICULA) {
        expect(page, curriculum.id).toContain(squeeze(curriculum.name[lang]));
        for (const text of [...curriculum.texts, ...curriculum.openSources])
          expect(page, text.url).toContain(squeeze(text.url));
        if (curriculum.known) expect(page, curriculum.id).toContain(squeeze(curriculum.known[lang]));
        for (const target of curriculum.targets) {
          expect(page).toContain(squeeze(target.quote));
          expect(page).toContain(squeeze(target.sessions['fakes-and-ai']![lang]));
        }
      }
    },
  );
});

describe('the hard questions, at the end of every guide', () => {
  it.each(LANGUAGES)(
    '%s: each question in the guide’s language, with what is known per country and whom to ask',
    async (lang) => {
      const file = `guide-fakes-and-ai-${lang}.pdf`;
      expect(rendered.get(file)?.overflow, 'a page longer than one sheet').toBeUndefined();
      const pages = hardQuestionPages(await pagesText(file), lang);
      expect(pages.length).toBeGreaterThanOrEqual(HARD_QUESTIONS.length);
      const text = squeeze(pages.join(' '));
      for (const question of HARD_QUESTIONS) {
        expect(text, question.id).toContain(squeeze(question.question[lang]));
        expect(text, question.id).toContain(squeeze(question.answer[lang]));
        // A question the law decides: every country's checked note, and whom to ask.
        for (const note of Object.values(question.law ?? {}))
          expect(text, question.id).toContain(squeeze(note.known[lang]));
      }
      for (const country of ['BE', 'FR', 'LU', 'CH'])
        expect(text, country).toContain(squeeze(resourceName(askFor(country, lang)!, lang)));
    },
  );
});

describe('the student handouts', () => {
  const handouts = list.filter((p) => p.kind === 'handout');
  it.each(handouts)('$country in $lang: one page, with the help numbers as text', async ({ file, country, lang }) => {
    expect(rendered.get(file)?.overflow, 'longer than one page').toBeUndefined();
    const pages = await pagesText(file);
    expect(pages).toHaveLength(1);
    const text = squeeze(pages[0]!);
    const expected = numbers(country!, lang);
    expect(expected.length).toBeGreaterThan(0);
    for (const number of expected) expect(text).toContain(squeeze(number));
  });

  it('says the four messages in the reader’s language', async () => {
    const text = (await pagesText('handout-be-fr.pdf'))[0]!;
    for (const message of [
      'Ne jamais payer',
      'Faire des captures d’écran',
      'Couper le contact',
      'En parler à un adulte',
    ])
      expect(text).toContain(message);
  });
});

/** A namespace of the printables' strings, as the reader's language has it. */
const strings = (lang: Language, ns: 'parents' | 'safeguarding'): Record<string, Record<string, unknown>> =>
  JSON.parse(readFileSync(join(root, `locales/${lang}/${ns}.json`), 'utf8')) as Record<string, Record<string, unknown>>;
const at = (object: Record<string, unknown>, path: string): string =>
  path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], object) as string;

/** The line to call first, and the one answering at night if another: by name and number (or address). */
function lineToCall(country: string, lang: Language): string[] {
  return [firstLine(country), nightLine(country)].flatMap((line) =>
    line ? [resourceName(line, lang), (line.number ?? line.web)!] : [],
  );
}

/** The easy-read handout's strings, as the reader's language has it. */
const easyRead = (lang: Language): Record<string, unknown> =>
  JSON.parse(readFileSync(join(root, `locales/${lang}/easy-read.json`), 'utf8')) as Record<string, unknown>;

describe('the easy-read handouts', () => {
  const sheets = list.filter((p) => p.kind === 'easy-read');
  it.each(sheets)(
    '$country in $lang: what happens and whom to call, the four things, the signs, the help numbers as text, the words',
    async ({ file, country, lang }) => {
      expect(rendered.get(file)?.overflow, 'a sheet longer than one page, even at 16 pt').toBeUndefined();
      const pages = (await pagesText(file)).map(squeeze);
      const services = serviceSheets(helpResources(country!, lang), lang);
      expect(pages).toHaveLength(SHEETS_BEFORE_SERVICES + services.length + SHEETS_AFTER_SERVICES);
      const own = easyRead(lang);
      const [first, things, signs] = pages as [string, string, string];
      for (const key of ['title', 'what.heading', 'what.name', 'fault.line', 'help.tonight.heading'])
        expect(first, key).toContain(squeeze(at(own, key)));
      // Whom to call today, on the first page: the country's line by name and number, the emergency numbers.
      for (const part of lineToCall(country!, lang)) expect(first).toContain(squeeze(part));
      for (const emergency of helpResources(country!, lang).filter((r) => r.emergency))
        expect(first).toContain(squeeze(emergency.number!));
      for (const key of ['pay', 'screenshots', 'stop', 'adult'])
        expect(things, key).toContain(squeeze(at(own, `messages.${key}.title`)));
      expect(things).toContain(squeeze(at(own, 'messages.screenshots.image')));
      expect(signs).toContain(squeeze(at(own, 'signs.heading')));
      // Each sheet of services holds its share, and together every number of the country.
      const help = pages.slice(SHEETS_BEFORE_SERVICES, SHEETS_BEFORE_SERVICES + services.length);
      services.forEach((share, n) => {
        for (const service of share) expect(help[n]).toContain(squeeze(resourceName(service, lang)));
      });
      for (const number of numbers(country!, lang)) expect(help.join('')).toContain(squeeze(number));
      const words = pages.at(-1)!;
      expect(words).toContain(squeeze(at(own, 'words.heading')));
      for (const key of Object.keys(own.words as object).filter((k) => k !== 'heading' && k !== 'intro'))
        expect(words, key).toContain(squeeze(at(own, `words.${key}.term`)));
    },
  );

  it('speak the reader’s language and pass axe on screen, no text under 16 pt', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl}/easy-read.html?country=BE&lang=nl`);
      await page.waitForSelector('html[data-ready]', { state: 'attached' });
      expect(await page.getAttribute('html', 'lang')).toBe('nl');
      await expectAccessible(page);
      // The smallest type of any text on the sheets, in points, once each sheet is fitted to its page.
      const smallest = await page.evaluate(() =>
        Math.min(
          ...[...document.querySelectorAll('main *')]
            .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
            .map((el) => (parseFloat(getComputedStyle(el).fontSize) * 72) / 96),
        ),
      );
      expect(smallest).toBeGreaterThanOrEqual(15.99);
      // Every part has its pictogram, drawn inline (paper and an offline kit load nothing).
      expect(await page.locator('.part .pictogram svg').count()).toBe(await page.locator('.part').count());
    } finally {
      await context.close();
    }
  });
});

describe('the letters to parents and carers', () => {
  const letters = list.filter((p) => p.kind === 'parents');
  it('cover every session for Belgium in every language, and every country', () => {
    expect(letters.filter((p) => p.country === 'BE')).toHaveLength(decks.filter((d) => d.session).length * 4);
    expect(new Set(letters.map((p) => p.country))).toEqual(new Set(countries));
  });

  it.each(letters)(
    '$deckId for $country in $lang: the letter on one page, the guide for parents on the back, numbers as text',
    async ({ file, deckId, country, lang }) => {
      expect(rendered.get(file)?.overflow, 'a side longer than one page').toBeUndefined();
      const pages = await pagesText(file);
      expect(pages).toHaveLength(2);
      const [letter, guide] = pages.map(squeeze) as [string, string];
      const { meta } = decks.find((d) => d.id === deckId)!;
      const own = strings(lang, 'parents');
      // The front: what the class will learn, from the session's own title and objectives.
      expect(letter).toContain(squeeze(at(own, 'letter.title')));
      expect(letter).toContain(squeeze(meta[lang].title));
      for (const objective of meta[lang].objectives) expect(letter).toContain(squeeze(objective));
      // The back: how to react (no blame, no payment, the evidence but never the image), whom to call tonight.
      for (const key of [
        'guide.title',
        'guide.listen.title',
        'guide.pay.title',
        'guide.evidence.title',
        'guide.image.title',
      ])
        expect(guide, key).toContain(squeeze(at(own, key)));
      for (const part of lineToCall(country!, lang)) expect(guide).toContain(squeeze(part));
      if (!nightLine(country!)) expect(guide).toContain(squeeze(at(own, 'guide.tonight.noNight')));
      const expected = numbers(country!, lang);
      expect(expected.length).toBeGreaterThan(0);
      for (const number of expected) expect(guide).toContain(squeeze(number));
    },
  );
});

describe('the safeguarding lead’s guides', () => {
  const guides = list.filter((p) => p.kind === 'safeguarding');
  it.each(guides)(
    '$country in $lang: tonight and the phone, then parents and the facilitator, then the help numbers as text',
    async ({ file, country, lang }) => {
      expect(rendered.get(file)?.overflow, 'a page longer than one sheet').toBeUndefined();
      const pages = (await pagesText(file)).map(squeeze);
      expect(pages).toHaveLength(3);
      const own = strings(lang, 'safeguarding');
      const [tonight, after, help] = pages as [string, string, string];
      for (const key of [
        'title',
        'now.heading',
        'now.deadline.title',
        'tonight.heading',
        'phone.image.title',
        'phone.delete.title',
      ])
        expect(tonight, key).toContain(squeeze(at(own, key)));
      // Whom to call tonight, on the first page: the country's line, a night line, the emergency numbers.
      for (const part of lineToCall(country!, lang)) expect(tonight).toContain(squeeze(part));
      if (!nightLine(country!)) expect(tonight).toContain(squeeze(at(own, 'tonight.noNight')));
      for (const emergency of helpResources(country!, lang).filter((r) => r.emergency))
        expect(tonight).toContain(squeeze(emergency.number!));
      for (const key of ['parents.heading', 'parents.when.title', 'facilitator.heading', 'facilitator.debrief.title'])
        expect(after, key).toContain(squeeze(at(own, key)));
      for (const number of numbers(country!, lang)) expect(help).toContain(squeeze(number));
    },
  );
});

describe('the parents’ letter and the safeguarding lead’s guide on screen, before printing', () => {
  it.each(['parents.html?deck=what-now&country=BE&lang=fr', 'safeguarding.html?country=NL&lang=nl'])(
    '%s passes axe, in the reader’s language',
    async (path) => {
      // AxeBuilder needs a page of its own context.
      const context = await browser.newContext();
      const page = await context.newPage();
      try {
        await page.goto(`${baseUrl}/${path}`);
        await page.waitForSelector('html[data-ready]', { state: 'attached' });
        expect(await page.getAttribute('html', 'lang')).toBe(new URLSearchParams(path.split('?')[1]).get('lang'));
        await expectAccessible(page);
      } finally {
        await context.close();
      }
    },
  );
});
