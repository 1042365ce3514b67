/**
 * Vite plugin for the printables: `virtual:pb-printables` lists, for the kit home, each guide, handout, parents'
 * letter and safeguarding lead's guide with its link, and the countries the help data has services for (the home offers them without loading the data);
 * the build copies the PDFs of `npm run export:pdf` (printables/) into the kit when they are up
 * to date with the decks, strings and help numbers. Otherwise the home links the page that prints each one, so
 * the home never links a file the build did not produce.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { PrintableLink } from '../../components/pb-kit-home/printable-link.ts';
import { compileDecks } from '../decks/vite-plugin.ts';
import { helpCountries, PRINTABLES_DIR, printables, printablesStamp, readStamp, type Printable } from './catalog.ts';

const MODULE = 'virtual:pb-printables';

export interface PrintablesPluginOptions {
  /** Where `npm run export:pdf` wrote the PDFs, relative to Vite's root. */
  readonly dir?: string;
}

export function printablesPlugin(options: PrintablesPluginOptions = {}): Plugin {
  let root = process.cwd();
  let dir = '';
  let isBuild = false;
  let all: Printable[] = [];
  let countries: string[] = [];
  let bundled = new Set<string>();

  return {
    name: 'pb-printables',
    configResolved(config) {
      root = config.root;
      dir = resolve(root, options.dir ?? PRINTABLES_DIR);
      isBuild = config.command === 'build';
    },
    buildStart() {
      bundled = new Set();
      countries = helpCountries(root);
      let decks;
      try {
        decks = compileDecks(join(root, 'decks'), root);
      } catch {
        all = [];
        return; // the decks plugin reports what is wrong with the decks
      }
      all = printables(decks, countries);
      const stamp = readStamp(dir);
      if (!isBuild || !stamp) return;
      if (stamp.stamp !== printablesStamp(root, decks)) {
        this.warn(
          `${PRINTABLES_DIR}/ holds PDFs of an older version of the decks or help numbers: not included. Run "npm run export:pdf" to make them again.`,
        );
        return;
      }
      bundled = new Set(all.filter((p) => existsSync(join(dir, p.file))).map((p) => p.file));
    },
    resolveId(id) {
      return id === MODULE ? `\0${MODULE}` : undefined;
    },
    load(id) {
      if (id !== `\0${MODULE}`) return undefined;
      const links: PrintableLink[] = all.map(({ kind, lang, deckId, country, perPage, page, file }) => ({
        kind,
        lang,
        ...(deckId ? { deckId } : {}),
        ...(country ? { country } : {}),
        ...(perPage ? { perPage } : {}),
        href: bundled.has(file) ? `${PRINTABLES_DIR}/${file}` : page,
        format: bundled.has(file) ? 'pdf' : 'page',
      }));
      return `export const printables = ${JSON.stringify(links)};\nexport const helpCountries = ${JSON.stringify(countries)};\n`;
    },
    generateBundle() {
      for (const file of bundled)
        this.emitFile({ type: 'asset', fileName: `${PRINTABLES_DIR}/${file}`, source: readFileSync(join(dir, file)) });
    },
  };
}
