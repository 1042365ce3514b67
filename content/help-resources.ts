/**
 * The help services of content/help-resources.json, typed: one data file for the help card on the students'
 * phones (the join page), on slides (`<pb-help-card>`) and at the end of a role-play. Kept free of schemas and
 * libraries: the join page carries it within its 40 kB (ADR 0007); its checks are content/help-resources.test.ts.
 */
import type { Language } from '../i18n/languages';
import data from './help-resources.json' with { type: 'json' };

export { DEFAULT_HELP_COUNTRY } from './help-country.ts';

export interface HelpResource {
  readonly id: string;
  /** The service's own name, or its name in each language for a generic one (the police). */
  readonly name: string | Readonly<Record<Language, string>>;
  /** The one service of its country a young person being blackmailed with an image should contact first. */
  readonly first?: boolean;
  /** For the maintainer: why this service is the first one. */
  readonly firstWhy?: string;
  /** A line with a number that answers day and night, every day (its `hours` say so). */
  readonly dayAndNight?: boolean;
  /** A number to call, as people read it aloud ("116 000", "1-800-THE-LOST"). */
  readonly number?: string;
  /** The same number as a phone dials it. */
  readonly tel?: string;
  /** A number to text; `smsBody`: the word to send, when the service asks for one. */
  readonly sms?: string;
  readonly smsBody?: string;
  /** A web address without its scheme ("childfocus.be"). */
  readonly web?: string;
  /** A line that answers in one language only; the card lists it first for students reading that language. */
  readonly language?: Language;
  /** A number for when a life is in danger, or for urgent police help: listed last, set apart. */
  readonly emergency?: boolean;
  readonly does: Readonly<Record<Language, string>>;
  /** When it answers ("day and night", "Monday to Friday, 9 to 4"), as the source page gives it. */
  readonly hours?: Readonly<Record<Language, string>>;
  /** Instead of `hours`, for the maintainer: why no hours are given (no page read states them). */
  readonly hoursUnconfirmed?: string;
  /** The page its number and hours were read on (https address). */
  readonly source: string;
  /** The day this entry was checked against `source` (YYYY-MM-DD). */
  readonly checked: string;
  /** For the maintainer: what else was read, or which part of the source is old. */
  readonly note?: string;
}

const byCountry = data.countries as unknown as Readonly<Record<string, readonly HelpResource[]>>;

/** Services shown with every country's (Take It Down works anywhere). */
const EVERYWHERE = 'all';
/** Codes people write that ISO 3166-1 spells otherwise. */
const ALIASES: Readonly<Record<string, string>> = { UK: 'GB' };

const code = (country: string): string => ALIASES[country.toUpperCase()] ?? country.toUpperCase();

/** The countries the kit has help services for (ISO 3166-1 codes). */
export const HELP_COUNTRIES: readonly string[] = Object.keys(byCountry).filter((c) => c !== EVERYWHERE);

export function isHelpCountry(country: string): boolean {
  return HELP_COUNTRIES.includes(code(country));
}

/** A country code as the help data spells it (`uk` → GB), or undefined when the kit has no services for it. */
export function helpCountry(country: string | null | undefined): string | undefined {
  return country && isHelpCountry(country) ? code(country) : undefined;
}

/**
 * A country's services in the file's order, except that the lines answering in one language only stand
 * together, the one in `language` first; then the services that work everywhere; then the emergency numbers.
 * None for a country the kit does not know: the card then sends the student to an adult.
 */
export function helpResources(country: string, language: Language): readonly HelpResource[] {
  if (!isHelpCountry(country)) return [];
  const own = byCountry[code(country)] ?? [];
  const languageBlock = own.findIndex((r) => r.language);
  const place = (r: HelpResource, i: number): number =>
    r.language ? languageBlock + (r.language === language ? 0 : 0.5) : i;
  const ordered = own
    .map((r, i) => ({ r, at: place(r, i) }))
    .sort((a, b) => a.at - b.at)
    .map(({ r }) => r);
  return [
    ...ordered.filter((r) => !r.emergency),
    ...(byCountry[EVERYWHERE] ?? []),
    ...ordered.filter((r) => r.emergency),
  ];
}

/** A service's name as the student reads it. */
export function resourceName(resource: HelpResource, language: Language): string {
  return typeof resource.name === 'string' ? resource.name : resource.name[language];
}

/** The service of a country to contact first when blackmailed with an image; none for a country the kit does not know. */
export function firstLine(country: string): HelpResource | undefined {
  return isHelpCountry(country) ? byCountry[code(country)]?.find((r) => r.first) : undefined;
}

/**
 * A line of the country that answers at night: the first one when it does, else the country's first line that
 * does (France's 119 while the 3018 sleeps), else none (no line is known to answer at night there).
 */
export function nightLine(country: string): HelpResource | undefined {
  const first = firstLine(country);
  if (first?.dayAndNight) return first;
  return isHelpCountry(country) ? byCountry[code(country)]?.find((r) => r.dayAndNight) : undefined;
}

/**
 * The help line a role-play names, for the session's country: the values of its ink variables `helpline` (the
 * first line) and `night_line` (a line answering at night, "" when none is known to), in the story's language.
 * None for a country the kit does not know: the story keeps the kit's default, Belgium's.
 */
export function storyHelplines(
  country: string,
  language: Language,
): { readonly helpline: string; readonly night_line: string } | undefined {
  const first = firstLine(country);
  if (!first) return undefined;
  const night = nightLine(country);
  return { helpline: resourceName(first, language), night_line: night ? resourceName(night, language) : '' };
}
