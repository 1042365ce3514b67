/**
 * Vite plugin that compiles the role-plays written in ink (`decks/<deck>/<scenario>.<lang>.ink`) at build time
 * and serves them as virtual modules, the way scripts/decks/ serves the decks:
 * - `virtual:pb-scenarios`: a lazy loader per scenario and language, so a page downloads only what it plays;
 * - `virtual:pb-scenario/<id>/<lang>`: that scenario's JSON for the ink runtime (the compiler never ships).
 * A broken .ink file fails `vite build` with its file and line; in dev it shows in the error overlay, and
 * editing an .ink file reloads the page.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { LANGUAGES } from '../../i18n/languages.ts';
import { DeckError, DeckErrors } from '../decks/compile-deck.ts';
import { compiledContentPlugin, loaderEntries } from '../decks/compiled-content-plugin.ts';
import { compileDeckScenarios, scenarioIds, type CompiledScenario } from './compile-scenario.ts';

const CATALOGUE = 'virtual:pb-scenarios';
const SCENARIO_PREFIX = 'virtual:pb-scenario/';

export interface ScenariosPluginOptions {
  /** Folder holding one sub-folder per deck, relative to Vite's root. */
  readonly decksDir?: string;
}

/** Compiles the scenarios of every deck and checks the decks' `<pb-scenario src>`, reporting every problem at once. */
export function compileScenarios(decksDir: string, root: string): CompiledScenario[] {
  const scenarios: CompiledScenario[] = [];
  const errors: DeckError[] = [];
  const folders = existsSync(decksDir)
    ? readdirSync(decksDir).filter((name) => statSync(join(decksDir, name)).isDirectory())
    : [];
  const seen = new Map<string, string>();
  for (const folder of folders) {
    const deckDir = join(decksDir, folder);
    try {
      scenarios.push(...compileDeckScenarios(deckDir, root));
    } catch (e) {
      if (!(e instanceof DeckErrors)) throw e;
      errors.push(...e.errors);
    }
    for (const id of scenarioIds(deckDir)) {
      const other = seen.get(id);
      if (other)
        errors.push(
          new DeckError(
            relative(root, join(deckDir, `${id}.${LANGUAGES[0]}.ink`)),
            1,
            `a role-play "${id}" exists in decks/${other} too: scenario ids are unique in the kit`,
          ),
        );
      else seen.set(id, folder);
    }
    errors.push(...checkScenarioElements(deckDir, root));
  }
  if (errors.length) throw new DeckErrors(errors);
  return scenarios;
}

/**
 * Each `<pb-scenario src="…">` of a deck's Markdown must name a role-play of the same deck folder, and every
 * language of the deck must play the same role-plays in the same order.
 */
function checkScenarioElements(deckDir: string, root: string): DeckError[] {
  const errors: DeckError[] = [];
  const known = scenarioIds(deckDir);
  const uses: { file: string; sources: { src: string; line: number }[] }[] = [];
  for (const lang of LANGUAGES) {
    const path = join(deckDir, `${lang}.md`);
    if (!existsSync(path)) continue;
    const file = relative(root, path);
    const sources: { src: string; line: number }[] = [];
    readFileSync(path, 'utf8')
      .split(/\r?\n/)
      .forEach((text, i) => {
        for (const element of text.matchAll(/<pb-scenario\b([^>]*)>/gi)) {
          const src = /\bsrc\s*=\s*["']([^"']*)["']/i.exec(element[1]!)?.[1];
          if (src === undefined) continue; // The deck compiler reports the missing attribute.
          sources.push({ src, line: i + 1 });
          if (!known.includes(src))
            errors.push(
              new DeckError(
                file,
                i + 1,
                `<pb-scenario src="${src}">: no role-play "${src}" in ${relative(root, deckDir)} (${known.length ? `found: ${known.join(', ')}` : 'add its .ink files beside the deck'})`,
              ),
            );
        }
      });
    uses.push({ file, sources });
  }
  const [reference, ...others] = uses;
  for (const other of others) {
    const differs = other.sources.findIndex((use, i) => use.src !== reference!.sources[i]?.src);
    if (differs >= 0 || other.sources.length !== reference!.sources.length) {
      const at = other.sources[differs] ?? other.sources.at(-1);
      errors.push(
        new DeckError(
          other.file,
          at?.line ?? 1,
          `plays the role-plays ${other.sources.map((u) => u.src).join(', ') || '(none)'}; ${reference!.file} plays ${reference!.sources.map((u) => u.src).join(', ') || '(none)'}: the languages must play the same ones`,
        ),
      );
    }
  }
  return errors;
}

export function scenariosPlugin(options: ScenariosPluginOptions = {}): Plugin {
  return compiledContentPlugin<CompiledScenario>({
    name: 'pb-scenarios',
    catalogueId: CATALOGUE,
    itemPrefix: SCENARIO_PREFIX,
    decksDir: options.decksDir,
    compile: compileScenarios,
    id: (scenario) => scenario.id,
    files: (scenario) => scenario.files,
    catalogue: (scenarios) =>
      `export const scenarioLoaders = {\n${loaderEntries(
        scenarios.map((s) => s.id),
        SCENARIO_PREFIX,
        LANGUAGES,
      )}\n};\n`,
    content: (scenario, lang) => scenario.json[lang],
    // A deck's Markdown names its role-plays: a change there is checked again too.
    watches: (file) => /\.(ink|md)$/.test(file),
  });
}
