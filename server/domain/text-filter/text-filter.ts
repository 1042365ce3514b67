/**
 * The local filter: flags profanity (fr/nl/en/de) and personal data in a free text, with the reason, so the
 * facilitator sees why before approving. It runs on the server only and never blocks: it advises.
 */
import type { Language } from '../../../i18n/languages';
import type { Flag } from '../../../protocol/moderation';
import type { FlagText } from '../moderation-queue';
import { findFullNames } from './full-names';
import { findPersonalData } from './personal-data';
import { ProfanityMatcher } from './profanity';
import { FALSE_FRIENDS, SPARED_WORDS, profanityLists, type WordList } from './word-lists';

export interface TextFilterOptions {
  /** The session's language: decides which false friends are spared (see word-lists.ts). */
  readonly language?: Language;
  readonly lists?: readonly WordList[];
  readonly exclusions?: Iterable<string>;
}

export function createTextFilter({
  language,
  lists = profanityLists(language),
  exclusions = [...SPARED_WORDS, ...(language ? FALSE_FRIENDS[language] : [])],
}: TextFilterOptions = {}): FlagText {
  const profanity = new ProfanityMatcher(lists, exclusions);
  return (text: string): Flag[] => [
    ...profanity
      .find(text)
      .map(({ word, language: list }): Flag => ({ kind: 'profanity', match: word, language: list })),
    ...findPersonalData(text),
    ...findFullNames(text).map((match): Flag => ({ kind: 'name', match })),
  ];
}

const filters = new Map<Language, FlagText>();

/** The filter for a session's language, built once per language (a few hundred words: milliseconds). */
export function textFilterFor(language: Language): FlagText {
  let filter = filters.get(language);
  if (!filter) {
    filter = createTextFilter({ language });
    filters.set(language, filter);
  }
  return filter;
}
