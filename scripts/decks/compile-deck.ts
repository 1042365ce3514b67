/**
 * Compiles a deck folder (`decks/<id>/deck.json` + one Markdown file per language) into the HTML that
 * reveal.js plays, and checks it: every language present, the same slide structure and activity ids in each,
 * speaker notes on every slide, only known `pb-` elements. Runs at build time (Node), never in the browser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import MarkdownIt from 'markdown-it';
import { Parser } from 'htmlparser2';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { DECK_ELEMENTS, type DeckElement, type ElementSpec } from '../../components/catalog.ts';
import { LANGUAGES, type Language } from '../../i18n/languages.ts';
import { pollDefinition } from '../../components/pb-poll/poll-definition.ts';
import { frenchTypography } from '../content/french-typography.ts';
import { checkKnowledgeCheck, type AuthoredPoll } from './knowledge-check.ts';
import { splitSlides, type SlideSource } from './split-slides.ts';

export interface DeckMeta {
  readonly title: string;
  readonly summary: string;
  readonly objectives: readonly string[];
}

export interface DeckInfo {
  readonly id: string;
  readonly ages: readonly [number, number];
  readonly minutes: number;
  /** Position on the kit home; lower first. */
  readonly order: number;
  /** A curriculum session: it must open with ground rules and end with the help card and a closing activity. */
  readonly session: boolean;
  readonly meta: Readonly<Record<Language, DeckMeta>>;
}

/** One slide as the author wrote it, for checks that read the content (scripts/content/). */
export interface SlideOutline {
  readonly file: string;
  readonly line: number;
  /** The line where the notes' text starts (not the `Note:` line: a blank line often follows it). */
  readonly notesLine: number | undefined;
  /** Attributes set with `<!-- .slide: data-part="closing" -->`. */
  readonly attributes: Readonly<Record<string, string>>;
  /** The `pb-` elements on the slide, in order. */
  readonly elements: readonly string[];
  readonly content: string;
  readonly notes: string;
}

export interface CompiledDeck extends DeckInfo {
  readonly html: Readonly<Record<Language, string>>;
  readonly outline: Readonly<Record<Language, readonly SlideOutline[]>>;
  readonly slideCount: number;
  /** Every file the deck was read from, so a dev server can watch them. */
  readonly files: readonly string[];
}

/** A problem in a deck, located at a file and line, worded for the author who has to fix it. */
export class DeckError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'DeckError';
  }
}

/** All the problems of one build, reported together so an author fixes them in one pass. */
export class DeckErrors extends Error {
  constructor(readonly errors: readonly DeckError[]) {
    super(`${errors.length} problem(s) in the decks:\n${errors.map((e) => `  ${e.message}`).join('\n')}`);
    this.name = 'DeckErrors';
  }
}

interface LanguageFile {
  readonly lang: Language;
  readonly file: string;
  readonly meta: DeckMeta;
  readonly slides: readonly RenderedSlide[];
}

interface RenderedSlide {
  readonly source: SlideSource;
  readonly html: string;
  readonly activityIds: readonly string[];
  readonly elements: readonly string[];
  readonly polls: readonly AuthoredPoll[];
  readonly attributes: Readonly<Record<string, string>>;
}

// reveal.js's own way to set a slide's attributes from Markdown; the kit allows `data-` attributes only.
const SLIDE_ATTRIBUTES = /^[ \t]*<!--\s*\.slide:(.*?)-->[ \t]*$/m;
const ATTRIBUTE = /([a-zA-Z][\w-]*)="([^"]*)"/g;

type Markdown = InstanceType<typeof MarkdownIt>;

// Each language gets its own typographic quotes for the straight quotes an author types.
const QUOTES: Readonly<Record<Language, string | string[]>> = {
  fr: ['«\u00a0', '\u00a0»', '‹\u00a0', '\u00a0›'],
  nl: '“”‘’',
  en: '“”‘’',
  de: '„“‚‘',
};
const markdownFor = Object.fromEntries(
  LANGUAGES.map((lang) => [
    lang,
    new MarkdownIt({ html: true, linkify: false, typographer: true, quotes: QUOTES[lang] }),
  ]),
) as Record<Language, Markdown>;

type ElementCatalog = Readonly<Record<string, ElementSpec>>;

