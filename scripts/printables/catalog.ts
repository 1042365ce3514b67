/**
 * The kit's printables: a facilitator guide per deck and language, a student handout per country and
 * language, a letter for parents and carers per session, country and language, and a guide for the safeguarding
 * lead per country and language. Shared by the Vite plugin (which links them from the kit home), `npm run export:pdf` (which prints
 * them) and the tests.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, type Language } from '../../i18n/languages.ts';
import type { CompiledDeck } from '../decks/compile-deck.ts';

/** Where `npm run export:pdf` writes the PDFs, relative to the project; the build copies fresh ones to dist. */
export const PRINTABLES_DIR = 'printables';
/** In PRINTABLES_DIR: what the PDFs were made from (`stamp`) and their page counts. */
export const STAMP_FILE = 'stamp.json';

export interface Printable {
  readonly kind: 'guide' | 'handout' | 'easy-read' | 'parents' | 'safeguarding' | 'cards';
  readonly lang: Language;
  readonly deckId?: string;
  readonly country?: string;
  /** Answer cards: how many on an A4 page. */
  readonly perPage?: 1 | 4;
  /** The print page that renders it, relative to the kit's root. */
  readonly page: string;
  /** The PDF's file name. */
  readonly file: string;
}

export interface Stamp {
  readonly stamp: string;
  /** File name → page count. */
  readonly pages: Readonly<Record<string, number>>;
}

/**
 * Every printable of the kit: guides (in deck order), handouts (in the data file's order) and their easy-read
 * versions, the parents' letters
 * (of the curriculum sessions only), the safeguarding lead's guides.
 */
export function printables(
  decks: readonly { readonly id: string; readonly session: boolean }[],
  countries: readonly string[],
): Printable[] {
  const guides = decks
    .map((d) => d.id)
    .flatMap((deckId) =>
      LANGUAGES.map((lang) => ({
        kind: 'guide' as const,
        lang,
        deckId,
        page: `guide.html?${new URLSearchParams({ deck: deckId, lang })}`,
        file: `guide-${deckId}-${lang}.pdf`,
      })),
    );
  const handouts = countries.flatMap((country) =>
    LANGUAGES.map((lang) => ({
      kind: 'handout' as const,
      lang,
      country,
      page: `handout.html?${new URLSearchParams({ country, lang })}`,
      file: `handout-${country.toLowerCase()}-${lang}.pdf`,
    })),
  );
  // The handout in easy read, with the words of the lesson: per country, like the handout.
  const easyRead = countries.flatMap((country) =>
    LANGUAGES.map((lang) => ({
      kind: 'easy-read' as const,
      lang,
      country,
      page: `easy-read.html?${new URLSearchParams({ country, lang })}`,
      file: `easy-read-${country.toLowerCase()}-${lang}.pdf`,
    })),
  );
  // What the class will learn differs per session, the numbers to call per country.
  const parents = decks
    .filter((d) => d.session)
    .flatMap(({ id: deckId }) =>
      countries.flatMap((country) =>
        LANGUAGES.map((lang) => ({
          kind: 'parents' as const,
          lang,
          deckId,
          country,
          page: `parents.html?${new URLSearchParams({ deck: deckId, country, lang })}`,
          file: `parents-${deckId}-${country.toLowerCase()}-${lang}.pdf`,
        })),
      ),
    );
  const safeguarding = countries.flatMap((country) =>
    LANGUAGES.map((lang) => ({
      kind: 'safeguarding' as const,
      lang,
      country,
      page: `safeguarding.html?${new URLSearchParams({ country, lang })}`,
      file: `safeguarding-${country.toLowerCase()}-${lang}.pdf`,
    })),
  );
  // The answer cards, in both layouts: only their first page (how to use them) is in words.
  const cards = LANGUAGES.flatMap((lang) =>
    (['1', '4'] as const).map((per) => ({
      kind: 'cards' as const,
      lang,
      perPage: Number(per) as 1 | 4,
      page: `cards.html?${new URLSearchParams({ lang, per })}`,
      file: `cards-${per}-per-page-${lang}.pdf`,
    })),
  );
  return [...guides, ...handouts, ...easyRead, ...parents, ...safeguarding, ...cards];
}

/** The countries of content/help-resources.json ("all" holds services shown with every country). */
export function helpCountries(root: string): string[] {
  const data = JSON.parse(readFileSync(join(root, 'content/help-resources.json'), 'utf8')) as {
    countries: Record<string, unknown>;
  };
  return Object.keys(data.countries).filter((country) => country !== 'all');
}

/** Files whose change changes a printed page, besides the decks themselves. */
function sourceFiles(root: string): string[] {
  const dir = (path: string): string[] =>
    existsSync(join(root, path))
      ? readdirSync(join(root, path))
          .sort()
          .map((name) => `${path}/${name}`)
      : [];
  return [
    'guide.html',
    'handout.html',
    'parents.html',
    'safeguarding.html',
    'easy-read.html',
    'cards.html',
    'app/cards/answer-cards.ts',
    // The easy-read handout's pictograms: the kit's icon and the ones drawn for it.
    'public/favicon.svg',
    ...dir('app/pictograms'),
    'content/help-resources.json',
    'content/help-resources.ts',
    'content/hard-questions.json',
    'content/hard-questions.ts',
    'content/curricula.json',
    'content/curricula.ts',
    'app/theme/tokens.css',
    'scripts/export-pdf.ts',
    ...dir('app/print'),
    ...LANGUAGES.flatMap((lang) => [
      `locales/${lang}/common.json`,
      `locales/${lang}/print.json`,
      `locales/${lang}/parents.json`,
      `locales/${lang}/safeguarding.json`,
      `locales/${lang}/easy-read.json`,
      `locales/${lang}/curricula.json`,
      `locales/${lang}/cards.json`,
      // The guide prints the role-plays' stories and names their red flags.
      `locales/${lang}/scenario.json`,
    ]),
    ...dir('decks')
      .filter((deck) => statSync(join(root, deck)).isDirectory())
      .flatMap((deck) => dir(deck).filter((file) => file.endsWith('.ink'))),
  ];
}

/** A digest of everything the printables are made from: PDFs with another stamp are out of date. */
export function printablesStamp(root: string, decks: readonly CompiledDeck[]): string {
  const hash = createHash('sha256');
  for (const { id, ages, minutes, meta, html } of decks) hash.update(JSON.stringify({ id, ages, minutes, meta, html }));
  for (const file of sourceFiles(root)) {
    hash.update(file);
    if (existsSync(join(root, file))) hash.update(readFileSync(join(root, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

/** The stamp file next to exported PDFs, if any. */
export function readStamp(dir: string): Stamp | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, STAMP_FILE), 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
}
