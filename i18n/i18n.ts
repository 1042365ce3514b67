/**
 * The kit's one i18next instance. Every UI string comes from `locales/<lang>/<namespace>.json`; the four
 * languages are bundled (a few kB) so a language switch works offline and without a request.
 */
import i18next, { type Resource } from 'i18next';
import { LANGUAGES, isLanguage, type Language } from './languages';

export const NAMESPACES = ['common', 'home', 'presenter', 'activities'] as const;

const STORAGE_KEY = 'pb-language';
const FALLBACK: Language = 'en';

const files = import.meta.glob<Record<string, unknown>>('../locales/*/*.json', { eager: true, import: 'default' });

function collectResources(): Resource {
  const resources: Resource = {};
  for (const [path, strings] of Object.entries(files)) {
    const [, lang, ns] = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path) ?? [];
    if (lang && ns) (resources[lang] ??= {})[ns] = strings;
  }
  return resources;
}

/** The language to start in: the one chosen before on this device, else the browser's, else English. */
export function preferredLanguage(): Language {
  const stored = readStored();
  if (stored) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return FALLBACK;
}

function readStored(): Language | undefined {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined; // storage can be disabled (private mode, strict settings): fall back quietly
  }
}

/** Switches every open element to a language; `remember` keeps the choice for the next visit. */
export async function setLanguage(lang: Language, { remember = false } = {}): Promise<void> {
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // not remembered, but the switch itself still works
    }
  }
  document.documentElement.lang = lang;
  await i18next.changeLanguage(lang);
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : FALLBACK;
}

// Initialised synchronously on import so the first render already has its strings.
if (!i18next.isInitialized) {
  void i18next.init({
    resources: collectResources(),
    lng: FALLBACK,
    fallbackLng: FALLBACK,
    supportedLngs: [...LANGUAGES],
    ns: [...NAMESPACES],
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false }, // Lit escapes every interpolated value itself
    returnNull: false,
  });
}

export { i18next };
