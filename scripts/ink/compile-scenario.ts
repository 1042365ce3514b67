/**
 * Compiles the role-plays of a deck folder (`decks/<deck>/<scenario>.<lang>.ink`) into the JSON the ink
 * runtime plays, and checks them: ink errors and warnings, the staging tags, every path played to an ending
 * that shows the help card, and the same knots, choice points and red flags in every language. Every problem
 * names its file and line. Runs at build time (Node), never in the browser: the presenter ships only the
 * ink runtime.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Compiler, CompilerOptions, type Story } from 'inkjs/full';
import { LANGUAGES, isLanguage, type Language } from '../../i18n/languages.ts';
import { LIMITS } from '../../protocol/limits.ts';
import { ScenarioPlayer, type Segment, type StoryVariables } from '../../components/pb-scenario/scenario-player.ts';
import { HELP_COUNTRIES, storyHelplines } from '../../content/help-resources.ts';
import { TAG_PLACES, parseTag, type ScenarioTag } from '../../components/pb-scenario/scenario-tags.ts';
import { DeckError, DeckErrors, typeset } from '../decks/compile-deck.ts';
import { waitingWhileDeadline } from '../content/waiting-rule.ts';

export interface CompiledScenario {
  readonly id: string;
  /** The deck folder it belongs to. */
  readonly deck: string;
  /** The ink runtime's JSON, per language. */
  readonly json: Readonly<Record<Language, string>>;
  /** Every path from the start to an ending (the same in every language). */
  readonly paths: readonly (readonly number[])[];
  readonly files: readonly string[];
}

/** A classroom role-play stays short; more paths than this means a loop back or a story too big to debrief. */
export const MAX_PATHS = 200;
/** Choice points on one path, at most. */
export const MAX_DEPTH = 8;

const FILE_NAME = /^([a-z][a-z0-9-]*)\.([a-z]{2})\.ink$/;

interface InkFile {
  readonly lang: Language;
  readonly path: string;
  /** As the author reads it in messages: relative to the kit's root. */
  readonly file: string;
  readonly source: string;
}

interface CompiledFile extends InkFile {
  readonly story: Story;
  readonly json: string;
  readonly characters: readonly string[];
  readonly knots: readonly string[];
  /** Lines tagged `# deadline`: a time runs out from there (scripts/content/waiting-rule.ts). */
  readonly deadlines: ReadonlySet<number>;
}

/** The ids of the scenarios in a deck folder, from the names of its .ink files. */
export function scenarioIds(deckDir: string): string[] {
  if (!existsSync(deckDir)) return [];
  const ids = readdirSync(deckDir).flatMap((name) => {
    const match = FILE_NAME.exec(name);
    return match ? [match[1]!] : [];
  });
  return [...new Set(ids)].sort();
}

/** Compiles every scenario of one deck folder; throws DeckErrors listing every problem found. */
export function compileDeckScenarios(deckDir: string, root: string): CompiledScenario[] {
  const deck = deckDir.split(/[\\/]/).pop()!;
  const rel = (path: string): string => relative(root, path) || path;
  const errors: DeckError[] = [];
  const names = existsSync(deckDir) ? readdirSync(deckDir).filter((name) => name.endsWith('.ink')) : [];

  for (const name of names) {
    const match = FILE_NAME.exec(name);
    if (!match || !isLanguage(match[2]))
      errors.push(
        new DeckError(
          rel(join(deckDir, name)),
          1,
          `name a role-play <scenario>.<language>.ink, e.g. sam.fr.ink (scenario id in lower case; languages: ${LANGUAGES.join(', ')})`,
        ),
      );
  }

  const scenarios: CompiledScenario[] = [];
  for (const id of scenarioIds(deckDir)) {
    const files: InkFile[] = [];
    for (const lang of LANGUAGES) {
      const path = join(deckDir, `${id}.${lang}.ink`);
      if (!existsSync(path)) {
        errors.push(
          new DeckError(
            rel(path),
            1,
            `missing: every role-play needs ${LANGUAGES.map((l) => `${id}.${l}.ink`).join(', ')}`,
          ),
        );
        continue;
      }
      files.push({ lang, path, file: rel(path), source: typeset(lang, readFileSync(path, 'utf8')) });
    }
    const compiled = files.flatMap((file) => compileFile(file, errors) ?? []);
    if (compiled.length !== LANGUAGES.length) continue;
    const paths = checkPaths(compiled, errors);
    if (!paths) continue;
    scenarios.push({
      id,
      deck,
      json: Object.fromEntries(compiled.map((c) => [c.lang, c.json])) as Record<Language, string>,
      paths,
      files: compiled.map((c) => c.path),
    });
  }
  if (errors.length) throw new DeckErrors(errors);
  return scenarios;
}

