/**
 * The join page's translator: reads the kit's i18next JSON files (`locales/<lang>/<namespace>.json`) in 1 kB,
 * where i18next takes 15 kB of the phone's 40 kB budget (ADR 0007). It does what those strings use and no more:
 * `namespace:nested.key`, `{{name}}` interpolation, plurals by `count` (`_one`, `_other`…, chosen with
 * Intl.PluralRules as i18next does) and the English fallback. i18n-lite.test.ts holds its output to i18next's
 * for every string of the namespaces the join page uses.
 */
import type { Language } from './languages';
import type { Namespace } from './i18n';
import { installTranslator, type Translate, type Translator } from './translator';

interface Strings {
  readonly [key: string]: string | Strings;
}

const FALLBACK: Language = 'en';
const bundled = import.meta.glob<Strings>('../locales/*/common.json', { eager: true, import: 'default' });
// Only the namespaces of the pages that read their strings through this file (the join and network pages): each
// file the glob finds is an entry in the page's bundle, and a phone never loads the presenter's strings.
const onDemand = import.meta.glob<Strings>('../locales/*/{join,network}.json', { import: 'default' });

/** The namespaces a page of the light reader may use. */
export type LiteNamespace = Extract<Namespace, 'common' | 'join' | 'network'>;

const loaded: Record<string, Strings> = {};
for (const [path, strings] of Object.entries(bundled)) loaded[path] = strings;

let pageNamespaces: readonly LiteNamespace[] = ['common'];
let language: Language = FALLBACK;
const listeners = new Set<() => void>();

/** The namespaces this page loads with each language (before its first `setLanguage`). */
export function useNamespaces(namespaces: readonly LiteNamespace[]): void {
  pageNamespaces = namespaces;
}

function lookup(lang: Language, ns: string, path: string): string | undefined {
  let node: string | Strings | undefined = loaded[`../locales/${lang}/${ns}.json`];
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

function fixedT(lang: Language): Translate {
  return (key, options = {}) => {
    const [ns, path] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['common', key];
    const { count } = options;
    for (const l of [lang, FALLBACK]) {
      const forms =
        typeof count === 'number'
          ? [`${path}_${new Intl.PluralRules(l).select(count)}`, `${path}_other`, path]
          : [path];
      for (const form of forms) {
        const text = lookup(l, ns, form);
        if (text !== undefined)
          return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(options[name] ?? ''));
      }
    }
    return key;
  };
}

export const liteTranslator: Translator = {
  get language() {
    return language;
  },
  t: (key, options) => fixedT(language)(key, options),
  fixedT,
  async changeLanguage(lang) {
    await Promise.all(
      pageNamespaces.map(async (ns) => {
        const path = `../locales/${lang}/${ns}.json`;
        const load = onDemand[path];
        if (!loaded[path] && load) loaded[path] = await load();
      }),
    );
    language = lang;
    for (const listener of listeners) listener();
  },
  onLanguageChanged(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

installTranslator(liteTranslator);
