/**
 * Vite plugin that compiles `decks/` at build time and serves the result as virtual modules:
 * - `virtual:pb-decks`: the catalogue (metadata of every deck, for the kit home) and a lazy loader per
 *   deck and language, so a page downloads only the deck it plays;
 * - `virtual:pb-deck/<id>/<lang>`: that deck's slide HTML.
 * A broken deck fails `vite build` with every problem's file and line; in dev it shows in the error overlay,
 * and editing a deck reloads the page on the same slide.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { LANGUAGES } from '../../i18n/languages.ts';
import { checkDeckContent, loadContentData } from '../content/content-rules.ts';
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
  let root = process.cwd();
  let decksDir = '';
  let isBuild = false;
  let compiled: CompiledDeck[] | undefined;
  const decks = (): CompiledDeck[] => (compiled ??= compileDecks(decksDir, root));

  return {
    name: 'pb-decks',
    configResolved(config) {
      root = config.root;
      decksDir = resolve(root, options.decksDir ?? 'decks');
      isBuild = config.command === 'build';
    },
    buildStart() {
      compiled = undefined;
      // In a build a broken deck stops everything here; in dev the error reaches the overlay through load().
      if (!isBuild) return;
      try {
        for (const deck of decks()) for (const file of deck.files) this.addWatchFile(file);
      } catch (e) {
        if (e instanceof DeckErrors) this.error(e.message);
        throw e;
      }
    },
    resolveId(id) {
      return id === CATALOGUE || id.startsWith(DECK_PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (id === `\0${CATALOGUE}`) return catalogueModule(decks());
      if (!id.startsWith(`\0${DECK_PREFIX}`)) return undefined;
      const [deckId, lang] = id.slice(DECK_PREFIX.length + 1).split('/');
      const deck = decks().find((d) => d.id === deckId);
      const html = deck && LANGUAGES.find((l) => l === lang) ? deck.html[lang as keyof typeof deck.html] : undefined;
      if (html === undefined) this.error(`no deck "${deckId}" in language "${lang}"`);
      return `export default ${JSON.stringify(html)};`;
    },
    configureServer(server) {
      server.watcher.add(decksDir);
      const onChange = (file: string): void => {
        if (!file.startsWith(decksDir + sep)) return;
        compiled = undefined;
        reloadDecks(server, decks);
      };
      server.watcher.on('add', onChange).on('change', onChange).on('unlink', onChange);
    },
  };
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
  const loaders = decks.flatMap((deck) =>
    LANGUAGES.map(
      (lang) =>
        `  ${JSON.stringify(`${deck.id}/${lang}`)}: () => import(${JSON.stringify(`${DECK_PREFIX}${deck.id}/${lang}`)})`,
    ),
  );
  return `export const decks = ${JSON.stringify(infos)};\nexport const deckLoaders = {\n${loaders.join(',\n')}\n};\n`;
}

/** Drops the compiled decks from the module graph and reloads the page (reveal.js keeps the slide in the URL hash). */
function reloadDecks(server: ViteDevServer, recompile: () => unknown): void {
  const graph = server.environments.client.moduleGraph;
  for (const [id, mod] of graph.idToModuleMap)
    if (id.startsWith(`\0${CATALOGUE}`) || id.startsWith(`\0${DECK_PREFIX}`)) graph.invalidateModule(mod);
  try {
    recompile();
    server.ws.send({ type: 'full-reload' });
  } catch (e) {
    server.ws.send({ type: 'error', err: { message: (e as Error).message, stack: '' } });
  }
}