/** Compiles one .ink file and checks its tags; undefined (with the problems recorded) when it is broken. */
function compileFile(file: InkFile, errors: DeckError[]): CompiledFile | undefined {
  const before = errors.length;
  const report = (line: number, problem: string): void => void errors.push(new DeckError(file.file, line, problem));
  const tags = scanTags(file.source, report);

  const messages: string[] = [];
  const compiler = new Compiler(file.source, new CompilerOptions(null, [], false, (message) => messages.push(message)));
  let story: Story | undefined;
  try {
    story = compiler.Compile();
  } catch {
    // The compiler throws "Compilation failed" after reporting each error through the handler.
  }
  for (const message of messages) {
    const [, kind = '', line = '1', text = message] =
      /^(\w+):\s*(?:'[^']*'\s*)?line (\d+):\s*(.*)$/s.exec(message) ?? [];
    // An ink warning (a loose end, an unused choice) is a story that can stall in front of a class.
    report(
      Number(line),
      `ink ${kind.toLowerCase() === 'todo' ? 'TODO left in the story' : kind.toLowerCase() || 'error'}: ${text}`,
    );
  }
  const characters = tags.flatMap(({ tag }) => (tag.key === 'character' ? [tag.character] : []));
  const title = tags.find(({ tag }) => tag.key === 'title');
  const phone = tags.find(({ tag }) => tag.key === 'phone');
  if (!title) report(1, 'add the title at the top of the file: "# title: …"');
  if (!phone) report(1, 'say whose phone the class sees at the top of the file: "# phone: <character>"');
  for (const { tag, line } of tags) {
    if ((tag.key === 'phone' || tag.key === 'from') && !characters.includes(tag.character))
      report(
        line,
        `character "${tag.character}" is not declared: add "# character: ${tag.character} = <name>" at the top`,
      );
    if (tag.key === 'character' && characters.indexOf(tag.character) !== characters.lastIndexOf(tag.character))
      report(line, `character "${tag.character}" is declared twice`);
  }
  if (!story || errors.length > before) return undefined;

  const knots = [...story.mainContentContainer.namedContent.keys()].filter((name) => name !== 'global decl').sort();
  const deadlines = new Set(tags.flatMap(({ tag, line }) => (tag.key === 'deadline' ? [line] : [])));
  return {
    ...file,
    story,
    json: story.ToJson() as string,
    characters: [...new Set(characters)].sort(),
    knots,
    deadlines,
  };
}

interface FoundTag {
  readonly tag: ScenarioTag;
  readonly line: number;
}

/**
 * Finds the tags in the ink source, line by line, and checks each one and its place: `title`, `phone` and
 * `character` in the block of tags at the top, `response` inside a choice's brackets, the others on a line.
 */
function scanTags(source: string, report: (line: number, problem: string) => void): FoundTag[] {
  const found: FoundTag[] = [];
  let inComment = false;
  let atTop = true;
  source.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    let text = raw;
    if (inComment) {
      const end = text.indexOf('*/');
      if (end < 0) return;
      text = text.slice(end + 2);
      inComment = false;
    }
    text = text.replace(/\/\*.*?\*\//g, '');
    const open = text.indexOf('/*');
    if (open >= 0) {
      text = text.slice(0, open);
      inComment = true;
    }
    text = text.replace(/\/\/.*$/, '');
    if (!text.trim()) return;

    const parts = text.split(/(?<!\\)#/);
    const body = parts[0]!;
    const tagOnly = !body.trim();
    if (!tagOnly) atTop = false;
    const isChoice = /^\s*[*+]/.test(body);
    const bracketOpen = body.lastIndexOf('[') > body.lastIndexOf(']');

    for (const [n, part] of parts.slice(1).entries()) {
      // Inside a choice's brackets a tag ends at the closing bracket.
      const closes = part.indexOf(']');
      const inBrackets = isChoice && bracketOpen && (closes >= 0 || n < parts.length - 2);
      const tagText = closes >= 0 ? part.slice(0, closes) : part;
      if (/[{}]/.test(tagText)) {
        report(line, `"# ${tagText.trim()}": no ink logic in staging tags`);
        continue;
      }
      const parsed = parseTag(tagText);
      if ('problem' in parsed) {
        report(line, parsed.problem);
        continue;
      }
      const place = TAG_PLACES[parsed.tag.key];
      if (place === 'global' && !(tagOnly && atTop))
        report(line, `"# ${parsed.tag.key}" belongs in the block of tags at the very top of the file`);
      else if (place === 'choice' && !inBrackets)
        report(line, `"# ${parsed.tag.key}" belongs inside a choice's brackets: * [Say no # ${parsed.tag.key}: helps]`);
      else if (place === 'line' && (inBrackets || (tagOnly && atTop)))
        report(
          line,
          `"# ${parsed.tag.key}" belongs on a line of the story${inBrackets ? ', not inside a choice' : ', not at the top'}`,
        );
      else found.push({ tag: parsed.tag, line });
    }
  });
  return found;
}

