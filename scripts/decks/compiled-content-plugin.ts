/**
 * The mechanism both content plugins share (decks, role-plays): compile a folder once per build, serve a
 * catalogue module and one lazily loaded module per item and language, stop `vite build` on the first broken
 * file with every problem's file and line, and in dev recompile on save: reload the page, or show the problems
 * in Vite's error overlay.
 */
import { resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { isLanguage, type Language } from '../../i18n/languages.ts';
import { DeckErrors } from './compile-deck.ts';

export interface CompiledContent<T> {
  readonly name: string;
  /** `virtual:pb-decks`: the catalogue's module id. */
  readonly catalogueId: string;
  /** `virtual:pb-deck/`: followed by `<id>/<lang>` for one item in one language. */
  readonly itemPrefix: string;
  /** Folder holding one sub-folder per deck, relative to Vite's root. */
  readonly decksDir?: string;
  readonly compile: (decksDir: string, root: string) => T[];
  readonly id: (item: T) => string;
  /** Every file an item was read from, so a build in watch mode follows them. */
  readonly files: (item: T) => readonly string[];
  /** The catalogue module's source. */
  readonly catalogue: (items: readonly T[]) => string;
  /** What one item's module exports as default in one language. */
  readonly content: (item: T, lang: Language) => unknown;
  /** Which saved files concern this plugin (dev). */
  readonly watches?: (file: string) => boolean;
}

/** `  "<id>/<lang>": () => import("<prefix><id>/<lang>")` lines, for a catalogue's loader map. */
export function loaderEntries(ids: readonly string[], prefix: string, languages: readonly Language[]): string {
  return ids
    .flatMap((id) =>
      languages.map(
        (lang) => `  ${JSON.stringify(`${id}/${lang}`)}: () => import(${JSON.stringify(`${prefix}${id}/${lang}`)})`,
      ),
    )
    .join(',\n');
}

export function compiledContentPlugin<T>(spec: CompiledContent<T>): Plugin {
  let root = process.cwd();
  let decksDir = '';
  let isBuild = false;
  let compiled: T[] | undefined;
  const items = (): T[] => (compiled ??= spec.compile(decksDir, root));

  return {
    name: spec.name,
    configResolved(config) {
      root = config.root;
      decksDir = resolve(root, spec.decksDir ?? 'decks');
      isBuild = config.command === 'build';
    },
    buildStart() {
      compiled = undefined;
      // In a build a broken file stops everything here; in dev the error reaches the overlay through load().
      if (!isBuild) return;
      try {
        for (const item of items()) for (const file of spec.files(item)) this.addWatchFile(file);
      } catch (e) {
        if (e instanceof DeckErrors) this.error(e.message);
        throw e;
      }
    },
    resolveId(id) {
      return id === spec.catalogueId || id.startsWith(spec.itemPrefix) ? `\0${id}` : undefined;
    },
    load(id) {
      if (id === `\0${spec.catalogueId}`) return spec.catalogue(items());
      if (!id.startsWith(`\0${spec.itemPrefix}`)) return undefined;
      const [itemId, lang] = id.slice(spec.itemPrefix.length + 1).split('/');
      const item = items().find((i) => spec.id(i) === itemId);
      const content = item && isLanguage(lang) ? spec.content(item, lang) : undefined;
      if (content === undefined) this.error(`no "${itemId}" in language "${lang}" (${spec.name})`);
      return `export default ${JSON.stringify(content)};`;
    },
    configureServer(server) {
      server.watcher.add(decksDir);
      const onChange = (file: string): void => {
        if (!file.startsWith(decksDir + sep) || !(spec.watches?.(file) ?? true)) return;
        compiled = undefined;
        reload(server, spec, items);
      };
      server.watcher.on('add', onChange).on('change', onChange).on('unlink', onChange);
    },
  };
}

/** Drops the compiled modules from the module graph and reloads the page (reveal.js keeps the slide in the hash). */
function reload<T>(server: ViteDevServer, spec: CompiledContent<T>, recompile: () => unknown): void {
  const graph = server.environments.client.moduleGraph;
  for (const [id, mod] of graph.idToModuleMap)
    if (id.startsWith(`\0${spec.catalogueId}`) || id.startsWith(`\0${spec.itemPrefix}`)) graph.invalidateModule(mod);
  try {
    recompile();
    server.ws.send({ type: 'full-reload' });
  } catch (e) {
    server.ws.send({ type: 'error', err: { message: (e as Error).message, stack: '' } });
  }
}
