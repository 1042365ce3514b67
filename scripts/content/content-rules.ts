/**
 * The curriculum's content rules, checked on every compiled deck and its role-plays (build, dev and
 * `npm run check:content`): a session has its ground rules, a help card and a closing activity; every help
 * number is one the kit's help data lists; no victim-blaming wording, anywhere; French typography as written (no
 * breaking space before `; : ! ?` or inside « »).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LANGUAGES, isLanguage, type Language } from '../../i18n/languages.ts';
import { DeckError, type CompiledDeck, type SlideOutline } from '../decks/compile-deck.ts';
import { BREAKING_SPACE } from './french-typography.ts';

const KIT_ROOT = join(import.meta.dirname, '../..');

export interface ContentData {
  /** Digits of every number in the help data, e.g. "116000". */
  readonly helpNumbers: ReadonlySet<string>;
  /** Names of the help services, which count as words that announce a number ("Awel 102"). */
  readonly serviceNames: readonly string[];
  /** Blaming wordings per language, from content/victim-blaming.json (see blamingPattern). */
  readonly blaming: Readonly<Record<Language, readonly RegExp[]>>;
}

interface HelpData {
  // A name is the same in every language, or given per language ("local police" / "police locale").
  countries: Record<string, { name: string | Record<string, string>; number?: string; tel?: string }[]>;
}

/** The kit's own help data and blaming list, from `content/`. */
export function loadContentData(root = KIT_ROOT): ContentData {
  const help = JSON.parse(readFileSync(join(root, 'content/help-resources.json'), 'utf8')) as HelpData;
  const services = Object.values(help.countries).flat();
  const blaming = JSON.parse(readFileSync(join(root, 'content/victim-blaming.json'), 'utf8')) as Record<
    Language,
    string[]
  >;
  return {
    helpNumbers: new Set(
      services
        .flatMap((s) => [s.number, s.tel])
        .filter(Boolean)
        .map((n) => digits(n!)),
    ),
    serviceNames: [
      ...new Set(services.flatMap((s) => (typeof s.name === 'string' ? [s.name] : Object.values(s.name)))),
    ],
    blaming: Object.fromEntries(LANGUAGES.map((lang) => [lang, (blaming[lang] ?? []).map(blamingPattern)])) as Record<
      Language,
      RegExp[]
    >,
  };
}

const digits = (text: string): string => text.replace(/\D/g, '');

// Words that announce a phone number, in the kit's languages.
const NUMBER_WORDS = [
  'call',
  'phone',
  'dial',
  'text',
  'number',
  'helpline',
  'appel',
  'appelle',
  'appelez',
  'numéro',
  'téléphone',
  'ligne',
  'bel',
  'bellen',
  'nummer',
  'telefoon',
  'hulplijn',
  'ruf',
  'anrufen',
  'telefon',
  'hotline',
  'tel',
];
// A number as people write a phone number: 102, 116 000, 0800 1111, 1-800-668-6868, +32 2 475 44 11.
const PHONE = /(?<![\d.,])\+?\d[\d .\-/]{1,16}\d(?![\d%])|(?<![\d.,])\d{3}(?![\d%.,])/g;
// The EU's harmonised helplines (116 000, 116 111…) are help numbers wherever they stand.
const HARMONISED = /(?<!\d)116[ .]?\d{3}(?!\d)/g;

/** Numbers a text announces as a phone number, with the line each stands on. */
function announcedNumbers(text: string, names: readonly string[]): { number: string; offset: number }[] {
  const found: { number: string; offset: number }[] = [];
  const lower = text.toLowerCase();
  // A word like "call" announces a number a few words on; a service's name only right after it ("Awel, 102").
  const triggers = [
    ...NUMBER_WORDS.map((word) => ({ word, reach: 30 })),
    ...names.map((name) => ({ word: name.toLowerCase(), reach: 8 })),
  ];
  for (const { word, reach } of triggers) {
    const pattern = new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'gu');
    for (const match of lower.matchAll(pattern)) {
      const start = match.index + word.length;
      // The number must follow in the same sentence.
      const window = text.slice(start, start + reach + 20).split(/[.!?\n](?:\s|$)/)[0]!;
      for (const phone of window.matchAll(PHONE))
        if (phone.index <= reach) found.push({ number: phone[0], offset: start + phone.index });
    }
  }
  for (const match of text.matchAll(HARMONISED)) found.push({ number: match[0], offset: match.index });
  return found;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// A negation right before a wording takes it back ("it is not your own fault", "don't ask why…").