/**
 * Plays every path of the first language to its end, checks each ending and each choice point, and plays the
 * same paths in the other languages, which must meet the same choice points and red flags at the same places.
 */
function checkPaths(files: readonly CompiledFile[], errors: DeckError[]): number[][] | undefined {
  const before = errors.length;
  const [reference, ...others] = files as [CompiledFile, ...CompiledFile[]];
  for (const other of others) {
    if (other.knots.join() !== reference.knots.join()) {
      const missing = reference.knots.filter((k) => !other.knots.includes(k));
      const extra = other.knots.filter((k) => !reference.knots.includes(k));
      errors.push(
        new DeckError(
          other.file,
          knotLine(other.source, extra[0]),
          `knots differ from ${reference.file}${missing.length ? `; missing ${missing.join(', ')}` : ''}${extra.length ? `; extra ${extra.join(', ')}` : ''}`,
        ),
      );
    }
    if (other.characters.join() !== reference.characters.join())
      errors.push(
        new DeckError(
          other.file,
          1,
          `characters differ from ${reference.file}: ${other.characters.join(', ')} here, ${reference.characters.join(', ')} there`,
        ),
      );
  }
  if (errors.length > before) return undefined;

  const players = new Map(files.map((f) => [f, new ScenarioPlayer(f.story)]));
  const explored = explorePaths(players.get(reference)!);
  if ('problem' in explored) {
    errors.push(new DeckError(reference.file, explored.line ?? 1, explored.problem));
    return undefined;
  }
  for (const file of files) {
    // Many paths pass the same line: name each waiting line once.
    const waiting = new Map<number, string>();
    const lines = file.source.split(/\r?\n/);
    // As written (Belgium's help line), then as a session in each other kind of country tells it.
    for (const variables of [undefined, ...helplineKinds(file.lang)]) {
      const player = variables ? new ScenarioPlayer(file.story, variables) : players.get(file)!;
      let broken = false;
      for (const path of explored.paths) {
        const expected = file === reference ? undefined : explored.signatures.get(path);
        let segments: Segment[];
        try {
          segments = player.replay(path);
        } catch (e) {
          errors.push(
            new DeckError(
              file.file,
              1,
              `${inCountry(variables)}the story stops with an ink error: ${(e as Error).message}`,
            ),
          );
          broken = true;
          break;
        }
        const problem = checkPath(segments, path, expected);
        if (problem) {
          errors.push(new DeckError(file.file, problem.line, `${inCountry(variables)}${problem.problem}`));
          broken = true;
          break;
        }
        for (const { line, problem } of waitingWhileDeadline(segments, path, file.lang, file.deadlines, (text, at) =>
          sourceLine(lines, text, at),
        ))
          if (!waiting.has(line)) waiting.set(line, `${inCountry(variables)}${problem}`);
      }
      if (broken) break;
    }
    for (const [line, problem] of [...waiting].sort(([a], [b]) => a - b))
      errors.push(new DeckError(file.file, line, problem));
  }
  return errors.length > before ? undefined : explored.paths;
}

/**
 * A story names the session country's help line through its variables `helpline` and `night_line`, and tells
 * one of three stories with them: the first line answers at night (Belgium), another line does (France's 119
 * for the 3018), or none is known to (Germany). One country of each kind, in `lang`, so the build plays them all.
 */
function helplineKinds(lang: Language): (StoryVariables & { country: string })[] {
  const kinds = new Map<string, StoryVariables & { country: string }>();
  for (const country of HELP_COUNTRIES) {
    const lines = storyHelplines(country, lang);
    if (!lines) continue;
    const kind = !lines.night_line ? 'none' : lines.night_line === lines.helpline ? 'first' : 'other';
    if (!kinds.has(kind)) kinds.set(kind, { ...lines, country });
  }
  return [...kinds.values()];
}

/** Where a problem found while playing a country's help line happens, for its message. */
function inCountry(variables: (StoryVariables & { country?: string }) | undefined): string {
  return variables?.country ? `with the help line of ${variables.country} (${String(variables.helpline)}): ` : '';
}

type Explored =
  | { readonly paths: number[][]; readonly signatures: Map<number[], string[]> }
  | { readonly problem: string; readonly line?: number };