/**
 * French typography, applied to the whole source as it compiles. The content checker already refuses a breaking
 * space before `; : ! ?` or inside « » in the French sources, so for spaces this changes nothing in a deck that
 * builds; it is here for the apostrophes: markdown-it's typographer never reaches `pb-` elements' texts and
 * attributes (HTML blocks) nor role-plays (ink), so a straight apostrophe typed there would reach the slide as is.
 * Character for character, so every line number stays right.
 */
export function typeset(lang: Language, source: string): string {
  return lang === 'fr' ? frenchTypography(source) : source;
}

/** Compiles one deck folder; throws DeckErrors listing every problem found. */
export function compileDeck(deckDir: string, root: string, elements: ElementCatalog = DECK_ELEMENTS): CompiledDeck {
  const id = deckDir.split(/[\\/]/).pop()!;
  const errors: DeckError[] = [];
  const rel = (path: string): string => relative(root, path) || path;

  const infoFile = join(deckDir, 'deck.json');
  const info = readDeckJson(infoFile, rel(infoFile), errors);

  const files: LanguageFile[] = [];
  for (const lang of LANGUAGES) {
    const path = join(deckDir, `${lang}.md`);
    if (!existsSync(path)) {
      errors.push(
        new DeckError(rel(path), 1, `missing: every deck needs ${LANGUAGES.map((l) => `${l}.md`).join(', ')}`),
      );
      continue;
    }
    const parsed = readLanguageFile(lang, path, rel(path), elements, errors);
    if (parsed) files.push(parsed);
  }

  const reference = files[0];
  if (reference) for (const other of files.slice(1)) compareStructure(reference, other, errors);

  if (errors.length > 0 || !info || files.length !== LANGUAGES.length) throw new DeckErrors(errors);

  const byLang = Object.fromEntries(files.map((f) => [f.lang, f])) as Record<Language, LanguageFile>;
  return {
    id,
    ...info,
    meta: mapLanguages((lang) => byLang[lang].meta),
    html: mapLanguages((lang) => slidesToHtml(byLang[lang].slides)),
    outline: mapLanguages((lang) =>
      byLang[lang].slides.map(({ source, attributes, elements }) => ({
        file: byLang[lang].file,
        line: source.line,
        notesLine: source.notesTextLine,
        attributes,
        elements,
        content: source.content,
        notes: source.notes,
      })),
    ),
    slideCount: reference!.slides.length,
    files: [infoFile, ...LANGUAGES.map((lang) => join(deckDir, `${lang}.md`))],
  };
}

function mapLanguages<T>(pick: (lang: Language) => T): Record<Language, T> {
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, pick(lang)])) as Record<Language, T>;
}

function readDeckJson(path: string, file: string, errors: DeckError[]): Omit<DeckInfo, 'id' | 'meta'> | undefined {
  if (!existsSync(path)) {
    errors.push(new DeckError(file, 1, 'missing: a deck needs a deck.json with "ages" and "minutes"'));
    return undefined;
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    errors.push(new DeckError(file, 1, `not valid JSON (${(e as Error).message})`));
    return undefined;
  }
  const { ages, minutes, order = 100, session = false } = (data ?? {}) as Record<string, unknown>;
  const agesOk =
    Array.isArray(ages) && ages.length === 2 && ages.every((a) => Number.isInteger(a)) && ages[0] <= ages[1];
  if (!agesOk) errors.push(new DeckError(file, 1, '"ages" must be [youngest, oldest], e.g. [12, 18]'));
  if (!Number.isInteger(minutes) || (minutes as number) <= 0)
    errors.push(new DeckError(file, 1, '"minutes" must be a whole number of minutes, e.g. 50'));
  if (typeof order !== 'number') errors.push(new DeckError(file, 1, '"order" must be a number'));
  if (typeof session !== 'boolean') errors.push(new DeckError(file, 1, '"session" must be true or false'));
  if (!agesOk || !Number.isInteger(minutes) || typeof order !== 'number' || typeof session !== 'boolean')
    return undefined;
  return { ages: ages as [number, number], minutes: minutes as number, order, session };
}

