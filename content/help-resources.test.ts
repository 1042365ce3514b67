import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages';
import data from './help-resources.json';
import { helpResources } from './help-resources';

// The numbers the curriculum brief lists for Belgium; nothing else may reach a student's phone.
const PUBLISHED = new Set(['116 000', '102', '103']);

describe('help resources', () => {
  const all = Object.values(data.countries).flat();

  it('hold only published numbers, each with its dial form, a check date and a text in every language', () => {
    expect(all.length).toBeGreaterThan(0);
    for (const r of all) {
      expect(PUBLISHED.has(r.number), r.number).toBe(true);
      expect(r.tel).toBe(r.number.replace(/\s/g, ''));
      expect(r.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const lang of LANGUAGES) expect(r.does[lang].trim().length, `${r.id}/${lang}`).toBeGreaterThan(10);
    }
  });

  it('list the general line first, then the one in the student’s language', () => {
    expect(helpResources('BE', 'nl').map((r) => r.id)).toEqual(['child-focus', 'awel', 'ecoute-enfants']);
    expect(helpResources('BE', 'fr').map((r) => r.id)).toEqual(['child-focus', 'ecoute-enfants', 'awel']);
    expect(helpResources('XX', 'en')).toEqual([]);
  });
});