/** Every path through the story, depth first, by replaying from the start. */
function explorePaths(player: ScenarioPlayer): Explored {
  const paths: number[][] = [];
  const signatures = new Map<number[], string[]>();
  const stack: number[][] = [[]];
  while (stack.length) {
    const prefix = stack.pop()!;
    let segments: Segment[];
    try {
      segments = player.replay(prefix);
    } catch (e) {
      return {
        problem: `the story stops with an ink error after choices ${describe(prefix)}: ${(e as Error).message}`,
      };
    }
    const last = segments.at(-1)!;
    if (!last.choices.length) {
      paths.push(prefix);
      signatures.set(prefix, segments.map(signature));
      if (paths.length > MAX_PATHS)
        return {
          problem: `more than ${MAX_PATHS} paths: keep a role-play compact (3–4 choice points), with no loop back`,
        };
      continue;
    }
    if (prefix.length >= MAX_DEPTH)
      return {
        problem: `more than ${MAX_DEPTH} choice points on one path (${describe(prefix)}): does the story loop back?`,
        line: last.beats.at(-1)?.line,
      };
    for (let i = last.choices.length - 1; i >= 0; i--) stack.push([...prefix, i]);
  }
  return { paths: paths.sort(comparePaths), signatures };
}

/** What must be the same in every language at each step: the choice count, the red flags, the help card. */
function signature(segment: Segment): string {
  const flags = segment.beats.flatMap((b) => b.flags).join(',');
  const help = segment.beats.some((b) => b.help) ? 'help' : '';
  const choices = segment.choices.map((c) => c.response ?? '-').join(',');
  return `${segment.choices.length}|${flags}|${help}|${choices}`;
}

function checkPath(
  segments: readonly Segment[],
  path: readonly number[],
  expected: readonly string[] | undefined,
): { line: number; problem: string } | undefined {
  const at = (segment: Segment | undefined): number => segment?.beats.at(-1)?.line ?? segment?.beats[0]?.line ?? 1;
  for (const [i, segment] of segments.entries()) {
    const where = i === 0 ? 'before the first choice' : `after choices ${describe(path.slice(0, i))}`;
    for (const choice of segment.choices) {
      if (!choice.text) return { line: at(segment), problem: `${where}: a choice has no text (write it in brackets)` };
      if (choice.text.length > LIMITS.optionLabelLength)
        return {
          line: at(segment),
          problem: `${where}: choice "${choice.text.slice(0, 30)}…" is longer than ${LIMITS.optionLabelLength} characters (it becomes a poll option on students' phones)`,
        };
    }
    if (segment.choices.length > LIMITS.maxOptions)
      return { line: at(segment), problem: `${where}: more than ${LIMITS.maxOptions} choices` };
    if (expected && signature(segment) !== expected[i]) {
      const [count, flags, help] = expected[i]!.split('|');
      const [hereCount, hereFlags, hereHelp] = signature(segment).split('|');
      const differences = [
        count !== hereCount ? `${hereCount} choices here, ${count} in the first language` : '',
        flags !== hereFlags ? `red flags ${hereFlags || 'none'} here, ${flags || 'none'} in the first language` : '',
        help !== hereHelp ? `the help card ${hereHelp ? 'is here' : 'is missing here'}` : '',
      ].filter(Boolean);
      return {
        line: at(segment),
        problem: `${where}: not the same structure as the first language: ${differences.join('; ') || 'a "# response" of a choice differs'}`,
      };
    }
  }
  const last = segments.at(-1)!;
  if (!last.beats.at(-1)?.help)
    return {
      line: at(last),
      problem: `the ending reached by choices ${describe(path)} does not end with "# help" (every ending shows the help card)`,
    };
  return undefined;
}

/** Choices as authors count them: 1-based, e.g. "1 → 2 → 1". */
function describe(path: readonly number[]): string {
  return path.length ? path.map((i) => i + 1).join(' → ') : '(none)';
}

function comparePaths(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/**
 * The line of the source that holds a text of the story: the one nearest `near` (the ink runtime's line, which
 * is often the line after), or the choice whose brackets hold it; `near` (or 1) when the text is not found as is.
 */
function sourceLine(
  lines: readonly string[],
  text: string,
  { near, choice = false }: { near?: number; choice?: boolean },
): number {
  const found = lines.flatMap((line, i) =>
    text && line.includes(text) && (!choice || /^\s*[*+]/.test(line)) ? [i + 1] : [],
  );
  if (!found.length) return near ?? 1;
  return found.reduce((best, line) => (Math.abs(line - (near ?? 0)) < Math.abs(best - (near ?? 0)) ? line : best));
}

function knotLine(source: string, knot: string | undefined): number {
  if (!knot) return 1;
  const index = source.split(/\r?\n/).findIndex((line) => new RegExp(`^\\s*={2,}\\s*${knot}\\b`).test(line));
  return index + 1 || 1;
}
