/**
 * The seam between the kit's elements and the library that holds their strings. Every page installs one
 * translator before its first render: i18next (i18n.ts) everywhere but on the students' join page, which
 * installs a 1 kB reader of the same i18next JSON files (i18n-lite.ts): i18next alone would take 15 of the
 * phone's 40 kB (ADR 0007). Elements reach it only through `I18nController`, so they work with either.
 */
import { isLanguage, type Language } from './languages';

export type TranslateOptions = Readonly<Record<string, unknown>>;
export type Translate = (key: string, options?: TranslateOptions) => string;

export interface Translator {
  /** The language shown now. */
  readonly language: Language;
  readonly t: Translate;
  /** The strings of one language, whatever the current one (the picker names each language in itself). */
  fixedT(lang: Language): Translate;
  /** Loads what `lang` needs, switches to it and tells every listener. */
  changeLanguage(lang: Language): Promise<void>;
  /** Calls `listener` after every change of language; returns the function that stops it. */
  onLanguageChanged(listener: () => void): () => void;
}

const STORAGE_KEY = 'pb-language';
const FALLBACK: Language = 'en';

// Until a page installs its translator, keys show as they are: a missing import is seen at once, not hidden.
let installed: Translator = {
  language: FALLBACK,
  t: (key) => key,
  fixedT: () => (key) => key,
  changeLanguage: async () => {},
  onLanguageChanged: () => () => {},
};

export function installTranslator(translator: Translator): void {
  installed = translator;
}

export function translator(): Translator {
  return installed;
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
  await installed.changeLanguage(lang);
}

export function currentLanguage(): Language {
  return installed.language;
}
