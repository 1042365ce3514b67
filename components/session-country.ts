/**
 * The session's country, as the kit home offers it: the help services of that country are the ones the slides,
 * the role-plays and the students' phones show. Remembered on this device like the language (translator.ts).
 */
import { DEFAULT_HELP_COUNTRY } from '../content/help-country';

const STORAGE_KEY = 'pb-country';

/** The country to start with: the one chosen before on this device, else the browser's region, else Belgium. */
export function preferredCountry(known: readonly string[]): string {
  const stored = readStored();
  if (stored && known.includes(stored)) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    // Only a region the browser states ("fr-FR", "de-AT"): a bare "fr" could be Belgium as well as France.
    const region = regionOf(tag);
    if (region && known.includes(region)) return region;
  }
  return DEFAULT_HELP_COUNTRY;
}

/** Keeps the choice for the next visit; a blocked storage only means it is not remembered. */
export function rememberCountry(country: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, country);
  } catch {
    // not remembered, but the choice still holds on this page
  }
}

function regionOf(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).region;
  } catch {
    return undefined;
  }
}

function readStored(): string | undefined {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}
