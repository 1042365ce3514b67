import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { liteTranslator, useNamespaces } from './i18n-lite';
import { LANGUAGES } from './languages';

// The namespaces of the pages that use the light reader: join and "check the network".
const NAMESPACES = ['common', 'join', 'network'] as const;
const load = (lang: string, ns: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../locales', lang, `${ns}.json`), 'utf8')) as object;

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every key as i18next is asked for it: nested paths dotted, plural suffixes dropped (and marked). */
function keys(value: object, prefix = ''): { key: string; plural: boolean }[] {
  return Object.entries(value).flatMap(([k, v]) =>
    typeof v === 'object'
      ? keys(v as object, `${prefix}${k}.`)
      : [{ key: `${prefix}${k.replace(PLURAL, '')}`, plural: PLURAL.test(k) }],
  );
}

const reference = i18next.createInstance();
await reference.init({
  resources: Object.fromEntries(
    LANGUAGES.map((lang) => [lang, Object.fromEntries(NAMESPACES.map((ns) => [ns, load(lang, ns)]))]),
  ),
  lng: 'en',
  fallbackLng: 'en',
  ns: [...NAMESPACES],
  defaultNS: 'common',
  interpolation: { escapeValue: false },
});

const values = {
  n: 2,
  length: 25,
  item: 'Pay',
  place: 2,
  total: 5,
  name: 'Awel',
  number: '102',
  date: '28 Nov',
  url: 'x',
  address: '192.168.1.23:8080',
  language: 'Dutch',
};

describe('the join page’s translator', () => {
  it('gives every string of the join page exactly as i18next does, in every language and plural form', async () => {
    useNamespaces([...NAMESPACES]);
    for (const lang of LANGUAGES) {
      await liteTranslator.changeLanguage(lang);
      expect(liteTranslator.language).toBe(lang);
      for (const ns of NAMESPACES)
        for (const { key, plural } of keys(load('en', ns)))
          for (const count of plural ? [0, 1, 2, 5, 21] : [undefined, 3]) {
            const options = count === undefined ? values : { ...values, count };
            expect(liteTranslator.t(`${ns}:${key}`, options), `${lang} ${ns}:${key} ${count}`).toBe(
              reference.getFixedT(lang)(`${ns}:${key}`, options),
            );
          }
    }
  });

  it('names each language in itself whatever the current one, and tells its listeners of a change', async () => {
    const heard: string[] = [];
    const stop = liteTranslator.onLanguageChanged(() => heard.push(liteTranslator.language));
    await liteTranslator.changeLanguage('nl');
    stop();
    await liteTranslator.changeLanguage('de');
    expect(heard).toEqual(['nl']);
    expect(LANGUAGES.map((lang) => liteTranslator.fixedT(lang)('common:languageName'))).toEqual([
      'Français',
      'Nederlands',
      'English',
      'Deutsch',
    ]);
    expect(liteTranslator.t('join:no.such.key')).toBe('join:no.such.key');
  });
});
