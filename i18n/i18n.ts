/**
 * The kit's i18next instance, the translator of every page but the students' join page (see translator.ts).
 * Every UI string comes from `locales/<lang>/<namespace>.json`. `common` is bundled in every language (the
 * picker names each language in itself); the other namespaces are small chunks loaded from the kit's own server
 * when a language is chosen, and only those the page uses (`useNamespaces`) (ADR 0007).
 */
import i18next, { type Resource } from 'i18next';
import { LANGUAGES, isLanguage, type Language } from './languages';
import { installTranslator, type Translate } from './translator';

export { currentLanguage, preferredLanguage, setLanguage } from './translator';

export const NAMESPACES = [
  'common',
  'home',
  'presenter',
  'activities',
  'poll',
  'join',
  'console',
  'scenario',
  'offline',
  'print',
  'network',
  'parents',
  'safeguarding',
  'easy-read',
  'curricula',
  'cards',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

const FALLBACK: Language = 'en';

type Strings = Record<string, unknown>;
const bundled = import.meta.glob<Strings>('../locales/*/common.json', { eager: true, import: 'default' });
const onDemand = import.meta.glob<Strings>(['../locales/*/*.json', '!../locales/*/common.json'], {
  import: 'default',
});

function collectResources(): Resource {
  const resources: Resource = {};
  for (const [path, strings] of Object.entries(bundled)) {
    const [, lang, ns] = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path) ?? [];
    if (lang && ns) (resources[lang] ??= {})[ns] = strings;
  }
  return resources;
}

let pageNamespaces: readonly Namespace[] = NAMESPACES;

/** Narrows the namespaces this page loads (before its first `setLanguage`); every page loads all by default. */
export function useNamespaces(namespaces: readonly Namespace[]): void {
  pageNamespaces = namespaces;
}

async function loadNamespaces(lang: Language): Promise<void> {
  await Promise.all(
    pageNamespaces
      .filter((ns) => !i18next.hasResourceBundle(lang, ns))
      .map(async (ns) => {
        const load = onDemand[`../locales/${lang}/${ns}.json`];
        if (load) i18next.addResourceBundle(lang, ns, await load(), true, true);
      }),
  );
}

// Initialised synchronously on import; pages await `setLanguage` before their first render.
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

installTranslator({
  get language() {
    return isLanguage(i18next.language) ? i18next.language : FALLBACK;
  },
  t: (key, options) => i18next.t(key, options),
  fixedT: (lang) => i18next.getFixedT(lang) as Translate,
  async changeLanguage(lang) {
    await loadNamespaces(lang);
    await i18next.changeLanguage(lang);
  },
  onLanguageChanged(listener) {
    i18next.on('languageChanged', listener);
    return () => i18next.off('languageChanged', listener);
  },
});

export { i18next };