function readLanguageFile(
  lang: Language,
  path: string,
  file: string,
  elements: ElementCatalog,
  errors: DeckError[],
): LanguageFile | undefined {
  const split = splitSlides(typeset(lang, readFileSync(path, 'utf8')));
  const meta = readFrontMatter(split.frontMatter, split.frontMatterLine, file, errors);
  const slides = split.slides.map((slide) => renderSlide(slide, markdownFor[lang], file, elements, errors));
  for (const { line, problem } of checkKnowledgeCheck(slides.flatMap((slide) => slide.polls)))
    errors.push(new DeckError(file, line, problem));
  return meta ? { lang, file, meta, slides } : undefined;
}

function readFrontMatter(
  text: string | undefined,
  line: number,
  file: string,
  errors: DeckError[],
): DeckMeta | undefined {
  if (text === undefined) {
    errors.push(
      new DeckError(
        file,
        1,
        'front matter missing: start the file with title, summary and objectives between two --- lines',
      ),
    );
    return undefined;
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    const at = e instanceof YAMLParseError ? (e.linePos?.[0].line ?? 1) : 1;
    errors.push(
      new DeckError(file, line + at - 1, `front matter is not valid YAML: ${(e as Error).message.split('\n')[0]}`),
    );
    return undefined;
  }
  const { title, summary, objectives } = (data ?? {}) as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof title !== 'string' || !title.trim()) problems.push('"title" must be a text');
  if (typeof summary !== 'string' || !summary.trim()) problems.push('"summary" must be a text');
  if (!Array.isArray(objectives) || objectives.length === 0 || !objectives.every((o) => typeof o === 'string'))
    problems.push('"objectives" must be a list of texts');
  for (const problem of problems) errors.push(new DeckError(file, line, `front matter: ${problem}`));
  return problems.length
    ? undefined
    : { title: title as string, summary: summary as string, objectives: objectives as string[] };
}

function renderSlide(
  source: SlideSource,
  markdown: Markdown,
  file: string,
  elements: ElementCatalog,
  errors: DeckError[],
): RenderedSlide {
  const where = `slide ${source.h + 1}${source.v ? `.${source.v + 1}` : ''}`;
  if (!source.content) errors.push(new DeckError(file, source.line, `${where} is empty`));
  if (source.notesLine === undefined || !source.notes)
    errors.push(
      new DeckError(
        file,
        source.notesLine ?? source.line,
        `${where} has no speaker notes: add a line "Note:" and what the facilitator should say`,
      ),
    );

  const attributes: Record<string, string> = {};
  const declared = SLIDE_ATTRIBUTES.exec(source.content);
  for (const [, name, value] of declared?.[1]?.matchAll(ATTRIBUTE) ?? []) {
    if (name!.startsWith('data-')) attributes[name!] = value!;
    else
      errors.push(
        new DeckError(file, source.line, `${where}: only data- attributes may be set on a slide, not "${name}"`),
      );
  }

  const found = { activityIds: [] as string[], elements: [] as string[], polls: [] as AuthoredPoll[] };
  const tokens = markdown.parse(source.content, {});
  for (const token of tokens) {
    if (
      token.type !== 'html_block' &&
      !(token.type === 'inline' && token.children?.some((c) => c.type === 'html_inline'))
    )
      continue;
    const line = source.line + (token.map?.[0] ?? 0);
    const html =
      token.type === 'inline'
        ? token
            .children!.filter((c) => c.type === 'html_inline')
            .map((c) => c.content)
            .join('')
        : token.content;
    checkElements(
      html,
      elements,
      (problem) => errors.push(new DeckError(file, line, `${where}: ${problem}`)),
      found,
      line,
    );
  }
  const notes = markdown.render(source.notes);
  return {
    source,
    html: `${markdown.renderer.render(tokens, markdown.options, {})}<aside class="notes">${notes}</aside>`,
    ...found,
    attributes,
  };
}

/**
 * Finds the elements in a piece of deck HTML and reports unknown `pb-` tags, missing attributes, scripts, an
 * element outside its parent, and what an element's own check finds once it is closed (e.g. a poll's options).
 */
