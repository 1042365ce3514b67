/**
 * Vite plugin that compiles the role-plays written in ink (`decks/<deck>/<scenario>.<lang>.ink`) at build time
 * and serves them as virtual modules, the way scripts/decks/ serves the decks:
 * - `virtual:pb-scenarios`: a lazy loader per scenario and language, so a page downloads only what it plays;
 * - `virtual:pb-scenario/<id>/<lang>`: that scenario's JSON for the ink runtime (the compiler never ships).
 * A broken .ink file fails `vite build` with its file and line; in dev it shows in the error overlay, and
 * editing an .ink file reloads the page.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { LANGUAGES, isLanguage } from '../../i18n/languages.ts';
import { DeckError, DeckErrors } from '../decks/compile-deck.ts';
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
  let root = process.cwd();
  let decksDir = '';
  let isBuild = false;
  let compiled: CompiledScenario[] | undefined;
  const scenarios = (): CompiledScenario[] => (compiled ??= compileScenarios(decksDir, root));

  return {
    name: 'pb-scenarios',
    configResolved(config) {
      root = config.root;
      decksDir = resolve(root, options.decksDir ?? 'decks');
      isBuild = config.command === 'build';
    },
    buildStart() {
      compiled = undefined;
      // In a build a broken role-play stops everything here; in dev the error reaches the overlay through load().
      if (!isBuild) return;
      try {
        for (const scenario of scenarios()) for (const file of scenario.files) this.addWatchFile(file);
      } catch (e) {
        if (e instanceof DeckErrors) this.error(e.message);
        throw e;
      }
    },
    resolveId(id) {
      return id === CATALOGUE || id.startsWith(SCENARIO_PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (id === `\0${CATALOGUE}`) return catalogueModule(scenarios());
      if (!id.startsWith(`\0${SCENARIO_PREFIX}`)) return undefined;
      const [scenarioId, lang] = id.slice(SCENARIO_PREFIX.length + 1).split('/');
      const scenario = scenarios().find((s) => s.id === scenarioId);
      const json = scenario && isLanguage(lang) ? scenario.json[lang] : undefined;
      if (json === undefined) this.error(`no role-play "${scenarioId}" in language "${lang}"`);
      return `export default ${JSON.stringify(json)};`;
    },
    configureServer(server) {
      server.watcher.add(decksDir);
      const onChange = (file: string): void => {
        if (!file.startsWith(decksDir + sep) || !/\.(ink|md)$/.test(file)) return;
        compiled = undefined;
        reloadScenarios(server, scenarios);
      };
      server.watcher.on('add', onChange).on('change', onChange).on('unlink', onChange);
    },
  };
}

function catalogueModule(scenarios: readonly CompiledScenario[]): string {
  const loaders = scenarios.flatMap((scenario) =>
    LANGUAGES.map(
      (lang) =>
        `  ${JSON.stringify(`${scenario.id}/${lang}`)}: () => import(${JSON.stringify(`${SCENARIO_PREFIX}${scenario.id}/${lang}`)})`,
    ),
  );
  return `export const scenarioLoaders = {\n${loaders.join(',\n')}\n};\n`;
}

/** Drops the compiled role-plays from the module graph and reloads the page, or shows what is broken. */
function reloadScenarios(server: ViteDevServer, recompile: () => unknown): void {
  const graph = server.environments.client.moduleGraph;
  for (const [id, mod] of graph.idToModuleMap)
    if (id.startsWith(`\0${CATALOGUE}`) || id.startsWith(`\0${SCENARIO_PREFIX}`)) graph.invalidateModule(mod);
  try {
    recompile();
    server.ws.send({ type: 'full-reload' });
  } catch (e) {
    server.ws.send({ type: 'error', err: { message: (e as Error).message, stack: '' } });
  }
}
