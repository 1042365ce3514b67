/**
 * Vite plugin that compiles `decks/` at build time and serves the result as virtual modules:
 * - `virtual:pb-decks`: the catalogue (metadata of every deck, for the kit home) and a lazy loader per
 *   deck and language, so a page downloads only the deck it plays;
 * - `virtual:pb-deck/<id>/<lang>`: that deck's slide HTML.
 * A broken deck fails `vite build` with every problem's file and line; in dev it shows in the error overlay,
 * and editing a deck reloads the page on the same slide.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { LANGUAGES } from '../../i18n/languages.ts';
import { checkDeckContent, loadContentData } from '../content/content-rules.ts';
import { compiledContentPlugin, loaderEntries } from './compiled-content-plugin.ts';
import { compileDeck, DeckErrors, type DeckError, type CompiledDeck, type DeckInfo } from './compile-deck.ts';

const CATALOGUE = 'virtual:pb-decks';
const DECK_PREFIX = 'virtual:pb-deck/';

export interface DecksPluginOptions {
  /** Folder holding one sub-folder per deck, relative to Vite's root. */
  readonly decksDir?: string;
}

/** Compiles every deck under a folder, reporting the problems of all decks at once. */
export function compileDecks(decksDir: string, root: string): CompiledDeck[] {
  const decks: CompiledDeck[] = [];
  const errors: DeckError[] = [];
  const folders = existsSync(decksDir)
    ? readdirSync(decksDir).filter((name) => statSync(join(decksDir, name)).isDirectory())
    : [];
  const content = loadContentData();
  for (const folder of folders) {
    try {
      const deck = compileDeck(join(decksDir, folder), root);
      const problems = checkDeckContent(deck, join(decksDir, folder), root, content);
      if (problems.length) errors.push(...problems);
      else decks.push(deck);
    } catch (e) {
      if (!(e instanceof DeckErrors)) throw e;
      errors.push(...e.errors);
    }
  }
  if (errors.length) throw new DeckErrors(errors);
  return decks.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

export function decksPlugin(options: DecksPluginOptions = {}): Plugin {
  return compiledContentPlugin<CompiledDeck>({
    name: 'pb-decks',
    catalogueId: CATALOGUE,
    itemPrefix: DECK_PREFIX,
    decksDir: options.decksDir,
    compile: compileDecks,
    id: (deck) => deck.id,
    files: (deck) => deck.files,
    catalogue: catalogueModule,
    content: (deck, lang) => deck.html[lang],
  });
}

function catalogueModule(decks: readonly CompiledDeck[]): string {
  const infos: DeckInfo[] = decks.map(({ id, ages, minutes, order, session, meta }) => ({
    id,
    ages,
    minutes,
    order,
    session,
    meta,
  }));
  const loaders = loaderEntries(
    decks.map((deck) => deck.id),
    DECK_PREFIX,
    LANGUAGES,
  );
  return `export const decks = ${JSON.stringify(infos)};\nexport const deckLoaders = {\n${loaders}\n};\n`;
}
