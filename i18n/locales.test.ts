import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './languages';

const localesDir = join(import.meta.dirname, '../locales');

/** Every key of a nested JSON object, as dotted paths. */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function load(lang: string, ns: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(localesDir, lang, ns), 'utf8')) as Record<string, unknown>;
}

const namespaces = readdirSync(join(localesDir, 'en')).filter((f) => f.endsWith('.json'));

describe('interface strings', () => {
  it('exist as a folder for every language, with the same namespaces', () => {
    expect(readdirSync(localesDir).sort()).toEqual([...LANGUAGES].sort());
    for (const lang of LANGUAGES) expect(readdirSync(join(localesDir, lang)).sort(), lang).toEqual(namespaces.sort());
  });

  it.each(namespaces)('%s has the same keys in every language, none empty', (ns) => {
    const reference = keys(load('en', ns)).sort();
    for (const lang of LANGUAGES) {
      const strings = load(lang, ns);
      expect(keys(strings).sort(), `${lang}/${ns}`).toEqual(reference);
      for (const key of reference) {
        const text = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], strings);
        expect(typeof text === 'string' && text.trim().length > 0, `${lang}/${ns}: ${key}`).toBe(true);
      }
    }
  });

  it('keep the same {{placeholders}} in every language', () => {
    for (const ns of namespaces) {
      const placeholders = (lang: string) =>
        keys(load(lang, ns)).map((key) => {
          const text = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], load(lang, ns));
          return `${key}:${[...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()}`;
        });
      for (const lang of LANGUAGES)
        expect(placeholders(lang).sort(), `${lang}/${ns}`).toEqual(placeholders('en').sort());
    }
  });
});
