/**
 * The printables as `npm run export:pdf` makes them (scripts/export-pdf.ts), printed from the built kit: each
 * guide has its expected pages (cover, plan, one per slide and a role-play's story after its slide, protocol,
 * help services, one per hard question) and each
 * handout one page, and the help numbers are text a reader can search and copy. Kept lean: every guide in
 * English, one deck's guide in every language, every country's handout in English, and Belgium's in every
 * language.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { HARD_QUESTIONS, askFor } from '../../content/hard-questions';
import { helpResources, resourceName } from '../../content/help-resources';
import { LANGUAGES, type Language } from '../../i18n/languages';
import { ScenarioPlayer } from '../../components/pb-scenario/scenario-player';
import { compileDecks } from '../../scripts/decks/vite-plugin';
import { renderPrintables, type RenderedPrintable } from '../../scripts/export-pdf';
import { compileScenarios } from '../../scripts/ink/vite-plugin';
import { helpCountries, printables } from '../../scripts/printables/catalog';
import { launch } from './browser';

const baseUrl = inject('baseUrl');
const root = join(import.meta.dirname, '../..');
const decks = compileDecks(join(root, 'decks'), root);
const scenarios = compileScenarios(join(root, 'decks'), root);
const countries = helpCountries(root);
const list = printables(
  decks.map((d) => d.id),
  countries,
).filter((p) => p.lang === 'en' || p.deckId === 'fakes-and-ai' || (p.kind === 'handout' && p.country === 'BE'));

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
      // sheets as it takes.
      const rest = pages.slice(body + 3);
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
