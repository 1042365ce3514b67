/** The help services of content/help-resources.json, typed, for the join page's help card. */
import type { Language } from '../i18n/languages';
import { countries } from './help-resources.json';

export interface HelpResource {
  readonly id: string;
  readonly name: string;
  /** As people read it aloud ("116 000"). */
  readonly number: string;
  /** As a phone dials it. */
  readonly tel: string;
  /** A line that answers in one language only; the card lists it first for students reading that language. */
  readonly language?: Language;
  readonly lastChecked: string;
  readonly does: Readonly<Record<Language, string>>;
}

const byCountry = countries as Readonly<Record<string, readonly HelpResource[]>>;

/** A country's services, the general ones first, then those answering in `language`, then the others. */
export function helpResources(country: string, language: Language): readonly HelpResource[] {
  const rank = (r: HelpResource) => (!r.language ? 0 : r.language === language ? 1 : 2);
  return [...(byCountry[country] ?? [])].sort((a, b) => rank(a) - rank(b));
}
