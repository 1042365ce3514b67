import type { Language } from '../i18n/languages';

/** What the kit home knows of a deck (compiled from `decks/<id>/` at build time). */
export interface DeckInfo {
  readonly id: string;
  readonly ages: readonly [number, number];
  readonly minutes: number;
  readonly order: number;
  readonly meta: Readonly<Record<Language, { title: string; summary: string; objectives: readonly string[] }>>;
}

/** Where the presenter plays a deck in a language, with a country's help services (ISO code). */
export function presenterUrl(deckId: string, lang: Language, country: string): string {
  return `present.html?${new URLSearchParams({ deck: deckId, lang, country })}`;
}
