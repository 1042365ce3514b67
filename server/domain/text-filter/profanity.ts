import type { Language } from '../../../i18n/languages';
import { foldTokens } from './fold';
import type { WordList } from './word-lists';

export interface ProfanityHit {
  /** The listed word or phrase (as the list spells it), so the facilitator sees why. */
  readonly word: string;
  readonly language: Language;
}

interface Entry extends ProfanityHit {
  readonly tokens: readonly string[];
}

/** A token and its forms with stretched letters squeezed: "fuuuck" → "fuck", "asssss" → "ass". */
function spellings(token: string): string[] {
  if (!/(\p{L})\1\1/u.test(token)) return [token];
  return [token, token.replace(/(\p{L})\1{2,}/gu, '$1'), token.replace(/(\p{L})\1{2,}/gu, '$1$1')];
}

/** Matches `expected`, or its plural with a final "s" (the lists hold mostly singulars: "connards", "sluts"). */
function tokenMatches(token: string | undefined, expected: string, mayBePlural: boolean): boolean {
  if (token === undefined) return false;
  return spellings(token).some((form) => form === expected || (mayBePlural && form === `${expected}s`));
}

/** Finds listed words and phrases as whole tokens of the folded text, never as parts of longer words. */
export class ProfanityMatcher {
  // Entries by first token: a text is scanned once, whatever the size of the lists.
  readonly #byFirstToken = new Map<string, Entry[]>();

  constructor(lists: readonly WordList[], exclusions: Iterable<string> = []) {
    const excluded = new Set([...exclusions].map((phrase) => foldTokens(phrase).join(' ')));
    const seen = new Set<string>();
    for (const { language, words } of lists) {
      for (const word of words) {
        const tokens = foldTokens(word);
        const key = tokens.join(' ');
        // Emoji-only entries cannot be matched as words; a word in two lists is reported once, for the first.
        if (tokens.length === 0 || excluded.has(key) || seen.has(key)) continue;
        seen.add(key);
        const bucket = this.#byFirstToken.get(tokens[0]) ?? [];
        bucket.push({ word, language, tokens });
        this.#byFirstToken.set(tokens[0], bucket);
      }
    }
  }

  find(text: string): ProfanityHit[] {
    const tokens = foldTokens(text);
    const hits = new Map<Entry, ProfanityHit>();
    tokens.forEach((token, start) => {
      for (const entry of this.#candidates(token)) {
        const last = entry.tokens.length - 1;
        if (entry.tokens.every((expected, i) => tokenMatches(tokens[start + i], expected, i === last))) {
          hits.set(entry, { word: entry.word, language: entry.language });
        }
      }
    });
    return [...hits.values()];
  }

  #candidates(token: string): Entry[] {
    return spellings(token).flatMap((form) => [
      ...(this.#byFirstToken.get(form) ?? []),
      // A one-word entry met in its plural form is filed under its singular.
      ...(form.endsWith('s') ? (this.#byFirstToken.get(form.slice(0, -1)) ?? []) : []),
    ]);
  }
}
