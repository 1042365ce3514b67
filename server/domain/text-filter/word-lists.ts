/**
 * Profanity lists for the kit's languages: LDNOOBW's "List of Dirty, Naughty, Obscene and Otherwise Bad
 * Words" through the `naughty-words` package (© Shutterstock, CC BY 4.0 — keep this credit with the kit).
 */
import naughtyWords from 'naughty-words';
import { LANGUAGES, type Language } from '../../../i18n/languages';

export interface WordList {
  readonly language: Language;
  readonly words: readonly string[];
}

/** The four lists, the session's language first (its spelling of a shared word is the one reported). */
export function profanityLists(sessionLanguage?: Language): WordList[] {
  const order = sessionLanguage ? [sessionLanguage, ...LANGUAGES.filter((l) => l !== sessionLanguage)] : LANGUAGES;
  return order.map((language) => ({ language, words: naughtyWords[language] ?? [] }));
}

/**
 * Entries that are first of all everyday words in their own list's language (Dutch "beurt" is a turn,
 * "nicht" a niece; French "meuf" is just "girl"), and the workshop's own subject (a question about "nudes"
 * is the lesson working). Never flagged: flags only advise the facilitator, and noise would hide the rest.
 */
export const SPARED_WORDS: readonly string[] = [
  ...['folle', 'gerbe', 'tanche', 'meuf', 'pipi', 'caca', 'péter', 'bourré', 'bourrée', 'jouir'],
  ...['beurt', 'gat', 'hol', 'pot', 'paal', 'palen', 'poot', 'balen', 'bekken', 'griet', 'knor', 'matje', 'schatje'],
  ...['standje', 'zuigen', 'muts', 'asbak', 'spuiten', 'toeter', 'watje', 'stootje', 'nicht', 'anita', 'johny'],
  ...['kanen', 'buffelen', 'boemelen', 'slempen', 'raaskallen', 'reutelen', 'remsporen', 'vergallen'],
  ...['de hond uitlaten', 'gras maaien', 'aardappels afgieten', 'de pijp uitgaan', 'driehoog achter wonen'],
  ...['xx', 'rosette', 'kimme', 'mufti', 'bonze'],
  ...['sex', 'sexual', 'sexually', 'sexuality', 'nude', 'nudity', 'naakt', 'nackt'],
];

/**
 * False friends: a listed word of one language that is an everyday word in another. All four lists are
 * checked on every text, since classes mix languages, so these are spared only in a session held in the
 * language where they are innocent: French "bite" is flagged in a French session, not in an English one.
 */
export const FALSE_FRIENDS: Readonly<Record<Language, readonly string[]>> = {
  fr: [],
  nl: [],
  en: ['bite', 'con'],
  de: ['bitte'],
};