function checkElements(
  html: string,
  elements: ElementCatalog,
  report: (problem: string) => void,
  found: { activityIds: string[]; elements: string[]; polls: AuthoredPoll[] },
  line: number,
): void {
  interface Open {
    name: string;
    /** The file's line where the element starts. */
    line: number;
    attributes: Record<string, string>;
    text: string;
    children: DeckElement[];
  }
  const open: Open[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'script' || Object.keys(attributes).some((a) => a.startsWith('on')))
          report(`<${name}> with a script: decks hold content only`);
        if (!name.startsWith('pb-')) return;
        const spec = elements[name];
        if (!spec) {
          report(`unknown element <${name}> (known: ${Object.keys(elements).join(', ')})`);
          return;
        }
        for (const attr of spec.required) if (!(attr in attributes)) report(`<${name}> needs the attribute "${attr}"`);
        if (spec.parent && open.at(-1)?.name !== spec.parent)
          report(
            `<${name}> stands only inside <${spec.parent}> (keep them together, with no blank line between their lines)`,
          );
        found.elements.push(name);
        if (spec.activity) {
          if (attributes.id) found.activityIds.push(attributes.id);
          else report(`<${name}> needs an "id" so answers match across languages`);
        }
        const at = line + (html.slice(0, parser.startIndex).match(/\n/g)?.length ?? 0);
        open.push({ name, line: at, attributes, text: '', children: [] });
      },
      ontext(text) {
        const current = open.at(-1);
        if (current) current.text += text;
      },
      onclosetag(name) {
        if (open.at(-1)?.name !== name) return;
        const element = open.pop()!;
        open.at(-1)?.children.push(element);
        for (const problem of elements[name]?.check?.(element) ?? []) report(problem);
        // Kept, with their lines, for the checks across the deck's polls (the knowledge check's pairs).
        if (name === 'pb-poll') {
          const options = element.children
            .filter((child) => child.name === 'pb-option')
            .map((child) => ({ attributes: child.attributes, text: child.text }));
          found.polls.push({ definition: pollDefinition(element.attributes, options), line: element.line });
        }
      },
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
}

function compareStructure(reference: LanguageFile, other: LanguageFile, errors: DeckError[]): void {
  const refSlides = reference.slides;
  const count = Math.min(refSlides.length, other.slides.length);
  for (let i = 0; i < count; i++) {
    const a = refSlides[i]!;
    const b = other.slides[i]!;
    const where = (s: SlideSource): string => `${s.h + 1}${s.v ? `.${s.v + 1}` : ''}`;
    if (a.source.h !== b.source.h || a.source.v !== b.source.v) {
      errors.push(
        new DeckError(
          other.file,
          b.source.line,
          `slide ${where(b.source)} stands where ${reference.file} has slide ${where(a.source)}: the languages must have the same slides`,
        ),
      );
      return;
    }
    const missing = a.activityIds.filter((x) => !b.activityIds.includes(x));
    const extra = b.activityIds.filter((x) => !a.activityIds.includes(x));
    if (missing.length || extra.length)
      errors.push(
        new DeckError(
          other.file,
          b.source.line,
          `slide ${where(b.source)}: activity ids differ from ${reference.file}${missing.length ? `; missing ${missing.join(', ')}` : ''}${extra.length ? `; extra ${extra.join(', ')}` : ''}`,
        ),
      );
    // The content checker finds a session's parts (ground rules, closing) by these attributes: same in all languages.
    if (JSON.stringify(a.attributes) !== JSON.stringify(b.attributes))
      errors.push(
        new DeckError(
          other.file,
          b.source.line,
          `slide ${where(b.source)}: slide attributes ${JSON.stringify(b.attributes)} differ from ${reference.file} (${JSON.stringify(a.attributes)})`,
        ),
      );
  }
  if (refSlides.length !== other.slides.length) {
    // Point at the first extra slide, or at the last one when slides are missing.
    const at = other.slides[count] ?? other.slides[count - 1] ?? other.slides[0]!;
    errors.push(
      new DeckError(
        other.file,
        at.source.line,
        `${other.slides.length} slides here, ${refSlides.length} in ${reference.file}: the languages must have the same slides`,
      ),
    );
  }
}

function slidesToHtml(slides: readonly RenderedSlide[]): string {
  const stacks: RenderedSlide[][] = [];
  for (const slide of slides) (stacks[slide.source.h] ??= []).push(slide);
  return stacks
    .map((stack) => {
      const sections = stack.map((s) => `<section${htmlAttributes(s.attributes)}>${s.html}</section>`);
      return sections.length === 1 ? sections[0] : `<section>${sections.join('')}</section>`;
    })
    .join('\n');
}

function htmlAttributes(attributes: Readonly<Record<string, string>>): string {
  const escape = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join('');
}