const NEGATION =
  /(?<!\p{L})(?:not|never|no|\p{L}+n['’]t|pas|jamais|niet|nooit|geen|nicht|nie|kein|keine)(?!\p{L})[^.!?]{0,12}$/iu;

// Quotations as the decks write them: straight quotes (typed in Markdown), “…”, « … », „…“, ‹…›, ‘…’.
const QUOTATION = /"[^"\n]*"|“[^”\n]*”|„[^“”\n]*[“”]|«[^»\n]*»|‹[^›\n]*›|‘[^’\n]*’|‚[^‘’\n]*[‘’]/g;
// Before a quotation, on its line: a negation or an "avoid" a few words back ("Don't ask: « … »", "Vraag niet "…"").
const CAUTION_BEFORE =
  /(?<!\p{L})(?:not|never|\p{L}+n['’]t|avoid|instead of|rather than|pas|jamais|évitez|éviter|plutôt que|au lieu de|niet|nooit|vermijd|vermijden|in plaats van|nicht|nie|niemals|kein|keine|vermeiden|statt|anstatt)(?!\p{L})[^.!?\n]{0,40}$/iu;
// Right after a quotation: the answer the notes give to it ("…" Answer: "…", « … » Réponse : « … »).
const ANSWER_AFTER =
  /^[\s.,;:!?)*_]{0,6}(?:answer|reply|réponse|répondez|antwoord|antwoorden|antwort|antworten)(?!\p{L})/iu;

/**
 * A list entry as a pattern: case-insensitive, whole words only, an apostrophe for any apostrophe and a space for
 * any run of spaces (no-break ones and line ends included), so "tu n'aurais pas dû" also finds « tu n’aurais pas dû ».
 */
export function blamingPattern(source: string): RegExp {
  const widened = source.replace(/'/g, "['’‘`´]").replace(/ /g, '\\s+');
  return new RegExp(`(?<!\\p{L})(?:${widened})(?!\\p{L})`, 'giu');
}

/** Lower case, one kind of apostrophe and space: how a wording is named in a message. */
function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ');
}

/**
 * Whether a wording found at `start` stands in a quotation the notes keep at a distance: a line that says not to
 * say it ("Ne demandez pas « pourquoi tu l’as envoyée »") or that answers it right after ("…" Answer: …).
 */
function quotedAsWhatNotToSay(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
  const line = text.slice(lineStart, lineEnd);
  for (const quote of line.matchAll(QUOTATION)) {
    const from = lineStart + quote.index;
    const to = from + quote[0].length;
    if (start <= from || start >= to) continue;
    return CAUTION_BEFORE.test(line.slice(0, quote.index)) || ANSWER_AFTER.test(text.slice(to, lineEnd));
  }
  return false;
}

/** Blaming wordings in a text, each once, at its offset in the text as written. */
function blamingIn(text: string, patterns: readonly RegExp[]): { phrase: string; offset: number }[] {
  const found: { phrase: string; offset: number; end: number }[] = [];
  for (const pattern of patterns)
    for (const match of text.matchAll(pattern)) {
      const offset = match.index;
      if (NEGATION.test(text.slice(Math.max(0, offset - 30), offset))) continue;
      if (quotedAsWhatNotToSay(text, offset)) continue;
      found.push({ phrase: fold(match[0]), offset, end: offset + match[0].length });
    }
  // Two entries may find the same words ("how could you be so stupid"): name them once.
  found.sort((a, b) => a.offset - b.offset);
  return found.filter((f, i) => !found.slice(0, i).some((g) => f.offset < g.end));
}

const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length - 1;

/** Checks the help numbers and the wording of a piece of deck or ink text that starts at `line` of `file`. */
function checkText(
  text: string,
  file: string,
  line: number,
  lang: Language,
  data: ContentData,
  errors: DeckError[],
): void {
  for (const { number, offset } of announcedNumbers(text, data.serviceNames))
    if (!data.helpNumbers.has(digits(number)))
      errors.push(
        new DeckError(
          file,
          line + lineOf(text, offset),
          `the number "${number.trim()}" is not in content/help-resources.json: add it there (with its source and the date you checked it) or correct it`,
        ),
      );
  for (const { phrase, offset } of blamingIn(text, data.blaming[lang] ?? []))
    errors.push(
      new DeckError(
        file,
        line + lineOf(text, offset),
        `"${phrase}" blames the young person (content/victim-blaming.json): say what helps instead, or describe the blame without quoting it`,
      ),
    );
}

/** What a session deck must hold, found by slide attributes and elements. */
function checkSession(deck: CompiledDeck, lang: Language, errors: DeckError[]): void {
  const slides = deck.outline[lang];
  const file = slides[0]!.file;
  const part = (name: string): number => slides.findIndex((s) => s.attributes['data-part'] === name);
  const helpCard = slides.findIndex((s: SlideOutline) => s.elements.includes('pb-help-card'));
  const groundRules = part('ground-rules');
  const closing = part('closing');
  if (groundRules < 0 || groundRules > 2)
    errors.push(
      new DeckError(
        file,
        1,
        'a session opens with its ground rules: mark one of the first three slides with <!-- .slide: data-part="ground-rules" -->',
      ),
    );
  if (helpCard < 0)
    errors.push(
      new DeckError(file, 1, 'a session shows the help card: add <pb-help-card country="BE"></pb-help-card>'),
    );
  if (closing < 0)
    errors.push(
      new DeckError(
        file,
        1,
        'a session ends with a closing distancing activity: mark its slide with <!-- .slide: data-part="closing" -->',
      ),
    );
  else if (helpCard >= 0 && closing < helpCard)
    errors.push(
      new DeckError(slides[closing]!.file, slides[closing]!.line, 'the closing activity comes after the help card'),
    );
}

/** Every content rule on one compiled deck and the ink files beside it. */
export function checkDeckContent(
  deck: CompiledDeck,
  deckDir: string,
  root: string,
  data: ContentData = loadContentData(),
): DeckError[] {
  const errors: DeckError[] = [];
  for (const lang of LANGUAGES) {
    if (deck.session) checkSession(deck, lang, errors);
    for (const slide of deck.outline[lang]) {
      checkText(slide.content, slide.file, slide.line, lang, data, errors);
      if (slide.notesLine !== undefined) checkText(slide.notes, slide.file, slide.notesLine, lang, data, errors);
    }
  }
  const french = join(deckDir, 'fr.md');
  if (existsSync(french)) checkFrenchTypography(french, relative(root, french), errors);
  for (const name of readdirSync(deckDir).filter((n) => n.endsWith('.ink'))) {
    const lang = name.split('.').at(-2);
    if (!isLanguage(lang)) continue;
    const path = join(deckDir, name);
    const file = relative(root, path);
    if (lang === 'fr') checkFrenchTypography(path, file, errors);
    let hurting = false;
    readFileSync(path, 'utf8')
      .split('\n')
      .forEach((text, i) => {
        // A role-play may let a character say something hurtful, to show why it hurts: only in a choice tagged
        // so, from its `* [… # response: hurts]` line to the next choice, gather, divert or knot.
        if (/^\s*(?:[*+]|-(?!>)|->|=)/.test(text)) hurting = /^\s*[*+].*#\s*response:\s*hurts/.test(text);
        if (hurting) return;
        checkText(text, file, i + 1, lang, data, errors);
      });
  }
  return errors;
}

/**
 * French typography in a deck or role-play as written: a breaking space before `; : ! ?` and `»` or after `«`
 * lets the sign wrap to a line of its own on the slide. Once per line, with the command that fixes the file.
 */
function checkFrenchTypography(path: string, file: string, errors: DeckError[]): void {
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      const spaces = [...text.matchAll(BREAKING_SPACE)];
      if (!spaces.length) return;
      const where = spaces.map((m) => `"${text.slice(Math.max(0, m.index - 12), m.index + 2).trimStart()}"`);
      errors.push(
        new DeckError(
          file,
          i + 1,
          `an ordinary space where French needs a no-break one (${where.slice(0, 3).join(', ')}${spaces.length > 3 ? '…' : ''}): run npx tsx scripts/content/french-typography.ts ${file}`,
        ),
      );
    });
}
